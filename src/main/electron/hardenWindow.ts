import type { BrowserWindow, Session, Shell, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/bridgeSecurity';

/** Only https links leave the app, and only to the user's browser. */
export function openExternalSafely(url: string, shell: Pick<Shell, 'openExternal'>): void {
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // Not a URL: ignore it.
  }
}

function lockDown(
  contents: WebContents,
  isOwnPage: (url: string) => boolean,
  shell: Pick<Shell, 'openExternal'>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, shell);
    return { action: 'deny' };
  });
}

/** Session-wide rules, applied once: deny every permission, send our CSP with every response. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** Every window gets the same lock-down; nothing else creates one. */
export function hardenWindow(
  window: BrowserWindow,
  isOwnPage: (url: string) => boolean,
  shell: Pick<Shell, 'openExternal'>,
): void {
  lockDown(window.webContents, isOwnPage, shell);
}
