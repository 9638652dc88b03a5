/** Edits by hand that once read as a shorter history or an older file: each is now refused, naming the trainee. */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import { DataFileError } from '../../../src/main/store/dataFileError';
import { writeBundle } from '../../../src/main/store/records/bundleWriter';
import { documentText } from '../../../src/main/store/records/checksummedDocument';
import { decodeLines } from '../../../src/main/store/records/checksummedLines';
import { journalRecordSchema, type TraineeDoc } from '../../../src/main/store/records/recordsSchema';
import { openStore, type Store } from '../../../src/main/store/store';
import { recordsState } from '../support/folderState';
import { closeAfterTest, useTempDirs } from '../support/tempDir';
import { traineeDoc as doc } from '../../fixtures/traineeDocs';

const tempDir = useTempDirs();
const AT = '2026-11-01T08:00:00.000Z';

function event(n: number): HistoryEvent {
  return {
    id: `a-e${String(n)}`,
    at: AT,
    actor: 'Maria',
    kind: 'trainee.edited',
    traineeId: 'a',
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

async function addEvent(store: Store, n: number): Promise<void> {
  await store.update(async (tx) => {
    const d = await tx.trainee('a');
    if (d) d.trainee.team = `Line ${String(n + 1)}`;
    tx.addEvent(event(n));
  });
}

/** Ann with five events and Bob with none, checkpointed into their files; returns the records folder. */
async function annWithHistory(dir: string): Promise<string> {
  const store = await open(dir);
  await store.update((tx) => tx.addTrainee(doc('a', 'Ann Lee')));
  await store.update((tx) => tx.addTrainee(doc('b', 'Bob Hart')));
  for (let n = 1; n <= 5; n += 1) await addEvent(store, n);
  await store.checkpoint();
  await store.close();
  const name = (await readdir(dir)).find((n) => /^records-[A-Za-z0-9-]+$/.test(n)) ?? '';
  return join(dir, name);
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected a failure');
  return error;
}

const CUTS: [string, (file: string) => Promise<void>][] = [
  [
    'its last two lines deleted',
    async (file) => {
      const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
      await writeFile(file, `${lines.slice(0, 3).join('\n')}\n`);
    },
  ],
  ['emptied', (file) => writeFile(file, '')],
  ['deleted', (file) => rm(file)],
];

describe('a history that lost its newest lines is noticed, not shown as fewer events (issue 17, item 3)', () => {
  it.each(CUTS)('refuses a history file with %s, naming the trainee', async (_how, cut) => {
    const folder = await annWithHistory(await tempDir());
    await cut(join(folder, 'history', 'a.jsonl'));
    const dir = join(folder, '..');
    const before = await recordsState(dir);
    const store = await open(dir);
    // One read at a time: a second read started early would fail with nobody waiting for it yet.
    for (const read of [() => store.history('a'), () => store.historyView('a')]) {
      const message = (await failure(read())).message;
      expect(message).toMatch(/Ann Lee’s history has lost its newest events/);
      expect(message).toMatch(/Restore a backup from Settings/);
    }
    // Bob, who has no history, still reads; nothing on disk was changed.
    expect(await store.history('b')).toEqual([]);
    expect(await recordsState(dir)).toEqual(before);
  });

  it('leaves the cut trainee out of a backup, named, instead of backing up fewer events', async () => {
    const folder = await annWithHistory(await tempDir());
    await rm(join(folder, 'history', 'a.jsonl'));
    const store = await open(join(folder, '..'));
    const contents = await store.withStableFiles((view) => writeBundle(view, new Date(AT), () => Promise.resolve()));
    expect(contents.trainees).toBe(1);
    expect(contents.leftOut.map((t) => [t.fullName, t.problem])).toEqual([
      ['Ann Lee', expect.stringMatching(/history has lost its newest events/) as string],
    ]);
  });

  it('reads a history whose newest events are still only in the journal after a crash mid-checkpoint', async () => {
    const folder = await annWithHistory(await tempDir());
    const dir = join(folder, '..');
    const store = await open(dir);
    await addEvent(store, 6);
    await store.close();
    // A checkpoint writes the documents first: the crash came before it appended Ann's sixth event.
    const journal = (await readdir(folder)).filter((n) => n.startsWith('journal-')).sort();
    const records = decodeLines(await readFile(join(folder, journal.at(-1) ?? ''), 'utf8')).records;
    const written = records.map((r) => journalRecordSchema.parse(r)).flatMap((r) => r.docs ?? []);
    const annNow = written.find((d) => d.id === 'a')?.doc;
    if (!annNow) throw new Error('the journal holds no document of Ann');
    await writeFile(join(folder, 'trainees', 'a.json'), documentText(annNow));

    const reopened = await open(dir);
    const ids = ['a-e1', 'a-e2', 'a-e3', 'a-e4', 'a-e5', 'a-e6'];
    expect((await reopened.history('a')).map((e) => e.id)).toEqual(ids);
    await reopened.checkpoint();
    expect((await reopened.history('a')).map((e) => e.id)).toEqual(ids);
    await reopened.close();
    expect((await (await open(dir)).history('a')).map((e) => e.id)).toEqual(ids);
  });

  it('still reads histories of trainee files written before they named their last event', async () => {
    const folder = await annWithHistory(await tempDir());
    const file = join(folder, 'trainees', 'a.json');
    const old = JSON.parse((await readFile(file, 'utf8')).replace(/^\{"crc":"[0-9a-f]{8}",/, '{')) as TraineeDoc;
    expect(old.lastEventId).toBe('a-e5');
    delete old.lastEventId;
    await writeFile(file, documentText(old));
    expect(await (await open(join(folder, '..'))).history('a')).toHaveLength(5);
  });
});

describe('a checksum removed by hand is noticed (issue 17, item 3)', () => {
  it("refuses a trainee's file whose checksum was removed, naming them", async () => {
    const folder = await annWithHistory(await tempDir());
    const file = join(folder, 'trainees', 'a.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^\{"crc":"[0-9a-f]{8}",/, '{'));
    const store = await open(join(folder, '..'));
    const message = (await failure(store.doc('a'))).message;
    expect(message).toMatch(/Ann Lee’s file has no checksum, though Trainplan saved it with one/);
    expect(message).toMatch(/Restore a backup from Settings/);
  });

  it('leaves a trainee whose checksum was removed out of a backup, named', async () => {
    const folder = await annWithHistory(await tempDir());
    const file = join(folder, 'trainees', 'a.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^\{"crc":"[0-9a-f]{8}",/, '{'));
    const store = await open(join(folder, '..'));
    const contents = await store.withStableFiles((view) => writeBundle(view, new Date(AT), () => Promise.resolve()));
    expect(contents.leftOut.map((t) => [t.fullName, t.problem])).toEqual([
      ['Ann Lee', expect.stringMatching(/no checksum, though Trainplan saved it with one/) as string],
    ]);
  });

  it('refuses an index.json whose checksum was removed', async () => {
    const folder = await annWithHistory(await tempDir());
    const index = join(folder, 'index.json');
    await writeFile(index, (await readFile(index, 'utf8')).replace(/^\{"crc":"[0-9a-f]{8}",/, '{'));
    const error = await failure(open(join(folder, '..')));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toMatch(/index\.json: it has no checksum/);
  });
});
