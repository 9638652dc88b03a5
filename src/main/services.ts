import type { AppInfo, Handlers } from '../shared/api/contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import { loadBundledFrameworks } from './frameworks/bundledFrameworks';
import { createFrameworkLibrary, type FrameworkLibrary } from './frameworks/frameworkLibrary';
import { openStore, type Store } from './store/store';
import type { WriteFs } from './store/durableWrite';

export interface TrainplanOptions {
  dataDir: string;
  seedsDir: string;
  mode: AppInfo['mode'];
  version: string;
  fs?: WriteFs;
  now?: () => Date;
}

export interface Trainplan {
  store: Store;
  frameworks: FrameworkLibrary;
  handlers: Handlers;
  dispatch: Dispatch;
}

/** Opens the data folder and wires every service behind the API contract. Knows nothing of Electron or HTTP. */
export async function openTrainplan(options: TrainplanOptions): Promise<Trainplan> {
  const store = await openStore({ dataDir: options.dataDir, ...(options.fs ? { fs: options.fs } : {}) });
  const bundled = await loadBundledFrameworks(options.seedsDir);
  const frameworks = createFrameworkLibrary({ store, bundled, ...(options.now ? { now: options.now } : {}) });

  const handlers: Handlers = {
    'app:info': () => Promise.resolve({ version: options.version, dataFolder: options.dataDir, mode: options.mode }),
    'frameworks:list': () => Promise.resolve(frameworks.list()),
    'frameworks:get': ({ id }) => Promise.resolve(frameworks.get(id)),
    'frameworks:import': (input) => frameworks.import(input),
    'frameworks:remove': ({ id }) => frameworks.remove(id),
  };
  return { store, frameworks, handlers, dispatch: createDispatch(handlers) };
}
