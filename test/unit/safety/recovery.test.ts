import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startTrainplan } from '../../../src/main/recovery/appSession';
import { openTrainplan } from '../../../src/main/services';
import type { AppInfo } from '../../../src/shared/api/contract';
import { newFrameworkText, SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const now = () => new Date('2026-11-22T12:00:00Z');

async function start(dataDir: string, onQuit = vi.fn()) {
  const session = await startTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't', now, onQuit });
  return { session, onQuit };
}

async function damagedFolderWithBackup(content: string | Buffer) {
  const dir = await tempDir();
  const { call, app } = await openTestApp(dir);
  await call('trainees:create', TRAINEE);
  await call('backups:create', {});
  await app.close();
  await writeFile(join(dir, 'trainplan.json'), content);
  return dir;
}

describe('recovery at start-up', () => {
  it.each([
    ['empty', ''],
    ['not JSON', '{"schemaVersion":2,'],
    ['failing the schema', '{"schemaVersion":2,"trainees":"lots"}'],
    ['a manifest naming no records folder', '{"schemaVersion":3,"records":"../elsewhere"}'],
    [
      'Windows-1252 text, not UTF-8',
      Buffer.from('{"schemaVersion":2,"trainees":[{"fullName":"Fran\xe7ois"}]}', 'latin1'),
    ],
  ])('moves a data file that is %s aside, byte for byte, and offers the backups', async (_kind, content) => {
    const dir = await damagedFolderWithBackup(content);
    const { session } = await start(dir);
    const info = await session.info();
    expect(info.recovery?.kind).toBe('damaged');
    expect(info.recovery?.movedTo).toBe(join(dir, 'trainplan.json.corrupt-2026-11-22T12-00-00-000Z'));
    expect((await readFile(info.recovery?.movedTo ?? '')).equals(Buffer.from(content))).toBe(true);
    expect(info.recovery?.backups[0]?.traineeCount).toBe(1);
    expect(await readdir(dir)).not.toContain('trainplan.json');
    const refused = await session.dispatch('trainees:list', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('choose how to recover') as string },
    });
  });

  it('never moves records from a newer Trainplan: it says so and offers only to quit', async () => {
    const dir = await damagedFolderWithBackup('{"schemaVersion":99,"records":"records-from-the-future"}');
    const before = await readdir(dir);
    const { session, onQuit } = await start(dir);
    const info = await session.info();
    expect(info.recovery).toMatchObject({ kind: 'newer_version', movedTo: null, backups: [] });
    expect(info.recovery?.problem).toMatch(/newer version of Trainplan \(data format 99.*Update Trainplan/);
    expect(await session.dispatch('recovery:start-empty', {})).toMatchObject({ ok: false });
    expect(await session.dispatch('recovery:restore', { fileName: 'x' })).toMatchObject({ ok: false });
    expect((await readdir(dir)).sort()).toEqual([...before, 'trainplan.lock'].sort());
    await session.dispatch('recovery:quit', {});
    expect(onQuit).toHaveBeenCalledOnce();
    await session.close();
  });

  it('holds the data folder while the recovery screen is shown: a second app is read-only', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session } = await start(dir);
    // Another process of this computer: the session's lock names a process that is running.
    const second = await openTrainplan({
      dataDir: dir,
      seedsDir: SEEDS_DIR,
      mode: 'browser',
      version: 't',
      lock: { pid: 424242, isRunning: () => true },
    });
    const info = await second.dispatch('app:info', {});
    expect(info.ok && (info.value as AppInfo).readOnlyBecause).toMatch(/has been using this data folder/);
    expect(await second.dispatch('trainees:create', TRAINEE)).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    await session.close();
  });

  it('restores the chosen backup and carries on normally', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session } = await start(dir);
    const [backup] = (await session.info()).recovery?.backups ?? [];
    expect(await session.dispatch('recovery:restore', { fileName: backup?.fileName ?? '' })).toMatchObject({
      ok: true,
    });
    const list = await session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toHaveLength(1);
    expect(((await session.dispatch('app:info', {})) as { value: AppInfo }).value.recovery).toBeNull();
    await session.close();
  });

  it('starts empty when asked, keeping the moved file', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session } = await start(dir);
    await session.dispatch('recovery:start-empty', {});
    const list = await session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toEqual([]);
    expect((await readdir(dir)).some((n) => n.startsWith('trainplan.json.corrupt-'))).toBe(true);
    // The records folder the unreadable manifest named is kept, never tidied away.
    expect((await readdir(dir)).filter((n) => n.startsWith('records-'))).toHaveLength(2);
    await session.close();
  });

  it('quits when asked, and refuses a backup that does not exist', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session, onQuit } = await start(dir);
    expect(await session.dispatch('recovery:restore', { fileName: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await session.dispatch('recovery:quit', {});
    expect(onQuit).toHaveBeenCalledOnce();
    await session.close();
  });
});

