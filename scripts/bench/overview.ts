// npm run bench:overview — the skills matrix and the dashboard at 100, 1,000 and 10,000 trainees, in
// the service, beside the trainees list's first screen measured in the same run. A benchmark, not a
// test: it prints figures and ratios and asserts nothing. Target: each opens within 1 s at 10,000.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../../test/fixtures/recordsDataset';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

interface CaseResult {
  first: Record<string, number>;
  afterChange: Record<string, number>;
  warm: Record<string, number>;
  matrixRows: number;
  matrixBytes: number;
  dashboardBytes: number;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const CALLS = [
  ['frameworkMatrix', 'Matrix, framework view'],
  ['frameworkMatrixByStatement', 'Matrix sorted by a statement'],
  ['overview', 'Matrix, overview'],
  ['dashboard', 'Dashboard'],
  ['drill', 'Dashboard drill-down'],
] as const;

const rows: string[][] = [];
for (const size of SIZES) {
  const dataDir = await mkdtemp(join(tmpdir(), `trainplan-overview-${String(size)}-`));
  try {
    await buildDataset(dataDir, size);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/bench/overviewCase.ts'), dataDir],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as CaseResult;
    const reference = r.afterChange.list ?? 1;
    for (const [key, label] of CALLS) {
      const after = r.afterChange[key] ?? 0;
      rows.push([
        size.toLocaleString('en-GB'),
        label,
        ms(r.first[key] ?? 0),
        `${ms(after)} (${(after / reference).toFixed(1)}×)`,
        ms(r.warm[key] ?? 0),
      ]);
    }
    rows.push([
      size.toLocaleString('en-GB'),
      `Reference: trainees list, first screen by progress`,
      ms(r.first.list ?? 0),
      `${ms(reference)} (1.0×)`,
      ms(r.warm.list ?? 0),
    ]);
    console.error(
      `${String(size)} trainees: matrix ${String(r.matrixRows)} rows, ${(r.matrixBytes / 1024).toFixed(0)} KB to the window; dashboard ${(r.dashboardBytes / 1024).toFixed(0)} KB`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log(
  [
    '| Trainees | Call | First after opening, ms | After a change, ms (÷ list screen) | Asked again, ms |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n'),
);
