// npx tsx scripts/bench/importChecks.ts — what the import checks (src/main/store/importChecks.ts) add to
// reading a data export: the pass that counts what the file holds (which every import already made), the
// checks' own pass, and the whole import, at a few sizes with a realistic history (20 check-offs each).
// A benchmark, not a test: it prints figures measured in this run and their ratios, and asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledFrameworks } from '../../src/main/frameworks/bundledFrameworks';
import { openTrainplan, statementTextsOf } from '../../src/main/services';
import { importChecker } from '../../src/main/store/importChecks';
import { dataSourceOf } from '../../src/main/store/records/dataSource';
import { buildDataset } from '../../test/fixtures/recordsDataset';
import { SEEDS_DIR } from '../../test/fixtures/frameworkFiles';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const RUNS = 3;

async function best(work: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const bundled = await loadBundledFrameworks(SEEDS_DIR);
const statementTextOf = statementTextsOf(bundled);
for (const size of SIZES) {
  const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-bench-import-'));
  await buildDataset(dataDir, size);
  const app = await openTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 'bench' });
  await app.backupsSettled();
  const exported = await app.dispatch('data:export', {});
  if (!exported.ok) throw new Error(exported.error.message);
  const { text } = exported.value as { text: string };
  const source = await dataSourceOf('bench.jsonl', text, statementTextOf);
  const summary = await best(() => source.summary());
  const checks = await best(() => source.build(importChecker(bundled)));
  const importMs = await best(async () => {
    const answer = await app.dispatch('data:import', { fileName: 'bench.jsonl', text });
    if (!answer.ok) throw new Error(answer.error.message);
  });
  console.log(
    JSON.stringify({
      trainees: size,
      megabytes: Math.round(text.length / 1e5) / 10,
      ms: { summary: Math.round(summary), checks: Math.round(checks), import: Math.round(importMs) },
      ratio: {
        checksToSummary: Math.round((checks / summary) * 100) / 100,
        checksShareOfImport: Math.round((checks / importMs) * 100) / 100,
      },
    }),
  );
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
