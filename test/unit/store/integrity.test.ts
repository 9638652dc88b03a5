import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import { DataFileError } from '../../../src/main/store/dataFileError';
import type { Snapshot } from '../../../src/main/store/records/recordsSchema';
import { openStore, type Store } from '../../../src/main/store/store';
import { recordsState } from '../support/folderState';
import { closeAfterTest, useTempDirs } from '../support/tempDir';
import { traineeDoc as doc } from '../../fixtures/traineeDocs';

const tempDir = useTempDirs();
const AT = '2026-11-01T08:00:00.000Z';

function event(traineeId: string, n: number): HistoryEvent {
  return {
    id: `${traineeId}-e${String(n)}`,
    at: AT,
    actor: `Trainer ${String(n)}`,
    kind: 'trainee.edited',
    traineeId,
    planId: null,
    frameworkTitle: null,
    statementId: null,
    statementText: null,
    before: { team: `Line ${String(n)}` },
    after: { team: `Line ${String(n + 1)}` },
  };
}

async function open(dataDir: string): Promise<Store> {
  const store = await openStore({ dataDir });
  closeAfterTest(store);
  return store;
}

async function recordsFolder(dir: string): Promise<string> {
  const name = (await readdir(dir)).find((n) => /^records-[A-Za-z0-9-]+$/.test(n));
  if (!name) throw new Error('no records folder');
  return join(dir, name);
}

/** A trainee with five history events, checkpointed into their files; the store is closed. */
async function traineeWithHistory(dir: string, events = 5): Promise<void> {
  const store = await open(dir);
  await store.update((tx) => tx.addTrainee(doc('a', 'Ann')));
  await store.update((tx) => tx.addTrainee(doc('b', 'Bob')));
  for (let n = 1; n <= events; n += 1) await addEvent(store, n);
  await store.checkpoint();
  await store.close();
}

/** A change to trainee a that records event `n`, as services record each change. */
async function addEvent(store: Store, n: number): Promise<void> {
  await store.update(async (tx) => {
    const d = await tx.trainee('a');
    if (d) d.trainee.team = `Line ${String(n + 1)}`;
    tx.addEvent(event('a', n));
  });
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected a failure');
  return error;
}

describe('damage is never dropped in silence (issue 17, item 3)', () => {
  it('refuses a history with one flipped byte in a middle line, instead of showing 4 of 5 events', async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const file = join(await recordsFolder(dir), 'history', 'a.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Trainer 3', 'Trainer 8'));
    const before = await recordsState(dir);
    const store = await open(dir);
    const error = await failure(store.history('a'));
    expect(error.message).toMatch(/history.*damaged/);
    expect(error.message).toMatch(/Restore a backup/);
    expect(await recordsState(dir)).toEqual(before);
  });

  it('notices a history line deleted from the middle', async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const file = join(await recordsFolder(dir), 'history', 'a.jsonl');
    const all = await lines(file);
    await writeFile(file, `${[...all.slice(0, 2), ...all.slice(3)].join('\n')}\n`);
    const store = await open(dir);
    expect((await failure(store.history('a'))).message).toMatch(/missing|damaged/);
  });

  it('still reads a history written before lines were chained, and chains what it adds', async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir, 3);
    const file = join(await recordsFolder(dir), 'history', 'a.jsonl');
    // Lines as Trainplan wrote them before: no link to the line before.
    const old = (await lines(file)).map((line) => line.replace(/,"prevCrc":"[0-9a-f]{8}"\}\}$/, '}}'));
    const { crc32 } = await import('node:zlib');
    const rewritten = old.map((line) => {
      const rec = line.slice('{"crc":"00000000","rec":'.length, -1);
      return `{"crc":"${crc32(Buffer.from(rec)).toString(16).padStart(8, '0')}","rec":${rec}}`;
    });
    await writeFile(file, `${rewritten.join('\n')}\n`);
    const store = await open(dir);
    expect((await store.history('a')).map((e) => e.id)).toEqual(['a-e1', 'a-e2', 'a-e3']);
    await addEvent(store, 4);
    await store.checkpoint();
    await store.close();
    const after = await lines(file);
    expect(after).toHaveLength(4);
    expect(after[3]).toMatch(/"prevCrc":"[0-9a-f]{8}"/);
    expect((await (await open(dir)).history('a')).map((e) => e.id)).toEqual(['a-e1', 'a-e2', 'a-e3', 'a-e4']);
  });

  it('refuses a journal whose last complete line has one flipped bit, keeping every byte', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.update((tx) => tx.addTrainee(doc('a', 'Ann')));
    await store.update((tx) => tx.addTrainee(doc('b', 'Bob')));
    await store.close();
    const folder = await recordsFolder(dir);
    const journal = join(folder, 'journal-000000.jsonl');
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('"Bob"', '"Bnb"'));
    const before = await recordsState(dir);
    const error = await failure(open(dir));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toMatch(/journal-000000\.jsonl.*damaged/);
    expect(await recordsState(dir)).toEqual(before);
  });

  it('notices a deleted first journal line after a checkpoint, and a deleted middle one', async () => {
    for (const drop of [0, 1]) {
      const dir = await tempDir();
      const store = await open(dir);
      await store.update((tx) => tx.addTrainee(doc('a', 'Ann')));
      await store.checkpoint();
      for (const id of ['b', 'c', 'd']) await store.update((tx) => tx.addTrainee(doc(id)));
      await store.close();
      const folder = await recordsFolder(dir);
      const name =
        (await readdir(folder))
          .filter((n) => n.startsWith('journal-'))
          .sort()
          .at(-1) ?? '';
      const all = await lines(join(folder, name));
      expect(all).toHaveLength(3);
      await writeFile(join(folder, name), `${all.filter((_, i) => i !== drop).join('\n')}\n`);
      const before = await recordsState(dir);
      const error = await failure(open(dir));
      expect(error).toBeInstanceOf(DataFileError);
      expect(error.message).toMatch(/missing/);
      expect(await recordsState(dir)).toEqual(before);
    }
  });

  it("refuses a trainee's file replaced by another trainee's file instead of showing it under the wrong id", async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const trainees = join(await recordsFolder(dir), 'trainees');
    await writeFile(join(trainees, 'a.json'), await readFile(join(trainees, 'b.json')));
    const store = await open(dir);
    const error = await failure(store.doc('a'));
    expect(error.message).toMatch(/belongs to another trainee/);
  });

  it('sets aside only a torn tail of the journal, and says so', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.update((tx) => tx.addTrainee(doc('a', 'Ann')));
    await store.close();
    await appendFile(join(await recordsFolder(dir), 'journal-000000.jsonl'), '{"crc":"12345678","rec":{"se');
    const reopened = await open(dir);
    expect([...reopened.entries()].map((e) => e.fullName)).toEqual(['Ann']);
    expect(reopened.setAside).toHaveLength(1);
    expect(reopened.setAside[0]).toMatch(/journal-000000\.jsonl\.torn-\d+/);
  });
});

