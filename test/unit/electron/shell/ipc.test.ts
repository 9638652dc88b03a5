import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../../../src/shared/api/callNames';
import { target, useDesktopShell } from '../support/desktopShell';
import { FakeFrame, FakeWebContents } from '../support/fakeElectron';

vi.mock('electron', async () => (await import('../support/electronModule')).electronModule);

const shell = useDesktopShell();
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);

describe(`IPC (${target})`, () => {
  it('handles every contract call through ipcMain.handle, and nothing else', async () => {
    const { fake } = await shell.start();
    expect([...fake.handlers.keys()].sort()).toEqual([...CALL_NAMES].sort());
    expect(fake.otherIpc).toEqual([]);
  });

  it('answers the window’s main frame', async () => {
    const { fake } = await shell.start();
    expect(await fake.invoke('trainees:list', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses, as forbidden, a call from another window, a frame inside the page, a gone frame or a foreign page', async () => {
    const { fake } = await shell.start();
    const own = fake.mainWindow.webContents;
    const elsewhere = new FakeWebContents();
    elsewhere.mainFrame.url = own.mainFrame.url;
    const foreign = new FakeWebContents();
    foreign.mainFrame.url = 'https://example.com/';
    const senders = [
      { sender: elsewhere },
      { sender: own, senderFrame: new FakeFrame(own.mainFrame.url) },
      { sender: own, senderFrame: null },
    ];
    for (const from of senders) {
      for (const name of ['trainees:list', 'files:save-pdf', 'recovery:quit']) {
        expect(await fake.invoke(name, {}, from)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    own.mainFrame.url = 'https://example.com/';
    expect(await fake.invoke('trainees:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.dialogCalls).toEqual([]);
    expect(fake.exited).toBe(false);
  });

  it('parses input with the contract: a bad one gets a typed error with the field at fault', async () => {
    const { fake } = await shell.start();
    expect(await fake.invoke('trainees:create', { fullName: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const badSave = await fake.invoke('files:save-pdf', { fileName: 'x.pdf', bytes: 'not bytes' });
    expect(badSave).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ path: 'bytes' }] } });
    expect(fake.dialogCalls).toEqual([]);
  });
});

describe(`save dialogs (${target})`, () => {
  it('saves one PDF where the dialog says, the dialog asking before it replaces a file', async () => {
    const { fake } = await shell.start();
    const home = await shell.tempDir();
    const chosen = join(home, 'Report for Ana.pdf');
    fake.dialogAnswers.push({ canceled: false, filePath: chosen });
    const result = await fake.invoke('files:save-pdf', { fileName: 'Ana Silva: progress.pdf', bytes: pdf('ana') });
    expect(result).toEqual({
      ok: true,
      value: { saved: true, location: chosen, fileNames: ['Report for Ana.pdf'], renamed: 0 },
    });
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7 ana');
    const [call] = fake.dialogCalls;
    expect(call?.kind).toBe('save');
    expect(call?.window).toBe(fake.mainWindow);
    expect(call?.options.defaultPath).toBe(join(fake.paths.documents ?? '', 'Ana Silva progress.pdf'));
    expect(call?.options.properties).toContain('showOverwriteConfirmation');
  });

  it('saves nothing when the dialog is cancelled', async () => {
    const { fake } = await shell.start();
    fake.dialogAnswers.push({ canceled: true });
    expect(await fake.invoke('files:save-data', { fileName: 'export.json', bytes: pdf('x') })).toEqual({
      ok: true,
      value: { saved: false, location: null, fileNames: [], renamed: 0 },
    });
    expect(fake.dialogCalls[0]?.options.defaultPath).toBe(join(fake.paths.documents ?? '', 'export.json'));
  });

  it('saves several PDFs into a folder under free names, overwriting nothing', async () => {
    const { fake } = await shell.start();
    const folder = join(await shell.tempDir(), 'reports');
    await mkdir(folder);
    await writeFile(join(folder, 'Ana Silva.pdf'), 'saved last week');
    fake.dialogAnswers.push({ canceled: false, filePaths: [folder] });
    const files = [
      { fileName: 'Ana Silva.pdf', bytes: pdf('first Ana') },
      { fileName: 'Ana Silva', bytes: pdf('second Ana') },
      { fileName: 'Ben Okafor.pdf', bytes: pdf('Ben') },
    ];
    const result = await fake.invoke('files:save-pdfs', { files });
    expect(result).toEqual({
      ok: true,
      value: {
        saved: true,
        location: folder,
        fileNames: ['Ana Silva (2).pdf', 'Ana Silva (3).pdf', 'Ben Okafor.pdf'],
        renamed: 2,
      },
    });
    expect((await readdir(folder)).sort()).toEqual([
      'Ana Silva (2).pdf',
      'Ana Silva (3).pdf',
      'Ana Silva.pdf',
      'Ben Okafor.pdf',
    ]);
    expect(await readFile(join(folder, 'Ana Silva.pdf'), 'utf8')).toBe('saved last week');
    expect(await readFile(join(folder, 'Ana Silva (3).pdf'), 'utf8')).toBe('%PDF-1.7 second Ana');
    expect(fake.dialogCalls[0]).toMatchObject({ kind: 'open', window: fake.mainWindow });
  });
});
