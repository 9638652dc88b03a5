import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupsToKeep,
  backupsToKeepByContent,
  createBackups,
  FREE_SPACE_MARGIN,
  NoRoomForBackup,
} from '../../../src/main/store/backups';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('rolling backups', () => {
  it('keeps the newest 10 and the newest of each day for 30 days', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const names: string[] = [];
    // Every 6 hours for 40 days.
    for (let h = 0; h < 40 * 24; h += 6) {
      const at = new Date(now.getTime() - h * 3_600_000);
      const s = at.toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '-');
      names.push(`trainplan-${s}.jsonl`);
    }
    const keep = backupsToKeep(names, now);
    expect([...names].slice(0, 10).every((n) => keep.has(n))).toBe(true);
    const days = new Set([...keep].map((n) => n.slice(10, 18)));
    expect(days.size).toBe(31);
    expect(keep.size).toBeLessThanOrEqual(10 + 31);
    expect([...keep].some((n) => n.startsWith('trainplan-202610'))).toBe(true);
    expect([...keep].every((n) => n >= 'trainplan-20261023')).toBe(true);
  });

  it('keeps, for each trainee a kept backup left out, the newest older backup that holds them', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const at = (n: number) => `trainplan-20200101-0000${String(n).padStart(2, '0')}-hourly.jsonl`;
    // 0: holds everyone. 1: holds Ana but left Tom out. 2-13: left Ana out (Tom's file was mended).
    const backups = [
      { fileName: at(0), traineeCount: 2, leftOut: [] },
      { fileName: at(1), traineeCount: 1, leftOut: [{ id: 'tom' }] },
      ...Array.from({ length: 12 }, (_, i) => ({ fileName: at(i + 2), traineeCount: 1, leftOut: [{ id: 'ana' }] })),
    ];
    const keep = backupsToKeepByContent(backups, now);
    // The ten newest, the newest holding Ana (1), and, since 1 left Tom out, the newest holding Tom (0).
    expect([...keep].sort()).toEqual([at(0), at(1), ...Array.from({ length: 10 }, (_, i) => at(i + 4))].sort());
  });

  it('makes a backup that reads back with its trainee count, and never counts a damaged one', async () => {
    const dir = await tempDir();
    const { call, app } = await openTestApp(dir);
    await call('trainees:create', TRAINEE);
    await app.close();
    const backups = createBackups(dir, { now: () => new Date('2026-11-22T10:05:00Z') });
    const made = await backups.make(app.store, 'manual');
    expect(made).toMatchObject({ fileName: 'trainplan-20261122-100500-manual.jsonl', traineeCount: 1, kind: 'manual' });
    await writeFile(join(backups.folder, 'trainplan-20261122-110000.jsonl'), '{ broken');
    expect((await backups.list()).map((b) => b.fileName)).not.toContain('trainplan-20261122-110000.jsonl');
    const second = await backups.make(app.store, 'manual');
    expect(second.fileName).toBe('trainplan-20261122-100500-manual-1.jsonl');
  });

  it('never takes the room the records need: no backup when the disk would be left with less than the margin', async () => {
    const dir = await tempDir();
    const { call, app } = await openTestApp(dir);
    await call('trainees:create', TRAINEE);
    await app.close();
    const before = await readdir(join(dir, 'backups'));
    const full = createBackups(dir, {
      now: () => new Date('2026-11-22T10:05:00Z'),
      freeBytes: () => Promise.resolve(FREE_SPACE_MARGIN - 1),
    });
    await expect(full.make(app.store, 'manual')).rejects.toBeInstanceOf(NoRoomForBackup);
    expect(await readdir(join(dir, 'backups'))).toEqual(before);
  });
});

describe('backups through the API', () => {
  it('backs up at start-up, on request, and restores a backup after backing up the current records', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    await first.call('trainees:create', TRAINEE);
    const clock = { now: new Date('2026-11-22T11:00:00Z') };
    await first.app.close();
    const second = await openTestApp(dir, clock);
    await second.app.close(); // waits for the start-up backup, made in the background
    const { call, fail } = await openTestApp(dir, clock);
    const atStart = (await call('backups:list', {})).slice(-2);
    // One from the first change in the new folder, one from this start.
    expect(atStart.map((b) => b.traineeCount)).toEqual([1, 1]);
    expect(atStart[0]?.fileName).toBe('trainplan-20261122-110000-startup.jsonl');

    await call('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-2' });
    clock.now = new Date('2026-11-22T11:05:00Z');
    const made = await call('backups:create', {});
    expect(made.traineeCount).toBe(2);

    clock.now = new Date('2026-11-22T11:10:00Z');
    const restored = await call('backups:restore', { fileName: atStart[0]?.fileName ?? '' });
    expect(restored.backupOfCurrent).toBe('trainplan-20261122-111000-before-restore.jsonl');
    expect(await call('trainees:list', {})).toHaveLength(1);
    expect((await call('backups:list', {})).slice(0, 2).map((b) => b.traineeCount)).toEqual([2, 2]);
    expect((await fail('backups:restore', { fileName: '../trainplan.json' })).code).toBe('not_found');

    expect(await call('backups:delete', { fileName: 'trainplan-20261122-111000-before-restore.jsonl' })).toEqual({
      deleted: 'trainplan-20261122-111000-before-restore.jsonl',
    });
    expect((await call('backups:list', {})).map((b) => b.fileName)).not.toContain(
      'trainplan-20261122-111000-before-restore.jsonl',
    );
    expect((await fail('backups:delete', { fileName: '../trainplan.json' })).code).toBe('not_found');
  });
});

describe('hourly backups while changes are made', () => {
  it('backs up on the first change in a new data folder, without waiting an hour', async () => {
    const { call, app } = await openTestApp(await tempDir());
    expect(await call('backups:list', {})).toEqual([]);
    await call('trainees:create', TRAINEE);
    await app.close();
    expect((await call('backups:list', {})).map((b) => b.traineeCount)).toEqual([1]);
  });

  it('makes a new backup on the first change more than an hour after the last one, not before', async () => {
    const dir = await tempDir();
    const clock = { now: new Date('2026-11-22T08:00:00Z') };
    const { call, app } = await openTestApp(dir, clock);
    await call('trainees:create', TRAINEE);
    const count = async (): Promise<number> => (await call('backups:list', {})).length;
    await app.close(); // waits for a backup still being written
    const reopened = await openTestApp(dir, clock);
    await reopened.app.backupsSettled();
    const atStart = await count();

    clock.now = new Date('2026-11-22T08:30:00Z');
    await reopened.call('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-2' });
    await reopened.app.backupsSettled();
    expect(await count()).toBe(atStart);

    clock.now = new Date('2026-11-22T09:01:00Z');
    await reopened.call('trainees:create', { ...TRAINEE, fullName: 'Tom Hughes', employeeId: 'B-3' });
    await reopened.app.close();
    const backups = await call('backups:list', {});
    expect(backups).toHaveLength(atStart + 1);
    expect(backups[0]).toMatchObject({ fileName: 'trainplan-20261122-090100-hourly.jsonl', traineeCount: 3 });
  });
});
