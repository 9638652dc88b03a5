import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openTestApp, TRAINEE } from '../../support/testApp';
import { projectRoot, target, useDesktopShell } from '../support/desktopShell';
import type { ApiResult } from '../../../../src/shared/api/errors';

vi.mock('electron', async () => (await import('../support/electronModule')).electronModule);

const shell = useDesktopShell();
const LOCK_FILE = 'trainplan.lock';

describe(`desktop shell start-up (${target})`, () => {
  it('runs the code under test: the built bundle or the sources', async () => {
    const { fake } = await shell.start();
    const expected = target === 'built' ? 'out/main/index.js' : 'src/main/electron/startDesktopApp.ts';
    expect(fake.lockRequestStack).toContain(join(projectRoot, expected));
  });

  it('takes the single-instance lock, waits for ready, hardens the session, registers IPC, then opens the window', async () => {
    const { fake, dataDir } = await shell.start();
    const steps = fake.log.map((step) => (step.startsWith('handle ') ? 'handle' : step));
    const first = (step: string) => steps.indexOf(step);
    expect(steps.slice(0, 3)).toEqual(['requestSingleInstanceLock', 'whenReady', 'ready']);
    expect(first('permission requests handled')).toBeGreaterThan(first('ready'));
    expect(first('handle')).toBeGreaterThan(first('permission requests handled'));
    expect(first('window created')).toBe(steps.lastIndexOf('handle') + 1);
    expect(fake.windows).toHaveLength(1);
    // The second start is told which folder this one wanted.
    expect(fake.singleInstanceData).toEqual({ dataDir });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
  });

  it('quits at once, opening nothing, when another Trainplan holds the single-instance lock', async () => {
    const home = await shell.tempDir();
    const { FakeElectron } = await import('../support/fakeElectron');
    const fake = new FakeElectron({ userData: join(home, 'u'), documents: home });
    fake.hasSingleInstanceLock = false;
    const { dataDir } = await shell.start({ fake });
    expect(fake.log).toEqual(['requestSingleInstanceLock', 'quit', 'exited']);
    expect(fake.windows).toHaveLength(0);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('says why it cannot start and exits with status 1 when the data folder cannot be used', async () => {
    const home = await shell.tempDir();
    const notAFolder = join(home, 'a-file');
    await writeFile(notAFolder, 'not a folder');
    const { fake } = await shell.start({ dataDir: notAFolder });
    expect(fake.exitCode).toBe(1);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.title).toBe('Trainplan cannot start');
    expect(fake.errorBoxes[0]?.content.length).toBeGreaterThan(0);
    expect(fake.windows).toHaveLength(0);
  });

  it('opens the recovery screen for records it cannot use, and its Quit button closes them before exiting', async () => {
    const home = await shell.tempDir();
    const dataDir = join(home, 'data');
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'trainplan.json'), '{"schemaVersion":99,"records":"records-from-the-future"}');
    const { fake } = await shell.start({ dataDir });
    expect(fake.windows).toHaveLength(1);
    const info = (await fake.invoke('app:info', {})) as ApiResult<{ recovery: { kind: string } | null }>;
    expect(info).toMatchObject({ ok: true, value: { recovery: { kind: 'newer_version' } } });
    expect(await fake.invoke('trainees:list', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    let lockAtExit: boolean | null = null;
    fake.onExit = () => (lockAtExit = existsSync(join(dataDir, LOCK_FILE)));
    expect(await fake.invoke('recovery:quit', {})).toEqual({ ok: true, value: { quitting: true } });
    await vi.waitFor(() => expect(fake.exited).toBe(true));
    expect(lockAtExit).toBe(false);
  });

  it('holds every quit until the records are written and the folder let go', async () => {
    const { fake, dataDir } = await shell.start();
    const created = await fake.invoke('trainees:create', TRAINEE);
    expect(created).toMatchObject({ ok: true });
    let lockAtExit: boolean | null = null;
    fake.onExit = () => (lockAtExit = existsSync(join(dataDir, LOCK_FILE)));
    fake.app.emit('window-all-closed');
    // The first quit was held (before-quit prevented) while the records closed; the second went through.
    expect(fake.log.filter((step) => step === 'quit')).toHaveLength(1);
    expect(fake.exited).toBe(false);
    await vi.waitFor(() => expect(fake.exited).toBe(true));
    expect(fake.log.slice(-3)).toEqual(['quit', 'quit', 'exited']);
    expect(lockAtExit).toBe(false);
    const { call } = await openTestApp(dataDir);
    expect((await call('trainees:list', {})).map((row) => row.fullName)).toEqual([TRAINEE.fullName]);
  });
});

describe(`a second start (${target})`, () => {
  it('with the same data folder brings the window forward and says nothing', async () => {
    const { fake, dataDir } = await shell.start();
    fake.mainWindow.minimized = true;
    fake.app.emit('second-instance', {}, ['trainplan'], '/', { dataDir });
    expect(fake.mainWindow.minimized).toBe(false);
    expect(fake.mainWindow.focusCount).toBe(1);
    expect(fake.messageBoxes).toEqual([]);
  });

  it('with another data folder says this one stays open and how to open the other', async () => {
    const { fake, dataDir } = await shell.start();
    const other = join(dataDir, '..', 'elsewhere');
    fake.app.emit('second-instance', {}, ['trainplan', '--data-dir', other], '/', { dataDir: other });
    expect(fake.mainWindow.focusCount).toBe(1);
    expect(fake.messageBoxes).toHaveLength(1);
    const box = fake.messageBoxes[0];
    expect(box?.window).toBe(fake.mainWindow);
    expect(box?.options.message).toBe(`Trainplan is already running with the data folder ${dataDir}.`);
    expect(box?.options.detail).toContain(`To open ${other}, close Trainplan first`);
  });

  it('reads a relative --data-dir against the second start’s own working folder when it sent no folder', async () => {
    const { fake } = await shell.start();
    fake.app.emit('second-instance', {}, ['trainplan', '--data-dir=shared/records'], '/mnt/site', undefined);
    expect(fake.messageBoxes[0]?.options.detail).toContain(join('/mnt/site', 'shared/records'));
  });
});