describe('a torn history tail is set aside, and the user told', () => {
  it('sets aside an incomplete last line at the next checkpoint; its events come again from the journal', async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const folder = await recordsFolder(dir);
    const file = join(folder, 'history', 'a.jsonl');
    await appendFile(file, '{"crc":"0badf00d","rec":{"prevC');
    const store = await open(dir);
    expect((await store.history('a')).map((e) => e.id)).toHaveLength(5);
    await addEvent(store, 6);
    await store.checkpoint();
    expect(store.setAside.join('\n')).toMatch(/history.*set aside as .*a\.jsonl\.torn-\d+/);
    await store.close();
    const torn = (await readdir(join(folder, 'history'))).filter((n) => n.includes('.torn-'));
    expect(torn).toHaveLength(1);
    expect(await readFile(join(folder, 'history', torn[0] ?? ''), 'utf8')).toBe('{"crc":"0badf00d","rec":{"prevC');
    const reopened = await open(dir);
    expect((await reopened.history('a')).map((e) => e.id)).toEqual(['a-e1', 'a-e2', 'a-e3', 'a-e4', 'a-e5', 'a-e6']);
    expect(reopened.setAside).toEqual([]);
  });
});

describe('every document carries a checksum (issue 17, item 11)', () => {
  it('refuses an index.json whose bytes changed but still read as JSON', async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const index = join(await recordsFolder(dir), 'index.json');
    const text = await readFile(index, 'utf8');
    expect(text).toMatch(/^\{"crc":"[0-9a-f]{8}",/);
    await writeFile(index, text.replace('"Bob"', '"Rob"'));
    const before = await recordsState(dir);
    const error = await failure(open(dir));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toMatch(/index\.json.*checksum/);
    expect(await recordsState(dir)).toEqual(before);
  });

  it("refuses a trainee's file whose bytes changed but still read as JSON", async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const file = join(await recordsFolder(dir), 'trainees', 'b.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Leeds', 'Leads'));
    const store = await open(dir);
    expect((await failure(store.doc('b'))).message).toMatch(/checksum/);
  });

  it('opens documents written without checksums, and gives them one at the next checkpoint', async () => {
    const dir = await tempDir();
    await traineeWithHistory(dir);
    const folder = await recordsFolder(dir);
    for (const file of [join(folder, 'index.json'), join(folder, 'trainees', 'a.json')]) {
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^\{"crc":"[0-9a-f]{8}",/, '{'));
    }
    // An index.json from before checksums knew neither the change number nor the trainee files' checksums.
    const index = join(folder, 'index.json');
    const older = JSON.parse(await readFile(index, 'utf8')) as Snapshot;
    delete older.seq;
    delete older.docsChecksummed;
    await writeFile(index, JSON.stringify(older));
    const store = await open(dir);
    expect((await store.doc('a'))?.trainee.fullName).toBe('Ann');
    await store.update(async (tx) => {
      const d = await tx.trainee('a');
      if (d) d.trainee.fullName = 'Annie';
    });
    await store.checkpoint();
    await store.close();
    for (const file of [join(folder, 'index.json'), join(folder, 'trainees', 'a.json')]) {
      expect(await readFile(file, 'utf8')).toMatch(/^\{"crc":"[0-9a-f]{8}",/);
    }
    expect((await (await open(dir)).doc('a'))?.trainee.fullName).toBe('Annie');
  });
});
