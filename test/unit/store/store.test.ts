import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/main/store/dataFileError';
import { realFs, type WriteFs } from '../../../src/main/store/durableWrite';
import { openStore } from '../../../src/main/store/store';
import { emptyStoreData } from '../../../src/main/store/storeSchema';
import { seedJson } from '../../fixtures/frameworkFiles';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

function importedEntry(fileName: string) {
  return { fileName, importedAt: '2026-11-01T08:00:00.000Z', file: seedJson('51-8099.00') };
}

describe('store', () => {
  it('starts empty in a new folder without writing anything', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    expect(store.read()).toEqual(emptyStoreData());
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes, and a reopened store reads the same data', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update((data) => {
      data.frameworks.push(importedEntry('a.json') as never);
    });
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.read()).toEqual(store.read());
    expect(reopened.read().frameworks[0]?.fileName).toBe('a.json');
  });

  it('leaves no temp file behind, and removes ones a crash left', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update((data) => {
      data.frameworks.push(importedEntry('a.json') as never);
    });
    expect(await readdir(dir)).toEqual(['trainplan.json']);
    await writeFile(join(dir, '.trainplan.json.abc123.tmp'), '{"half":');
    await openStore({ dataDir: dir });
    expect(await readdir(dir)).toEqual(['trainplan.json']);
  });

  it('runs updates one at a time, in order', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    const names = Array.from({ length: 20 }, (_, i) => `f${i}.json`);
    await Promise.all(
      names.map((name) =>
        store.update((data) => {
          data.frameworks.push(importedEntry(name) as never);
        }),
      ),
    );
    const onDisk = JSON.parse(await readFile(join(dir, 'trainplan.json'), 'utf8')) as {
      frameworks: { fileName: string }[];
    };
    expect(onDisk.frameworks.map((f) => f.fileName)).toEqual(names);
  });

  it('refuses a change that would make the records invalid, and keeps the old ones', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await expect(
      store.update((data) => {
        data.frameworks.push({ fileName: 'bad.json' } as never);
      }),
    ).rejects.toThrow();
    expect(store.read().frameworks).toEqual([]);
  });

  it('keeps the previous file and state when a write fails halfway', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update((data) => {
      data.frameworks.push(importedEntry('kept.json') as never);
    });
    const before = await readFile(join(dir, 'trainplan.json'), 'utf8');

    const failingFs: WriteFs = {
      ...realFs,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await realFs.open(path, flags, mode);
        if (flags !== 'w') return handle;
        return new Proxy(handle, {
          get(target, prop, receiver) {
            if (prop === 'sync') return () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
            const value: unknown = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
      }) as WriteFs['open'],
    };
    const failing = await openStore({ dataDir: dir, fs: failingFs });
    await expect(
      failing.update((data) => {
        data.frameworks = [];
      }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(failing.read().frameworks).toHaveLength(1);
    expect(await readFile(join(dir, 'trainplan.json'), 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['trainplan.json']);
  });

  it('opens a file from an older version through the migrations, keeping a copy of the original', async () => {
    const dir = await tempDir();
    const file = join(dir, 'trainplan.json');
    const v1 = JSON.stringify({ schemaVersion: 1, frameworks: [importedEntry('old.json')] });
    await writeFile(file, v1);
    const store = await openStore({ dataDir: dir });
    expect(store.read()).toMatchObject({ schemaVersion: 2, trainees: [], plans: [], events: [] });
    expect(store.read().frameworks[0]?.fileName).toBe('old.json');
    expect(await readFile(`${file}.before-v2`, 'utf8')).toBe(v1);
  });

  describe('a data file it cannot use is never overwritten', () => {
    const bad: [string, string, DataFileError['problem'], RegExp][] = [
      ['empty', '', 'empty', /the file is empty/],
      ['garbage', 'not json at all \u0000\u0001', 'not_json', /not valid JSON/],
      ['truncated', '{"schemaVersion":1,"frameworks":[', 'not_json', /not valid JSON/],
      ['a list', '[]', 'invalid', /does not hold Trainplan records/],
      ['no version', '{"frameworks":[]}', 'invalid', /no valid schemaVersion/],
      ['damaged records', '{"schemaVersion":1,"frameworks":[{"fileName":3}]}', 'invalid', /records are damaged/],
      ['from the future', '{"schemaVersion":99,"frameworks":[]}', 'newer_version', /newer version of Trainplan/],
    ];
    it.each(bad)('%s', async (_name, content, problem, message) => {
      const dir = await tempDir();
      const file = join(dir, 'trainplan.json');
      await writeFile(file, content);
      const error = await openStore({ dataDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFileError);
      expect(error).toMatchObject({ problem, file });
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(file);
      expect(await readFile(file, 'utf8')).toBe(content);
    });
  });
});
