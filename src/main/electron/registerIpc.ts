import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES } from '../../shared/api/callNames';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';

/**
 * One ipcMain.handle per contract entry. Each checks the call comes from our own window's main frame
 * before the dispatcher parses the untrusted input with zod.
 */
export function registerIpc(dispatch: Dispatch, isOwnContents: (contents: WebContents) => boolean): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isOwnContents(event.sender) || event.senderFrame !== event.sender.mainFrame) {
        return {
          ok: false,
          error: { code: 'unknown_call', message: 'Refused: not from the Trainplan window.', fields: [] },
        };
      }
      return dispatch(name, input);
    });
  }
}
