import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/main/history/appendEvent';
import { realFs, type WriteFs } from '../../../src/main/store/durableWrite';
import { documentText, documentTextInSlices } from '../../../src/main/store/records/checksummedDocument';
import {
  decodeLine,
  decodeLines,
  encodeLine,
  encodeLineInSlices,
} from '../../../src/main/store/records/checksummedLines';
import type { TraineeDoc } from '../../../src/main/store/records/recordsSchema';
import { openStore, type Store } from '../../../src/main/store/store';
import { closeAfterTest, useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const PEOPLE = 20_000;
const AT = '2026-11-01T08:00:00.000Z';

function doc(id: string): TraineeDoc {
  const trainee = {
    id,
    fullName: `Person ${id}`,
    employeeId: `B-${id}`,
    team: 'Line 1',
    site: 'Leeds',
    trainer: 'Maria',
    startDate: '2026-03-01',
    notes: '',
    archived: false,
    createdAt: AT,
    updatedAt: AT,
  };
  return { trainee, plans: [], lastActivity: AT };
}

/** A disk that notes how many reads had been answered when the journal was next written to after `watch()`. */
function watchedDisk(readsSoFar: () => number) {
  let watching = false;
  let noted: number | null = null;
  const fs: WriteFs = {
    ...realFs,
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await realFs.open(path, flags, mode);
      if (!path.includes('journal-')) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          const value: unknown = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function') return value;
          const method = (value as (...a: unknown[]) => unknown).bind(target);
          if (prop !== 'write') return method;
          return (...args: unknown[]) => {
            if (watching) noted ??= readsSoFar();
            return method(...args);
          };
        },
      });
    }) as WriteFs['open'],
  };
  return { fs, watch: () => (watching = true), readsBeforeJournalWrite: () => noted };
}

async function journalRecords(dataDir: string): Promise<unknown[]> {
  const records = join(dataDir, (await readdir(dataDir)).find((f) => f.startsWith('records-')) ?? '');
  const journal = (await readdir(records)).find((f) => f.startsWith('journal-')) ?? '';
  return decodeLines(await readFile(join(records, journal), 'utf8')).records;
}

describe('a change of 20,000 trainees', () => {
  it('lets reads be answered while it is committed, each seeing all of it or none, and stays one journal record', async () => {
    const dataDir = await tempDir();
    const seen: number[] = [];
    const disk = watchedDisk(() => seen.length);
    const store: Store = await openStore({ dataDir, fs: disk.fs, checkpointBytes: 1024 * 1024 * 1024 });
    closeAfterTest(store);
    await store.update((tx) => tx.addTrainee(doc('before')));
    disk.watch();

    // Set by the change and by its promise: an object, so the loop below reads them afresh each turn.
    const step = { made: false, committed: false };
    let n = 0;
    const ctx = { now: () => new Date(AT), newId: () => `e-${String((n += 1))}` };
    const commit = store
      .update((tx) => {
        for (let i = 0; i < PEOPLE; i += 1) {
          tx.addTrainee(doc(`p${String(i)}`));
          appendEvent(tx, ctx, { kind: 'trainee.created', traineeId: `p${String(i)}`, after: { fullName: 'x' } });
        }
        step.made = true;
      })
      .then(() => (step.committed = true));
    // A change asked for meanwhile waits for the import and builds on it.
    const later = store.update(async (tx) => (await tx.trainee('p0'))?.trainee.fullName);

    // A read every turn of the event loop from the moment the change is made until it is saved.
    const committed = (): boolean => step.committed;
    while (!committed()) {
      await nextTurn();
      if (step.made && !committed()) {
        const listed = [...store.entries()].length;
        const one = store.entry(`p${String(PEOPLE - 1)}`) === undefined ? 1 : PEOPLE + 1;
        seen.push(listed === one ? listed : -1);
      }
    }
    await commit;

    // Reads were answered before the record reached the disk: checking and encoding it did not hold the thread.
    expect(disk.readsBeforeJournalWrite()).toBeGreaterThan(0);
    // Every read saw the records before the import or after it, never a part.
    expect(seen.filter((count) => count !== 1 && count !== PEOPLE + 1)).toEqual([]);
    expect(await later).toBe('Person p0');
    expect([...store.entries()]).toHaveLength(PEOPLE + 1);

    // Still one journal record for the whole import, and it reads back whole.
    const records = await journalRecords(dataDir);
    expect(records).toHaveLength(2);
    await store.close();
    const reopened = await openStore({ dataDir });
    closeAfterTest(reopened);
    expect([...reopened.entries()]).toHaveLength(PEOPLE + 1);
    expect((await reopened.history(`p${String(PEOPLE - 1)}`)).map((e) => e.kind)).toEqual(['trainee.created']);
  }, 120_000);
});

describe('a big record encoded a slice at a time', () => {
  it('is never one string the size of the record: the bytes come in pieces of at most a slice of documents', async () => {
    const docs = Array.from({ length: 2000 }, (_, i) => ({ id: `p${String(i)}`, doc: doc(`p${String(i)}`) }));
    const record = { seq: 1, docs };
    const oneDocBytes = Buffer.byteLength(JSON.stringify(docs[0]));
    const line = await encodeLineInSlices(record);
    const whole = line.reduce((sum, piece) => sum + piece.length, 0);
    // Turning one 15 MB string into bytes holds the thread for a tenth of a second; a slice takes a millisecond.
    expect(Math.max(...line.map((piece) => piece.length))).toBeLessThan(300 * (oneDocBytes + 10));
    expect(whole).toBe(Buffer.byteLength(encodeLine(record)));
    const index = await documentTextInSlices({ schemaVersion: 3, trainees: docs.map((d) => d.doc.trainee) });
    expect(Math.max(...index.map((piece) => piece.length))).toBeLessThan(300 * (oneDocBytes + 10));
  });

  it('is byte for byte the line and the document written in one go', async () => {
    const docs = Array.from({ length: 1234 }, (_, i) => ({
      id: `p${String(i)}`,
      doc: { ...doc(`p${String(i)}`), note: i % 7 === 0 ? 'Łukasz Żółć “quoted” \u2028 😀' : undefined },
    }));
    const record = { seq: 7, docs, events: [], skipped: undefined, settings: { trainerName: 'Σοφία' } };
    const text = async (pieces: Promise<Buffer[]>) => Buffer.concat(await pieces).toString('utf8');
    expect(await text(encodeLineInSlices(record))).toBe(encodeLine(record));
    expect(decodeLine((await text(encodeLineInSlices(record))).trimEnd())).toEqual(JSON.parse(JSON.stringify(record)));
    const index = { schemaVersion: 3, trainees: docs.map((d) => d.doc.trainee), frameworks: [] };
    expect(await text(documentTextInSlices(index))).toBe(documentText(index));
  });
});
