import type { BrowserWindow } from 'electron';
import type { ElectronApi } from './electronApi';
import { hardenWindow } from './hardenWindow';
import type { RendererLocation } from './rendererLocation';

/** The one window. Its settings are the security baseline every window must have (see CONVENTIONS). */
export function createMainWindow(
  electron: Pick<ElectronApi, 'BrowserWindow' | 'shell'>,
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
  window.once('ready-to-show', () => window.show());
  if ('url' in location.load) void window.loadURL(location.load.url);
  else void window.loadFile(location.load.file);
  return window;
}
