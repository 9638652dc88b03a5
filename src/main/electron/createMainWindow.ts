import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow } from 'electron';
import { hardenWindow } from './hardenWindow';

const here = fileURLToPath(new URL('.', import.meta.url));

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Trainplan',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
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
  const rendererIndex = join(here, '../renderer/index.html');
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const ownPrefix = devUrl ?? new URL(`file://${rendererIndex}`).href;
  hardenWindow(window, (url) => url.startsWith(ownPrefix));
  window.once('ready-to-show', () => window.show());
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(rendererIndex);
  return window;
}
