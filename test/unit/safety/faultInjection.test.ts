import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs, type WriteFs } from '../../../src/main/store/durableWrite';
import { openTrainplan } from '../../../src/main/services';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

/** A disk that can be told to fail the next write halfway: after the temp file is opened and partly written. */
function faultyDisk(): { fs: WriteFs; failWith: (code: string | null) => void } {
  let failure: string | null = null;
  const fs: WriteFs = {
    ...realFs,
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await realFs.open(path, flags, mode);
      if (flags !== 'w' || failure === null) return handle;
      const code = failure;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile') {
            return async (text: string) => {
              await target.writeFile(text.slice(0, Math.floor(text.length / 2)));
              throw Object.assign(new Error(`${code}: injected`), { code });
            };
          }
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as WriteFs['open'],
  };
  return { fs, failWith: (code) => (failure = code) };
}

describe('a write that fails halfway', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EIO', 'the disk reported an input/output error'],
  ])('%s: the previous file stays intact and the call says so in words the UI shows', async (code, words) => {
    const dir = await tempDir();
    const disk = faultyDisk();
    const app = await openTrainplan({ dataDir: dir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't', fs: disk.fs });
    const first = await app.dispatch('trainees:create', TRAINEE);
    expect(first.ok).toBe(true);
    const file = join(dir, 'trainplan.json');
    const before = await readFile(file);

    disk.failWith(code);
    const result = await app.dispatch('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-2' });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    expect(!result.ok && result.error.message).toBe(
      `The change was not saved because ${words}. Your earlier records are unchanged. Free some space or check the data folder, then try again.`,
    );
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['backups', 'trainplan.json', 'trainplan.lock']);

    // Nothing half-done lingers in memory either: once the disk is fine, the next change saves normally.
    disk.failWith(null);
    const list = await app.dispatch('trainees:list', {});
    expect(list.ok && list.value).toHaveLength(1);
    expect((await app.dispatch('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-2' })).ok).toBe(
      true,
    );
  });
});
