import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { appRoot, appVersion, seedsDir } from '../appPaths';
import { startTrainplan } from '../recovery/appSession';
import { resolveDataDir } from '../store/dataDir';
import { createMainWindow } from './createMainWindow';
import type { DesktopProcess, ElectronApi } from './electronApi';
import { hardenSession } from './hardenWindow';
import { quitAfterClosing } from './quitAfterClosing';
import { fromOwnWindow, registerIpc } from './registerIpc';
import { rendererLocation } from './rendererLocation';
import { createSaveDialogs } from './saveDialogs';
import { answerSecondStart, folderOfSecondStart, type SecondStart } from './secondStart';

/**
 * The desktop shell's start-up, in this order: the single-instance lock, Electron ready, the session
 * locked down, the records opened (or the recovery screen's session), the IPC handlers, the window.
 * Electron comes in as a value so tests drive all of it with a fake. Never rejects: a failure to
 * start is shown in a message box and the app exits with status 1.
 */
export async function startDesktopApp(electron: ElectronApi, proc: DesktopProcess): Promise<void> {
  try {
    await start(electron, proc);
  } catch (error) {
    electron.dialog.showErrorBox('Trainplan cannot start', error instanceof Error ? error.message : String(error));
    electron.app.exit(1);
  }
}

async function start(electron: ElectronApi, proc: DesktopProcess): Promise<void> {
  const { app, dialog } = electron;
  const dataDir = resolveDataDir(proc.argv, proc.env, () => app.getPath('userData'));
  // One desktop app per user. A second start tells the first which folder it wanted (see answerSecondStart).
  if (!app.requestSingleInstanceLock({ dataDir } satisfies SecondStart)) {
    app.quit();
    return;
  }
  await app.whenReady();
  hardenSession(electron.session.defaultSession);

  const root = appRoot();
  let mainWindow: BrowserWindow | null = null;
  // Listened for from here on, so that a second start while the records open still gets its answer.
  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    answerSecondStart(mainWindow, dialog, dataDir, folderOfSecondStart(argv, workingDirectory, data));
  });
  const trainplan = await startTrainplan({
    dataDir,
    seedsDir: seedsDir(app.isPackaged ? proc.resourcesPath : root),
    mode: 'desktop',
    version: appVersion(root),
    onQuit: () => app.quit(),
    saveDialogs: createSaveDialogs({
      dialog,
      owner: () => mainWindow,
      documentsFolder: () => app.getPath('documents'),
    }),
  });
  // From here on every quit waits until the records are closed.
  quitAfterClosing(
    app,
    () => trainplan.close(),
    (error) => {
      console.error('Trainplan did not close cleanly:', error);
    },
  );

  const location = rendererLocation(root, proc.env, app.isPackaged);
  registerIpc(
    electron.ipcMain,
    trainplan.dispatch,
    fromOwnWindow(() => mainWindow, location.isOwnPage),
  );
  // Beside the renderer in out/, found from the package root so that it does not depend on which chunk this code lands in.
  mainWindow = createMainWindow(electron, location, join(root, 'out', 'preload', 'index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('window-all-closed', () => app.quit());
}
