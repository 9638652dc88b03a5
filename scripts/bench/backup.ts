// What a backup costs, in units of reading the finished backup back once (the check every backup ends with),
// so the figure holds on any machine: `npx tsx scripts/bench/backup.ts [trainees]`. A backup now checks
// each trainee's files as it copies them, to leave out (and name) a damaged one instead of failing for
// everyone; this measures what that costs. A benchmark, not a test: it asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackups } from '../../src/main/store/backups';
import { readBundle } from '../../src/main/store/records/bundle';
import { linesOfFile } from '../../src/main/store/records/fileLines';
import { openStore } from '../../src/main/store/store';
import { buildDataset } from '../../test/fixtures/recordsDataset';

const count = Number(process.argv[2] ?? '3000');
const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-bench-backup-'));
try {
  await buildDataset(dataDir, count);
  const store = await openStore({ dataDir, readOnlyBecause: null });
  const backups = createBackups(dataDir, {
    now: () => new Date(),
    freeBytes: () => Promise.resolve(Number.MAX_SAFE_INTEGER),
  });
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const make: number[] = [];
  const readBack: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    let start = performance.now();
    const made = await backups.make(store, 'manual');
    make.push(performance.now() - start);
    start = performance.now();
    const bundle = await readBundle(linesOfFile(join(backups.folder, made.fileName)));
    await bundle.trainees(() => Promise.resolve());
    readBack.push(performance.now() - start);
  }
  await store.close();
  console.log(
    JSON.stringify({
      trainees: count,
      backupMs: Math.round(median(make)),
      readBackMs: Math.round(median(readBack)),
      backupPerReadBack: Number((median(make) / median(readBack)).toFixed(2)),
    }),
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
