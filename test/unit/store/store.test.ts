import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/main/store/dataFileError';
import { realFs, type WriteFs } from '../../../src/main/store/durableWrite';
import { openStore, type Store } from '../../../src/main/store/store';
import { recordsState } from '../support/folderState';
import { closeAfterTest, useTempDirs } from '../support/tempDir';
import { traineeDoc as doc } from '../../fixtures/traineeDocs';

const tempDir = useTempDirs();

async function open(dataDir: string, options: Partial<Parameters<typeof openStore>[0]> = {}): Promise<Store> {
  const store = await openStore({ dataDir, ...options });
  closeAfterTest(store);
  return store;
}

async function add(store: Store, id: string, name?: string): Promise<void> {
  await store.update((tx) => tx.addTrainee(doc(id, name)));
}

async function rename(store: Store, id: string, fullName: string): Promise<void> {
  await store.update(async (tx) => {
    const d = await tx.trainee(id);
    if (d) d.trainee.fullName = fullName;
  });
}

async function recordsFolder(dir: string): Promise<string> {
  const name = (await readdir(dir)).find((n) => /^records-[A-Za-z0-9-]+$/.test(n));
  if (!name) throw new Error('no records folder');
  return join(dir, name);
}

/** A disk whose appends can be told to fail after writing half of what they were given. */
function faultyDisk() {
  let failure: string | null = null;
  let syncs = 0;
  const fs: WriteFs = {
    ...realFs,
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await realFs.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'write' && failure !== null && flags.endsWith('+')) {
            const code = failure;
            return async (buffer: Buffer, offset: number, length: number, position: number) => {
              await target.write(buffer, offset, Math.floor(length / 2), position);
              throw Object.assign(new Error(`${code}: injected`), { code });
            };
          }
          if (prop === 'datasync') syncs += 1;
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as WriteFs['open'],
  };
  return { fs, failWith: (code: string | null) => (failure = code), syncs: () => syncs };
}

