import { app, type BrowserWindow, dialog } from 'electron';
import { appRoot, appVersion, seedsDir } from '../appPaths';
import { resolveDataDir } from '../store/dataDir';
import { startTrainplan } from '../recovery/appSession';
import { createMainWindow } from './createMainWindow';
import { quitAfterClosing } from './quitAfterClosing';
import { hardenSession } from './hardenWindow';
import { registerIpc } from './registerIpc';
import { registerSaveDialogs } from './saveDialogs';

/** The desktop shell: everything Electron-specific is in this folder, and kept thin. */
async function start(): Promise<void> {
  // One desktop app per user; a second start brings the first window forward instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  hardenSession();
  const root = app.isPackaged ? process.resourcesPath : appRoot();
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
  const trainplan = await startTrainplan({
    dataDir,
    seedsDir: seedsDir(root),
    mode: 'desktop',
    version: appVersion(appRoot()),
    onQuit: () => app.quit(),
  });

  let mainWindow: BrowserWindow | null = null;
  const isOwnContents = (contents: Electron.WebContents): boolean =>
    mainWindow !== null && contents === mainWindow.webContents;
  registerIpc(trainplan.dispatch, isOwnContents);
  registerSaveDialogs(() => mainWindow, isOwnContents);
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  quitAfterClosing(
    app,
    () => trainplan.close(),
    (error) => {
      console.error('Trainplan did not close cleanly:', error);
    },
  );
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Trainplan cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
