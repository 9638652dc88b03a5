import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../shared/api/callNames';
import type { IpcBridge } from '../shared/api/contract';

/**
 * Exactly the contract's calls (the save dialogs included), each bound to its own channel; the
 * renderer never sees ipcRenderer.
 */
const bridge = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]),
) as IpcBridge;

contextBridge.exposeInMainWorld('trainplan', bridge);
