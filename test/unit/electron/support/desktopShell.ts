import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, vi } from 'vitest';
import { useTempDirs } from '../../support/tempDir';
import { useFakeElectron } from './electronModule';
import { FakeElectron } from './fakeElectron';

export const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Which shell the tests drive: the TypeScript sources (`npm run test:unit`), or the bundle electron-vite
 * built (`npm run test:shell`, after the build), whose paths and chunks differ from the sources'.
 */
export const target: 'sources' | 'built' = process.env.TRAINPLAN_SHELL_TARGET === 'built' ? 'built' : 'sources';

const entry =
  target === 'built' ? join(projectRoot, 'out/main/index.js') : join(projectRoot, 'src/main/electron/main.ts');

if (target === 'built' && !existsSync(entry)) {
  throw new Error(`${entry} is missing: run \`npm run build\` before \`npm run test:shell\`.`);
}

let runs = 0;

export interface StartedShell {
  fake: FakeElectron;
  dataDir: string;
}

/**
 * Starts the desktop shell's entry against a fresh fake `electron` and its own temp folders. The entry
 * runs its start-up when imported, so each start imports it anew (`?run=N`). After each test an app
 * still running is quit, which waits for its records to close.
 */
export function useDesktopShell() {
  const tempDir = useTempDirs();
  const running: FakeElectron[] = [];
  afterEach(async () => {
    for (const fake of running.splice(0)) {
      if (fake.exited || fake.exitCode !== null || fake.windows.length === 0) continue;
      fake.app.emit('window-all-closed');
      await vi.waitFor(() => {
        if (!fake.exited) throw new Error('The app did not exit.');
      });
    }
    vi.unstubAllEnvs();
  });

  async function start(options: { dataDir?: string; fake?: FakeElectron } = {}): Promise<StartedShell> {
    const home = await tempDir();
    const dataDir = options.dataDir ?? join(home, 'data');
    const documents = join(home, 'Documents');
    await mkdir(documents, { recursive: true });
    const fake = options.fake ?? new FakeElectron({ userData: join(home, 'userData'), documents });
    useFakeElectron(fake);
    vi.stubEnv('TRAINPLAN_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    running.push(fake);
    runs += 1;
    await import(/* @vite-ignore */ `${entry}?run=${String(runs)}`);
    // Start-up ends with a window, an exit, or a quit (another Trainplan has the lock).
    await vi.waitFor(
      () => {
        if (fake.windows.length === 0 && fake.exitCode === null && !fake.log.includes('quit')) {
          throw new Error('The shell has not finished starting.');
        }
      },
      { timeout: 15_000 },
    );
    return { fake, dataDir };
  }

  return { start, tempDir };
}
