import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES } from '../../shared/api/callNames';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * A call is ours when it comes from the main frame of our one window while that frame shows our page.
 * A frame inside the page, another window, or a page the window was somehow taken to, is refused.
 */
export function fromOwnWindow(window: () => BrowserWindow | null, isOwnPage: (url: string) => boolean): SenderCheck {
  return (event) => {
    const own = window();
    if (!own || own.isDestroyed() || event.sender !== own.webContents) return false;
    const frame = event.senderFrame;
    return frame !== null && frame === event.sender.mainFrame && isOwnPage(frame.url);
  };
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Refused: the request did not come from the Trainplan window.', fields: [] },
};

/**
 * One ipcMain.handle per contract entry, and nothing else. Each checks the sender before the
 * dispatcher parses the untrusted input with zod.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isOwnSender: SenderCheck): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isOwnSender(event)) return Promise.resolve(FORBIDDEN);
      return dispatch(name, input);
    });
  }
}
