import type { IpcBridge } from '../../shared/api/contract';
import type { DesktopPlatform } from '../../shared/api/platform';

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    trainplan?: IpcBridge;
    trainplanPlatform?: DesktopPlatform;
  }
}
