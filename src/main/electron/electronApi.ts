import type { App, BrowserWindow, Dialog, IpcMain, Session, Shell } from 'electron';

/**
 * The parts of the `electron` module the desktop shell uses, handed to it as one value so that
 * tests can drive the whole start-up with a fake (the Electron binary cannot run on every machine).
 * Only main.ts imports the real module.
 */
export interface ElectronApi {
  app: App;
  BrowserWindow: typeof BrowserWindow;
  dialog: Dialog;
  ipcMain: IpcMain;
  session: { readonly defaultSession: Session };
  shell: Shell;
}

/** What the start-up reads from the process it runs in. */
export interface DesktopProcess {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Electron's `process.resourcesPath`: where a packaged app's shipped files (seeds) are. */
  resourcesPath: string;
}
