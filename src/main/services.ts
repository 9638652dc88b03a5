import type { AppInfo, Handlers } from '../shared/api/contract';
import { ApiError } from '../shared/api/errors';
import { createDispatch, type Dispatch } from './api/dispatch';
import { loadBundledFrameworks } from './frameworks/bundledFrameworks';
import { createFrameworkLibrary, type FrameworkLibrary } from './frameworks/frameworkLibrary';
import { randomUUID } from 'node:crypto';
import { createCheckoffService } from './checkoffs/checkoffService';
import { createPlanService } from './plans/planService';
import { createReportService } from './reports/reportService';
import type { ServiceContext } from './serviceContext';
import { createSettingsService } from './settings/settingsService';
import { createBackupService } from './store/backupService';
import { createDataTransfer } from './store/dataTransfer';
import { acquireDataLock, describeHolder, type LockOptions } from './store/dataLock';
import { openStore, type Store } from './store/store';
import { createTraineeService } from './trainees/traineeService';
import { createTraineeViews } from './trainees/traineeViewBuilder';
import type { WriteFs } from './store/durableWrite';

export interface TrainplanOptions {
  dataDir: string;
  seedsDir: string;
  mode: AppInfo['mode'];
  version: string;
  fs?: WriteFs;
  now?: () => Date;
  newId?: () => string;
  lock?: LockOptions;
}

export interface Trainplan {
  store: Store;
  frameworks: FrameworkLibrary;
  handlers: Handlers;
  dispatch: Dispatch;
  /** Lets go of the data folder, so another Trainplan may write to it. */
  close(): Promise<void>;
}

function nothingToRecover(): ApiError {
  return new ApiError('conflict', 'There is nothing to recover: your records opened normally.');
}

/** Opens the data folder and wires every service behind the API contract. Knows nothing of Electron or HTTP. */
export async function openTrainplan(options: TrainplanOptions): Promise<Trainplan> {
  const lock = await acquireDataLock(options.dataDir, options.lock);
  const readOnlyBecause = lock.mode === 'read-only' ? describeHolder(lock.holder) : null;
  let store: Store;
  try {
    store = await openStore({ dataDir: options.dataDir, readOnlyBecause, ...(options.fs ? { fs: options.fs } : {}) });
  } catch (error) {
    await lock.release();
    throw error;
  }
  const bundled = await loadBundledFrameworks(options.seedsDir);
  const now = options.now ?? (() => new Date());
  const frameworks = createFrameworkLibrary({ store, bundled, now });
  const ctx: ServiceContext = { store, frameworks, now, newId: options.newId ?? randomUUID };
  const settings = createSettingsService(store);
  const trainees = createTraineeService(ctx);
  const views = createTraineeViews(frameworks, now);
  const plans = createPlanService(ctx);
  const checkoffs = createCheckoffService(ctx);
  const reports = createReportService({ store, frameworks, views, now });
  const backups = await createBackupService(store, options.dataDir, now);
  const transfer = createDataTransfer(store, backups, now);

  const handlers: Handlers = {
    'app:info': () =>
      Promise.resolve({
        version: options.version,
        dataFolder: options.dataDir,
        mode: options.mode,
        readOnlyBecause,
        recovery: null,
      }),
    'frameworks:list': () => Promise.resolve(frameworks.list()),
    'frameworks:get': ({ id }) => Promise.resolve(frameworks.get(id)),
    'frameworks:import': (input) => frameworks.import(input),
    'frameworks:remove': ({ id }) => frameworks.remove(id),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (input) => settings.update(input),
    'trainees:list': () => Promise.resolve(views.rows(store.read())),
    'trainees:get': ({ id }) => Promise.resolve(views.detail(store.read(), id)),
    'trainees:create': (fields) => trainees.create(fields),
    'trainees:update': ({ id, ...fields }) => trainees.update(id, fields),
    'trainees:set-archived': ({ id, archived }) => trainees.setArchived(id, archived),
    'trainees:delete': ({ id, confirmName }) => trainees.remove(id, confirmName),
    'plans:assign': (input) => plans.assign(input),
    'plans:update': (input) => plans.update(input),
    'plans:remove': ({ planId }) => plans.remove(planId),
    'checkoffs:set': (input) => checkoffs.set(input),
    'reports:trainee-pdf': (input) => reports.traineePdf(input),
    'reports:cohort-pdf': (input) => reports.cohortPdf(input),
    'reports:combine': (input) => reports.combine(input),
    'backups:list': () => backups.list(),
    'backups:create': () => backups.create(),
    'backups:restore': ({ fileName }) => backups.restore(fileName),
    'data:export': () => Promise.resolve(transfer.export()),
    'data:check-import': ({ fileName, text }) => Promise.resolve(transfer.check(fileName, text)),
    'data:import': ({ fileName, text }) => transfer.import(fileName, text),
    'recovery:restore': () => Promise.reject(nothingToRecover()),
    'recovery:start-empty': () => Promise.reject(nothingToRecover()),
    'recovery:quit': () => Promise.reject(nothingToRecover()),
  };
  return {
    store,
    frameworks,
    handlers,
    dispatch: createDispatch(handlers),
    close: async () => {
      await backups.settle();
      await lock.release();
    },
  };
}
