import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Trainplan';
export const DATA_FILE_NAME = 'trainplan.json';

/**
 * Electron's `app.getPath('userData')` for our product name, computed without Electron so the
 * browser mode opens the same records as the desktop app.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** `--data-dir` beats `TRAINPLAN_DATA_DIR` beats the default, for tests, portable use and shared drives. */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: () => string = () => defaultDataDir(),
): string {
  const chosen = dataDirFlag(argv) ?? env.TRAINPLAN_DATA_DIR;
  return chosen && chosen.trim() !== '' ? resolve(chosen) : fallback();
}
