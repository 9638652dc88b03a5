import { appRoot, appVersion, rendererDir, seedsDir } from '../appPaths';
import { DataFileError } from '../store/dataFileError';
import { resolveDataDir } from '../store/dataDir';
import { startTrainplan } from '../recovery/appSession';
import { startBridge } from './bridgeServer';
import { openInBrowser } from './openInBrowser';

function portFlag(argv: readonly string[]): number {
  let raw: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--port') raw = argv[i + 1];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  });
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not “${raw}”.`);
  }
  return port;
}

/** `npm run web`: the whole app for a browser on this machine, same services and data folder as the desktop app. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const root = appRoot();
  const dataDir = resolveDataDir(argv, process.env);
  let stop = (): void => process.exit(0);
  const app = await startTrainplan({
    dataDir,
    seedsDir: seedsDir(root),
    mode: 'browser',
    version: appVersion(root),
    // "Quit" on the recovery screen: answer the call first, then stop.
    onQuit: () => setTimeout(() => stop(), 200),
  });
  const bridge = await startBridge({ dispatch: app.dispatch, rendererDir: rendererDir(root), port: portFlag(argv) });
  const info = await app.info();
  console.log(`Trainplan data folder: ${dataDir}`);
  if (info.readOnlyBecause) console.log(`Read-only: ${info.readOnlyBecause}. Changes will not be saved.`);
  if (info.recovery) {
    const moved = info.recovery.movedTo ? ` It was moved to ${info.recovery.movedTo}.` : ' Nothing was moved.';
    console.log(`The data could not be used: ${info.recovery.problem}${moved}`);
  }
  console.log(`Trainplan is running. Open ${bridge.url}`);
  if (argv.includes('--open')) openInBrowser(bridge.url);
  let stopping = false;
  // In this order: no new calls, queued changes on disk, backups finished, the lock released; then exit.
  stop = (): void => {
    if (stopping) return;
    stopping = true;
    void bridge
      .close()
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Trainplan did not close cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof DataFileError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
