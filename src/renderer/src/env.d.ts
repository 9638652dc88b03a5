import type { IpcBridge } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    trainplan?: IpcBridge;
  }
}
