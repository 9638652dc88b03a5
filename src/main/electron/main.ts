import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { startDesktopApp } from './startDesktopApp';

// The only place the real `electron` module is imported; everything else gets it from here (see ElectronApi).
void startDesktopApp(
  { app, BrowserWindow, dialog, ipcMain, session, shell },
  { argv: process.argv, env: process.env, resourcesPath: process.resourcesPath },
);
