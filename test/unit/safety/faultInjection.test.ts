import { describe, expect, it } from 'vitest';
import { realFs, type WriteFs } from '../../../src/main/store/durableWrite';
import { openTrainplan } from '../../../src/main/services';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { recordsState } from '../support/folderState';
import { TRAINEE } from '../support/testApp';
import { closeAfterTest, useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

type Phase = 'append' | 'flush' | 'checkpoint';

/**
 * A disk that can be told to fail: an append after writing half of it, the flush (fdatasync) that
 * follows it, or the rewrite of a trainee's file during a checkpoint.
 */
function faultyDisk(): { fs: WriteFs; failWith: (code: string | null, phase?: Phase) => void } {
  let failure: { code: string; phase: Phase } | null = null;
  const fail = (code: string): never => {
    throw Object.assign(new Error(`${code}: injected`), { code });
  };
  const fs: WriteFs = {
    ...realFs,
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await realFs.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, prop, receiver) {
          const now = failure;
          if (now?.phase === 'append' && prop === 'write' && flags.endsWith('+')) {
            return async (buffer: Buffer, offset: number, length: number, position: number) => {
              await target.write(buffer, offset, Math.floor(length / 2), position);
              fail(now.code);
            };
          }
          if (now?.phase === 'flush' && prop === 'datasync' && flags.endsWith('+')) return () => fail(now.code);
          if (now?.phase === 'checkpoint' && prop === 'writeFile' && flags === 'w') {
            return async (text: string) => {
              await target.writeFile(text.slice(0, Math.floor(text.length / 2)));
              fail(now.code);
            };
          }
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as WriteFs['open'],
  };
  return { fs, failWith: (code, phase = 'append') => (failure = code === null ? null : { code, phase }) };
}

async function open(dir: string, fs: WriteFs) {
  const app = await openTrainplan({ dataDir: dir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't', fs });
  closeAfterTest(app);
  await app.backupsSettled();
  return app;
}

describe('a write that fails halfway', () => {
  it.each([
    ['ENOSPC', 'append', 'the disk is full'],
    ['EIO', 'append', 'the disk reported an input/output error'],
    ['EIO', 'flush', 'the disk reported an input/output error'],
  ] as const)(
    '%s during the %s: the records stay as they were and the call says so in words the UI shows',
    async (code, phase, words) => {
      const dir = await tempDir();
      const disk = faultyDisk();
      const app = await open(dir, disk.fs);
      expect((await app.dispatch('trainees:create', TRAINEE)).ok).toBe(true);
      const before = await recordsState(dir);

      disk.failWith(code, phase);
      const result = await app.dispatch('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-2' });
      expect(result).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
      expect(!result.ok && result.error.message).toBe(
        `The change was not saved because ${words}. Your earlier records are unchanged. Free some space or check the data folder, then try again.`,
      );
      expect(await recordsState(dir)).toEqual(before);

      // Nothing half-done lingers in memory either: once the disk is fine, the next change saves normally.
      disk.failWith(null);
      const list = await app.dispatch('trainees:list', {});
      expect(list.ok && list.value).toHaveLength(1);
      expect(
        (await app.dispatch('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-2' })).ok,
      ).toBe(true);
      await app.close();
      const reopened = await open(dir, realFs);
      const names = await reopened.dispatch('trainees:list', {});
      expect(names.ok && (names.value as { fullName: string }[]).map((t) => t.fullName).sort()).toEqual([
        'José Núñez',
        'Łukasz Żółć',
      ]);
    },
  );

  it('a checkpoint that fails loses nothing: the journal keeps the changes and the next checkpoint writes them', async () => {
    const dir = await tempDir();
    const disk = faultyDisk();
    const app = await open(dir, disk.fs);
    const created = await app.dispatch('trainees:create', TRAINEE);
    const id = created.ok ? (created.value as { id: string }).id : '';
    disk.failWith('ENOSPC', 'checkpoint');
    await app.store.checkpoint();
    disk.failWith(null);
    expect((await app.dispatch('trainees:get', { id })).ok).toBe(true);
    await app.store.checkpoint();
    await app.close();
    const reopened = await open(dir, realFs);
    expect((await reopened.dispatch('trainees:get', { id })).ok).toBe(true);
  });
});
