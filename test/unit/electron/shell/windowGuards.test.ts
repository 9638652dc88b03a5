import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/web/bridgeSecurity';
import { projectRoot, target, useDesktopShell } from '../support/desktopShell';

vi.mock('electron', async () => (await import('../support/electronModule')).electronModule);

const shell = useDesktopShell();
const ownPage = pathToFileURL(join(projectRoot, 'out/renderer/index.html')).href;

describe(`the window (${target})`, () => {
  it('is sandboxed and isolated, loads the built page, and its preload is the CommonJS bundle', async () => {
    const { fake } = await shell.start();
    const { webPreferences } = fake.mainWindow.options;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: join(projectRoot, 'out/preload/index.cjs'),
    });
    expect(fake.mainWindow.loaded).toEqual({ file: join(projectRoot, 'out/renderer/index.html') });
    if (target === 'built') {
      // The paths are computed in the bundle, so only the built shell proves they point at real files.
      expect(existsSync(String(webPreferences?.preload))).toBe(true);
      expect(existsSync(join(projectRoot, 'out/renderer/index.html'))).toBe(true);
    }
    fake.mainWindow.emit('ready-to-show');
    expect(fake.mainWindow.shown).toBe(true);
  });

  it('navigates and redirects only within its own page', async () => {
    const { webContents } = (await shell.start()).fake.mainWindow;
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(webContents.attempt(event, `${ownPage}#/trainees`)).toBe(false);
      expect(webContents.attempt(event, 'https://example.com/')).toBe(true);
      expect(webContents.attempt(event, pathToFileURL(join(projectRoot, 'package.json')).href)).toBe(true);
      expect(webContents.attempt(event, 'file:///etc/passwd')).toBe(true);
      expect(webContents.attempt(event, 'not a url')).toBe(true);
    }
  });

  it('attaches no <webview>', async () => {
    const { webContents } = (await shell.start()).fake.mainWindow;
    expect(webContents.attempt('will-attach-webview', {}, {})).toBe(true);
  });

  it('opens no window: https links go to the browser, anything else nowhere', async () => {
    const { fake } = await shell.start();
    const open = fake.mainWindow.webContents.windowOpenHandler;
    expect(open).not.toBeNull();
    for (const url of [
      'https://www.onetonline.org/',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ])
      expect(open?.({ url })).toEqual({ action: 'deny' });
    expect(fake.openedExternally).toEqual(['https://www.onetonline.org/']);
  });

  it('denies every permission and sends the CSP with every response', async () => {
    const { fake } = await shell.start();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      fake.permissionRequest?.({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    expect(fake.permissionCheck?.({}, 'media', 'file://')).toBe(false);
    let headers: Record<string, string[]> = {};
    fake.headersFilter?.({ responseHeaders: { 'X-Other': ['kept'] } }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers).toEqual({ 'X-Other': ['kept'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
