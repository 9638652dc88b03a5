import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import { acquireDataLock, type LockFs } from '../../../src/main/store/dataLock';
import { openTrainplan, readOnlyWordsOf } from '../../../src/main/services';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
// Every file operation takes a random while, as on a busy or shared drive, so the apps' steps interleave.
const jitter = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
const slowFs: Partial<LockFs> = Object.fromEntries(
  (['readFile', 'writeFile', 'link', 'rename', 'unlink', 'stat'] as const).map((name) => [
    name,
    async (...args: unknown[]) => {
      await jitter();
      const result: unknown = await (fs[name] as (...a: unknown[]) => Promise<unknown>)(...args);
      await jitter();
      return result;
    },
  ]),
);
const OTHER = { pid: 424242, host: 'line-2-pc', isRunning: () => true };

function open(dataDir: string, lock = {}) {
  return openTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't', lock });
}

describe('one writer at a time', () => {
  it('writes the holder into the lock file and removes it on close', async () => {
    const dir = await tempDir();
    const app = await open(dir);
    const holder = JSON.parse(await readFile(join(dir, 'trainplan.lock'), 'utf8')) as { pid: number };
    expect(holder.pid).toBe(process.pid);
    await app.close();
    await expect(readFile(join(dir, 'trainplan.lock'))).rejects.toThrow();
  });

  it('opens a folder another running Trainplan holds read-only, naming who, and refuses every change', async () => {
    const dir = await tempDir();
    const holder = await acquireDataLock(dir, OTHER);
    expect(holder.mode).toBe('write');
    const app = await open(dir);
    const info = await app.dispatch('app:info', {});
    expect(info.ok && info.value).toMatchObject({
      readOnlyBecause: expect.stringContaining('Trainplan on line-2-pc (process 424242)') as string,
    });
    const result = await app.dispatch('trainees:create', TRAINEE);
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(!result.ok && result.error.message).toMatch(/^Not saved: Trainplan on line-2-pc .* Close Trainplan there/);
    await expect(readFile(join(dir, 'trainplan.json'))).rejects.toThrow();
    expect((await app.dispatch('trainees:list', {})).ok).toBe(true);
    await holder.release();
  });

  it('takes over a lock whose process has died on this computer', async () => {
    const dir = await tempDir();
    await acquireDataLock(dir, { pid: 999_999, isRunning: () => false });
    const lock = await acquireDataLock(dir, { isRunning: (pid) => pid !== 999_999 });
    expect(lock.mode).toBe('write');
  });

  it('takes over a lock from another computer only once it has been silent for five minutes', async () => {
    const dir = await tempDir();
    let now = new Date('2026-11-22T10:00:00Z');
    await acquireDataLock(dir, { ...OTHER, now: () => now });
    now = new Date('2026-11-22T10:04:00Z');
    expect((await acquireDataLock(dir, { now: () => now })).mode).toBe('read-only');
    now = new Date('2026-11-22T10:06:00Z');
    expect((await acquireDataLock(dir, { now: () => now })).mode).toBe('write');
  });

  it('starts in a data folder that does not exist yet, as on a first start', async () => {
    const dir = join(await tempDir(), 'new', 'Trainplan');
    const app = await open(dir);
    expect((await app.dispatch('trainees:create', TRAINEE)).ok).toBe(true);
    await app.close();
  });

  it('treats an unreadable lock file as stale once it is older than a write takes', async () => {
    const dir = await tempDir();
    const file = join(dir, 'trainplan.lock');
    await writeFile(file, 'garbage');
    // Just written: another app may be in the middle of writing it.
    expect((await acquireDataLock(dir)).mode).toBe('read-only');
    const past = new Date(Date.now() - 60_000);
    await utimes(file, past, past);
    expect((await acquireDataLock(dir)).mode).toBe('write');
  });

  it('lets exactly one of many apps started at the same moment write, over a stale lock or none', async () => {
    for (let round = 0; round < 40; round += 1) {
      const dir = await tempDir();
      if (round % 2 === 0) await acquireDataLock(dir, { pid: 999_999, isRunning: () => true });
      const dead = (pid: number) => pid !== 999_999 && pid < 1000;
      const locks = await Promise.all(
        Array.from({ length: 6 }, (_, index) => acquireDataLock(dir, { pid: index + 1, isRunning: dead, fs: slowFs })),
      );
      expect(locks.filter((lock) => lock.mode === 'write')).toHaveLength(1);
      const holder = JSON.parse(await readFile(join(dir, 'trainplan.lock'), 'utf8')) as { pid: number };
      expect(locks[holder.pid - 1]?.mode).toBe('write');
      await Promise.all(locks.map((lock) => lock.release()));
      await expect(readdir(dir)).resolves.toEqual([]);
    }
  });

  it('leaves no lock behind and opens read-only, saying why, when the disk is full', async () => {
    const dir = await tempDir();
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const lock = await acquireDataLock(dir, { fs: { writeFile: () => Promise.reject(full) } });
    expect(lock).toMatchObject({ mode: 'read-only', reason: { kind: 'disk', full: true } });
    expect(readOnlyWordsOf(lock)).toMatch(/disk holding the data folder is full/);
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('notices when another app has taken the folder over and stops counting itself the writer', async () => {
    const dir = await tempDir();
    let now = new Date('2026-11-22T10:00:00Z');
    const lost: string[] = [];
    const first = await acquireDataLock(dir, { ...OTHER, now: () => now, onLost: (reason) => lost.push(reason) });
    // The first computer went silent (asleep) for long enough to be taken over.
    now = new Date('2026-11-22T10:06:00Z');
    const second = await acquireDataLock(dir, { now: () => now });
    expect(second.mode).toBe('write');
    expect(first.mode).toBe('write');
    if (first.mode === 'write') await first.heartbeat();
    expect(lost).toEqual([expect.stringContaining(`process ${String(process.pid)}`)]);
    await first.release();
    // Releasing a lock that is no longer ours leaves the new holder's lock in place.
    const holder = JSON.parse(await readFile(join(dir, 'trainplan.lock'), 'utf8')) as { pid: number };
    expect(holder.pid).toBe(process.pid);
    await second.release();
  });
});
