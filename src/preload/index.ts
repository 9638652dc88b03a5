import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../shared/api/callNames';
import type { IpcBridge } from '../shared/api/contract';
import { PLATFORM_CHANNELS, type DesktopPlatform } from '../shared/api/platform';

/** Exactly the contract's calls, each bound to its own channel; the renderer never sees ipcRenderer. */
const bridge = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]),
) as IpcBridge;

/** Save dialogs, which only the desktop shell has. */
const platform: DesktopPlatform = {
  savePdf: (file) => ipcRenderer.invoke(PLATFORM_CHANNELS.savePdf, file),
  savePdfs: (files) => ipcRenderer.invoke(PLATFORM_CHANNELS.savePdfs, files),
  saveData: (file) => ipcRenderer.invoke(PLATFORM_CHANNELS.saveData, file),
};

contextBridge.exposeInMainWorld('trainplan', bridge);
contextBridge.exposeInMainWorld('trainplanPlatform', platform);
