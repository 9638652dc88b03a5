import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataLock } from '../../../src/main/store/dataLock';
import { openTrainplan } from '../../../src/main/services';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
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

  it('treats an unreadable lock file as stale', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'trainplan.lock'), 'garbage');
    expect((await acquireDataLock(dir)).mode).toBe('write');
  });
});
