// npx tsx scripts/bench/history.ts — reading one trainee's history of 2, 10 and 50 MB (and a large
// one, 300 MB unless HISTORY_LARGE_MB says otherwise) through history:query's service. A benchmark,
// not a test: it prints figures and ratios and asserts nothing. Linear reads show a time ratio close
// to the size ratio; the newest page of a large history should cost about what it costs on a small one.
import { open as openFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHistoryQuery } from '../../src/main/history/historyQuery';
import { CHAIN_START, encodeHistoryLines } from '../../src/main/store/records/historyLines';
import { openStore } from '../../src/main/store/store';
import type { HistoryEvent } from '../../src/shared/history/historyEvent';
import { DOC_AT as AT, traineeDoc } from '../../test/fixtures/traineeDocs';

const MB = 1024 * 1024;
const SIZES = [2, 10, 50, Number(process.env.HISTORY_LARGE_MB ?? 300)];

function event(n: number): HistoryEvent {
  return {
    id: `ev-${String(n).padStart(9, '0')}`,
    at: AT,
    actor: 'Maria Keane',
    kind: n % 3 === 0 ? 'trainee.edited' : 'statement.checked',
    traineeId: 'a',
    planId: n % 3 === 0 ? null : `plan-${String(n % 4)}`,
    frameworkTitle: n % 3 === 0 ? null : 'Machine operator (plant)',
    statementId: n % 3 === 0 ? null : `s.${String(n % 40)}`,
    statementText: n % 3 === 0 ? null : 'Sets up the machine safely, following the written procedure for the shift.',
    before: null,
    after: { achievedOn: '2026-10-20', assessor: 'Maria Keane', note: `Seen on shift ${String(n)}` },
  };
}

/** A data folder with one trainee whose history file holds about `megabytes` of events. */
async function folderWithHistory(megabytes: number): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), `trainplan-history-${String(megabytes)}-`));
  const store = await openStore({ dataDir });
  await store.update((tx) => tx.addTrainee(traineeDoc('a', 'Ann Example')));
  await store.checkpoint();
  await store.close();
  const records = (await readdir(dataDir)).find((name) => name.startsWith('records-')) ?? '';
  const handle = await openFile(join(dataDir, records, 'history', 'a.jsonl'), 'w');
  let crc = CHAIN_START;
  let written = 0;
  let n = 0;
  while (written < megabytes * MB) {
    const batch = Array.from({ length: 2000 }, () => event((n += 1)));
    const lines = encodeHistoryLines(batch, crc);
    crc = lines.crc;
    await handle.write(lines.text);
    written += Buffer.byteLength(lines.text);
  }
  await handle.close();
  return dataDir;
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

// A first run warms up the modules and the JIT, so the 2 MB figure is not mostly start-up cost.
{
  const dataDir = await folderWithHistory(1);
  const store = await openStore({ dataDir });
  await createHistoryQuery(store).page({ traineeId: 'a', limit: 50 });
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}

const results: { size: number; first: number; newest: number; filtered: number; restarted: number }[] = [];
for (const size of SIZES) {
  const dataDir = await folderWithHistory(size);
  try {
    const store = await openStore({ dataDir });
    const query = createHistoryQuery(store);
    // The first query checks the whole file once (every line's checksum and link) and tallies it.
    const first = await timed(() => query.page({ traineeId: 'a', limit: 50 }));
    // Later ones read the newest events from the end of the file.
    const newest = await timed(() => query.page({ traineeId: 'a', limit: 50 }));
    const filtered = await timed(() => query.page({ traineeId: 'a', limit: 50, kinds: ['details'] }));
    await store.close();
    // After a restart a large history is not read again: its tally is kept beside it.
    const reopened = await openStore({ dataDir });
    const restarted = await timed(() => createHistoryQuery(reopened).page({ traineeId: 'a', limit: 50 }));
    await reopened.close();
    results.push({ size, first, newest, filtered, restarted });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const base = results[0];
const ms = (value: number): string => (value < 10 ? value.toFixed(1) : value.toFixed(0));
console.log('History of one trainee, history:query for 50 events (service, ms)');
console.log(
  'size MB | first query (whole file checked) | ratio to 2 MB (size ratio) | newest page after | filtered page | first query after a restart',
);
for (const r of results) {
  const ratio = base ? r.first / base.first : 1;
  const sizeRatio = base ? r.size / base.size : 1;
  console.log(
    `${String(r.size).padStart(7)} | ${ms(r.first).padStart(8)} | ${ratio.toFixed(1)}× (${sizeRatio.toFixed(0)}×) | ${ms(r.newest)} | ${ms(r.filtered)} | ${ms(r.restarted)}`,
  );
}
const large = results.at(-1);
if (base && large) {
  console.log(
    `Newest page of ${String(large.size)} MB vs ${String(base.size)} MB: ${(large.newest / base.newest).toFixed(1)}× (${ms(large.newest)} ms vs ${ms(base.newest)} ms)`,
  );
}
