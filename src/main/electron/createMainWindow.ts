import type { BrowserWindow } from 'electron';
import type { ElectronApi } from './electronApi';
import { hardenWindow } from './hardenWindow';
import type { RendererLocation } from './rendererLocation';

/** The one window. Its settings are the security baseline every window must have (see CONVENTIONS). */
export function createMainWindow(
  electron: Pick<ElectronApi, 'BrowserWindow' | 'shell' | 'dialog'>,
  location: RendererLocation,
  preload: string,
): BrowserWindow {
  // Destructured so that Electronegativity, which looks for `new BrowserWindow(…)`, checks these settings.
  const { BrowserWindow } = electron;
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Trainplan',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Only for Chromium's built-in PDF viewer, which shows the report preview.
      plugins: true,
      spellcheck: true,
    },
  });
  hardenWindow(window, location.isOwnPage, electron.shell);
  // A form with unsaved typing refuses to unload (beforeunload); Electron would then silently keep the window
  // open, so the trainer is asked, as a browser asks.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = electron.dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Leave without saving?',
      message: 'Leave without saving?',
      detail: 'What you typed has not been saved.',
      buttons: ['Leave without saving', 'Stay here'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  if ('url' in location.load) void window.loadURL(location.load.url);
  else void window.loadFile(location.load.file);
  return window;
}
