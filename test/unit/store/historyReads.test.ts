import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistoryQuery } from '../../../src/main/history/historyQuery';
import { decodeLines, encodeLine } from '../../../src/main/store/records/checksummedLines';
import { CHAIN_START, encodeHistoryLines } from '../../../src/main/store/records/historyLines';
import { linesBackward, linesForward } from '../../../src/main/store/records/lineReader';
import { openStore, type Store } from '../../../src/main/store/store';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import { closeAfterTest, useTempDirs } from '../support/tempDir';
import { traineeDoc as doc } from '../../fixtures/traineeDocs';

const tempDir = useTempDirs();
const AT = '2026-11-01T08:00:00.000Z';

afterEach(() => {
  vi.restoreAllMocks();
});

function event(n: number): HistoryEvent {
  return {
    id: `e${String(n).padStart(7, '0')}`,
    at: AT,
    actor: 'Maria Keane — Łódź',
    kind: n % 2 === 0 ? 'trainee.edited' : 'statement.checked',
    traineeId: 'a',
    planId: n % 2 === 0 ? null : `plan-${String(n % 3)}`,
    frameworkTitle: n % 2 === 0 ? null : `Framework ${String(n % 3)}`,
    statementId: null,
    statementText: null,
    before: null,
    after: { note: `Seen ${String(n)}` },
  };
}

async function open(dataDir: string): Promise<Store> {
  const store = await openStore({ dataDir });
  closeAfterTest(store);
  return store;
}

/** A data folder whose trainee `a` has `count` events written straight into their history file. */
async function bigHistory(count: number): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const store = await open(dir);
  await store.update((tx) => tx.addTrainee(doc('a')));
  await store.checkpoint();
  await store.close();
  const records = (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '';
  const file = join(dir, records, 'history', 'a.jsonl');
  const events = Array.from({ length: count }, (_, i) => event(i + 1));
  await writeFile(file, encodeHistoryLines(events, CHAIN_START).text);
  return { dir, file };
}

describe('history reads cost what they read (issue 17, item 4)', () => {
  it('counts bytes line by line: Buffer.byteLength never sees more than the text once', () => {
    const text = Array.from({ length: 2000 }, (_, i) => encodeLine({ seq: i + 1, note: 'ü'.repeat(20) })).join('');
    const spy = vi.spyOn(Buffer, 'byteLength');
    const decoded = decodeLines(text);
    const measured = spy.mock.calls.reduce(
      (sum, [value]) => sum + (typeof value === 'string' ? value.length : Number.POSITIVE_INFINITY),
      0,
    );
    expect(decoded.records).toHaveLength(2000);
    expect(decoded.goodBytes).toBe(Buffer.byteLength(text));
    expect(measured).toBeLessThanOrEqual(text.length * 2);
  });

  it('reads lines forward and backward across chunk boundaries, long lines and multi-byte characters alike', async () => {
    const dir = await tempDir();
    const file = join(dir, 'lines.txt');
    const lines = ['short', 'ż'.repeat(700_000), 'x'.repeat(2_500_000), '', 'Дмитрий', 'end'];
    await writeFile(file, `${lines.join('\n')}\n`);
    const size = (await stat(file)).size;
    const forward: string[] = [];
    for await (const line of linesForward(file, 0, size)) forward.push(line.text ?? '<bad>');
    expect(forward).toEqual(lines);
    const backward: string[] = [];
    for await (const line of linesBackward(file, size)) backward.push(line.text ?? '<bad>');
    expect(backward).toEqual([...lines].reverse());
  });

  it('reads the newest page from the end of the history, not the whole file again', async () => {
    const { dir, file } = await bigHistory(6000);
    const store = await open(dir);
    const query = createHistoryQuery(store);
    const first = await query.page({ traineeId: 'a', limit: 50 });
    expect(first.total).toBe(6000);
    expect(first.events[0]?.id).toBe('e0006000');
    // The oldest lines are overwritten after the first read: a page of the newest events never reads them.
    const bytes = await readFile(file);
    bytes.fill(0x78, 0, 100_000);
    await writeFile(file, bytes);
    const again = await query.page({ traineeId: 'a', limit: 50 });
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(again.total).toBe(6000);
  });

  it('keeps the tally of a large history beside it, so a restart does not read it all again', async () => {
    const { dir, file } = await bigHistory(12_000);
    expect((await stat(file)).size).toBeGreaterThan(1 << 20);
    const first = await createHistoryQuery(await open(dir)).page({ traineeId: 'a', limit: 10, kinds: ['checkoffs'] });
    expect(first.total).toBe(6000);
    expect(first.plans.map((p) => p.planId).sort()).toEqual(['plan-0', 'plan-1', 'plan-2']);
    const bytes = await readFile(file);
    bytes.fill(0x78, 0, 100_000);
    await writeFile(file, bytes);
    const reopened = await createHistoryQuery(await open(dir)).page({
      traineeId: 'a',
      limit: 10,
      kinds: ['checkoffs'],
    });
    expect(reopened).toEqual(first);
  });

  it('reads the whole file again when the kept tally does not fit it (the file was replaced)', async () => {
    const { dir, file } = await bigHistory(12_000);
    await createHistoryQuery(await open(dir)).page({ traineeId: 'a', limit: 10 });
    const events = Array.from({ length: 13_000 }, (_, i) => event(i + 1)).filter((_, i) => i !== 5);
    await writeFile(file, encodeHistoryLines(events, CHAIN_START).text);
    const page = await createHistoryQuery(await open(dir)).page({ traineeId: 'a', limit: 10 });
    expect(page.total).toBe(12_999);
  });
});

describe('a file too big to read whole says so (issue 17, item 4)', () => {
  it('names the size instead of calling a 600 MB journal "not UTF-8 text"', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.update((tx) => tx.addTrainee(doc('a')));
    await store.close();
    const records = (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '';
    // A sparse file: its size is what counts, and nothing is read.
    await truncate(join(dir, records, 'journal-000000.jsonl'), 600 * 1024 * 1024);
    const error = await openStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/journal-000000\.jsonl: it is too big to read \(600 MB; .* up to 511 MB\)/);
  });
});