describe('a start on a full disk', () => {
  it('opens the records read-only with a plain message, and leaves no lock file behind', async () => {
    const dir = await tempDir();
    const { call, app } = await openTestApp(dir);
    await call('trainees:create', TRAINEE);
    await app.close();

    const full = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    const session = await startTrainplan({
      dataDir: dir,
      seedsDir: SEEDS_DIR,
      mode: 'browser',
      version: 't',
      now,
      onQuit: vi.fn(),
      lock: { fs: { writeFile: full } },
    });
    const info = await session.info();
    expect(info.readOnlyBecause).toBe(
      'the disk holding the data folder is full, so nothing can be saved. Free some space, then restart Trainplan',
    );
    const list = await session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toMatchObject([{ fullName: TRAINEE.fullName }]);
    const refused = await session.dispatch('trainees:create', { ...TRAINEE, fullName: 'Tom Hughes' });
    expect(!refused.ok && refused.error.message).toBe(
      'Not saved: the disk holding the data folder is full, so nothing can be saved. Free some space, then restart Trainplan.',
    );
    expect((await readdir(dir)).filter((name) => name.startsWith('trainplan.lock'))).toEqual([]);
    await session.close();
  });
});

describe('a recovery the user has not chosen yet', () => {
  it('after Quit, the next start shows the recovery screen again, until a choice is made', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const first = await start(dir);
    const movedTo = (await first.session.info()).recovery?.movedTo;
    await first.session.dispatch('recovery:quit', {});
    await first.session.close();

    const second = await start(dir);
    const info = await second.session.info();
    expect(info.recovery?.kind).toBe('damaged');
    expect(info.recovery?.movedTo).toBe(movedTo);
    expect(info.recovery?.problem).toMatch(/last time/);
    expect(info.recovery?.backups[0]?.traineeCount).toBe(1);
    expect((await readdir(dir)).filter((n) => n.startsWith('records-'))).toHaveLength(1);
    await second.session.dispatch('recovery:quit', {});
    await second.session.close();

    const third = await start(dir);
    const [backup] = (await third.session.info()).recovery?.backups ?? [];
    expect(await third.session.dispatch('recovery:restore', { fileName: backup?.fileName ?? '' })).toMatchObject({
      ok: true,
    });
    await third.session.close();
    const fourth = await start(dir);
    expect((await fourth.session.info()).recovery).toBeNull();
    const list = await fourth.session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toHaveLength(1);
    await fourth.session.close();
  });

  it('offers a complete records folder whose trainplan.json was deleted, and opens it when chosen', async () => {
    const dir = await tempDir();
    const { call, app } = await openTestApp(dir);
    await call('trainees:create', TRAINEE);
    await app.store.checkpoint();
    await app.close();
    const folder = (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '';
    await rm(join(dir, 'trainplan.json'));

    const { session } = await start(dir);
    const info = await session.info();
    expect(info.recovery?.kind).toBe('damaged');
    expect(info.recovery?.problem).toMatch(/trainplan\.json is missing/);
    expect(info.recovery?.foundRecords).toEqual([
      expect.objectContaining({ folder, traineeCount: 1 }) as unknown as { folder: string },
    ]);
    expect(await session.dispatch('recovery:restore', { fileName: folder })).toMatchObject({ ok: true });
    const list = await session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toMatchObject([{ fullName: TRAINEE.fullName }]);
    await session.close();
  });

  it('backups of an empty folder never push out backups that hold trainees', async () => {
    const dir = await tempDir();
    const clock = { now: new Date('2026-11-22T10:00:00Z') };
    const { call, app } = await openTestApp(dir, clock);
    await call('trainees:create', TRAINEE);
    for (let i = 1; i <= 3; i += 1) {
      clock.now = new Date(clock.now.getTime() + 60_000);
      await call('backups:create', {});
    }
    const holding = (await call('backups:list', {})).filter((b) => b.traineeCount > 0).map((b) => b.fileName);
    // An imported framework alone makes a folder worth backing up, with nobody in it.
    const erased = (await call('trainees:list', {}))[0];
    await call('trainees:delete', { id: erased?.id ?? '', confirmName: TRAINEE.fullName });
    await call('frameworks:import', { fileName: 'own.json', text: newFrameworkText() });
    for (let i = 1; i <= 12; i += 1) {
      clock.now = new Date(clock.now.getTime() + 60_000);
      await call('backups:create', {});
    }
    const after = (await call('backups:list', {})).map((b) => b.fileName);
    expect(holding.length).toBeGreaterThan(0);
    expect(after).toEqual(expect.arrayContaining(holding));
    await app.close();
  });
});