describe('the records store', () => {
  it('starts empty in a new folder, with a manifest naming its records folder', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    expect([...store.entries()]).toEqual([]);
    const manifest = JSON.parse(await readFile(join(dir, 'trainplan.json'), 'utf8')) as { schemaVersion: number };
    expect(manifest.schemaVersion).toBe(3);
    expect((await readdir(await recordsFolder(dir))).sort()).toEqual([
      'history',
      'index.json',
      'journal-000000.jsonl',
      'trainees',
    ]);
  });

  it('keeps changes across a reopen, before and after a checkpoint', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await add(store, 'a', 'Ann');
    await add(store, 'b', 'Bob');
    await rename(store, 'a', 'Anna');
    await store.close();
    const reopened = await open(dir);
    expect([...reopened.entries()].map((e) => e.fullName)).toEqual(['Anna', 'Bob']);
    expect((await reopened.doc('a'))?.trainee.fullName).toBe('Anna');
    await reopened.checkpoint();
    const folder = await recordsFolder(dir);
    expect((await readdir(join(folder, 'trainees'))).sort()).toEqual(['a.json', 'b.json']);
    await rename(reopened, 'b', 'Bobby');
    await reopened.close();
    const third = await open(dir);
    expect([...third.entries()].map((e) => e.fullName)).toEqual(['Anna', 'Bobby']);
    expect((await third.doc('b'))?.trainee.fullName).toBe('Bobby');
  });

  it('flushes changes that arrive together in one append', async () => {
    const dir = await tempDir();
    const disk = faultyDisk();
    const store = await open(dir, { fs: disk.fs });
    await add(store, 'first');
    const before = disk.syncs();
    await Promise.all(Array.from({ length: 20 }, (_, i) => add(store, `t${String(i)}`)));
    expect(disk.syncs() - before).toBeLessThan(5);
    expect([...store.entries()]).toHaveLength(21);
  });

  it('refuses a change that would make the records invalid, and keeps the old ones', async () => {
    const store = await open(await tempDir());
    await add(store, 'a');
    await expect(rename(store, 'a', '')).rejects.toThrow();
    expect((await store.doc('a'))?.trainee.fullName).toBe('Trainee a');
  });

  it('keeps the records as they were when an append fails halfway, and carries on once the disk is fine', async () => {
    const dir = await tempDir();
    const disk = faultyDisk();
    const store = await open(dir, { fs: disk.fs });
    await add(store, 'a', 'Ann');
    const before = await recordsState(dir);
    disk.failWith('ENOSPC');
    await expect(rename(store, 'a', 'Anna')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await recordsState(dir)).toEqual(before);
    expect((await store.doc('a'))?.trainee.fullName).toBe('Ann');
    disk.failWith(null);
    await rename(store, 'a', 'Annie');
    await store.close();
    expect((await (await open(dir)).doc('a'))?.trainee.fullName).toBe('Annie');
  });

  it('drops a torn last line of the journal (a crash mid-append), keeping its bytes aside', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await add(store, 'a', 'Ann');
    await store.close();
    const folder = await recordsFolder(dir);
    const journal = join(folder, 'journal-000000.jsonl');
    await appendFile(journal, '{"crc":"0000');
    const reopened = await open(dir);
    expect([...reopened.entries()].map((e) => e.fullName)).toEqual(['Ann']);
    const torn = (await readdir(folder)).filter((n) => n.includes('.torn-'));
    expect(torn).toHaveLength(1);
    expect(await readFile(join(folder, torn[0] ?? ''), 'utf8')).toBe('{"crc":"0000');
    await add(reopened, 'b');
    await reopened.close();
    expect([...(await open(dir)).entries()]).toHaveLength(2);
  });

  it('refuses a journal damaged before its end, changing nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await add(store, 'a');
    await add(store, 'b');
    await store.close();
    const journal = join(await recordsFolder(dir), 'journal-000000.jsonl');
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('"Trainee a"', '"Trainee A"'));
    const before = await recordsState(dir);
    const error = await open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(/journal-000000\.jsonl.*one of its changes is damaged/);
    expect(await recordsState(dir)).toEqual(before);
  });

  it('opens records written by a newer Trainplan for nothing, and leaves them alone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'trainplan.json'), '{"schemaVersion":4,"records":"records-x"}');
    const error = await open(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'newer_version' });
    expect((error as Error).message).toMatch(/data format 4; this version reads up to 3/);
    expect(await readdir(dir)).toEqual(['trainplan.json']);
  });

  it('refuses a data file that is not UTF-8 instead of reading it with replacement characters', async () => {
    const dir = await tempDir();
    const bytes = Buffer.from('{"schemaVersion":2,"settings":{"organisationName":"Soci\xe9t\xe9"}}', 'latin1');
    await writeFile(join(dir, 'trainplan.json'), bytes);
    const error = await open(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'not_utf8' });
    expect((await readFile(join(dir, 'trainplan.json'))).equals(bytes)).toBe(true);
  });

  it('refuses to write from a read-only store, saying who holds the folder and what to do', async () => {
    const dir = await tempDir();
    await (await open(dir)).close();
    const holder = { pid: 4242, host: 'pc-2', since: '2026-12-08T07:00:00Z', heartbeatAt: '2026-12-08T07:00:00Z' };
    const held = await open(dir, { readOnlyBecause: { kind: 'held', holder } });
    await expect(add(held, 'a')).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(
        /^Not saved: Trainplan on pc-2 \(process 4242\) has been using this data folder since .+\. This window can only show records\. Close Trainplan there, then restart this one to make changes\.$/,
      ) as string,
    });
    await held.close();
    // A full disk has no other app to close: the words say what to do instead.
    const full = await open(dir, { readOnlyBecause: { kind: 'disk', full: true } });
    await expect(add(full, 'a')).rejects.toMatchObject({
      code: 'read_only',
      message:
        'Not saved: the disk holding the data folder is full, so nothing can be saved. Free some space, then restart Trainplan.',
    });
    expect(full.readOnly).toEqual({ kind: 'disk', full: true });
  });
});

describe('a read-only store over records it must build first', () => {
  it('builds them outside the data folder and removes that scratch folder on closing', async () => {
    const dataDir = await tempDir();
    const store = await openStore({ dataDir, readOnlyBecause: { kind: 'starting' } });
    const scratch = await store.withStableFiles((view) => Promise.resolve(join(view.paths.dir, '..')));
    expect(scratch.startsWith(dataDir)).toBe(false);
    expect((await readdir(scratch)).length).toBeGreaterThan(0);
    expect(await readdir(dataDir)).toEqual([]);
    await store.close();
    await expect(readdir(scratch)).rejects.toThrow(/ENOENT/);
  });
});
