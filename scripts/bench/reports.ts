// npm run bench:reports — time and peak memory of report generation. A benchmark, not a test:
// it prints figures measured in this run and asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../../test/fixtures/recordsDataset';

const CASES: [string, string, string][] = [
  ['individual', '0', 'Individual report: 3 plans, 120 statements, all with notes'],
  ['cohort', '100', 'Cohort report, 100 rows'],
  ['cohort', '1000', 'Cohort report, 1,000 rows'],
  ['cohort', '10000', 'Cohort report, 10,000 rows'],
];
const caseScript = fileURLToPath(new URL('./reportCase.ts', import.meta.url));

console.log(
  '| Report | Time | Peak RSS while generating | RSS before (records loaded) | Pages | Calls meanwhile (app:info every 50 ms): answered while the report was made, of those due; longest wait |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, size, label] of CASES) {
  // A cohort as a plant that has used Trainplan for a while has it: 20 check-offs with notes per trainee.
  const dir = kind === 'cohort' ? await mkdtemp(join(tmpdir(), 'trainplan-bench-')) : null;
  if (dir) await buildDataset(dir, Number(size));
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', caseScript, kind, size, ...(dir ? [dir] : [])],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
    ms: number;
    peakMb: number;
    beforeMb: number;
    pageCount: number;
    calls: { due: number; answeredWhileBusy: number; longestMs: number };
  };
  console.log(
    `| ${label} | ${String(result.ms)} ms | ${String(result.peakMb)} MB | ${String(result.beforeMb)} MB | ${String(result.pageCount)} | ${String(result.calls.answeredWhileBusy)} of ${String(result.calls.due)}, ${String(result.calls.longestMs)} ms |`,
  );
}
