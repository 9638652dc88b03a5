// One size of `npm run bench:overview`, in its own process: what the skills matrix and the dashboard
// cost in the service, beside the trainees list's first screen measured the same way in the same run.
// Prints one JSON line. A benchmark, not a test: it asserts nothing.
import { openTrainplan } from '../../src/main/services';
import type { CallName } from '../../src/shared/api/callNames';
import type { CallInput, CallOutput } from '../../src/shared/api/contract';
import { DEFAULT_MATRIX_SORT } from '../../src/shared/overview/matrix';
import { NO_FILTER } from '../../src/shared/trainees/traineeFilter';
import { datasetPlanId } from '../../test/fixtures/recordsDataset';
import { SEEDS_DIR } from '../../test/fixtures/frameworkFiles';

const [dataDir = ''] = process.argv.slice(2);
const app = await openTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 'bench' });
await app.backupsSettled();

async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as CallOutput<K>;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let ticks = 0;
/** One check-off changes: every cached view of the records is out of date after it. */
async function change(): Promise<void> {
  ticks += 1;
  await call('checkoffs:set', {
    planId: datasetPlanId(7),
    changes: [
      {
        statementId: 'advanced.9',
        checkoff: ticks % 2 ? { achievedOn: '2026-11-20', assessor: 'Bench', note: '' } : null,
      },
    ],
  });
}

const frameworkId = '51-8099.00@v.26.05';
const work: Record<string, () => Promise<unknown>> = {
  // The reference: the trainees list's first screen, sorted by progress (no cache can answer it after a change).
  list: () =>
    call('trainees:query', {
      filter: NO_FILTER,
      sort: { key: 'progress', direction: 'asc' },
      offset: 0,
      limit: 100,
    }),
  frameworkMatrix: () =>
    call('overview:framework-matrix', { frameworkId, filter: NO_FILTER, sort: DEFAULT_MATRIX_SORT }),
  frameworkMatrixByStatement: () =>
    call('overview:framework-matrix', {
      frameworkId,
      filter: NO_FILTER,
      sort: { key: 'column', column: 'emerging.3', direction: 'desc' },
    }),
  overview: () => call('overview:matrix', { filter: NO_FILTER, sort: DEFAULT_MATRIX_SORT }),
  dashboard: () => call('overview:dashboard', { filter: NO_FILTER }),
  drill: () => call('overview:drill', { filter: NO_FILTER, figure: { kind: 'status', status: 'on_track' } }),
};

const first: Record<string, number> = {};
for (const [name, run] of Object.entries(work)) first[name] = await timed(run);

// After a change each is worked out again from the records: the figure a manager meets.
const afterChange: Record<string, number[]> = {};
const warm: Record<string, number[]> = {};
for (let round = 0; round < 7; round += 1) {
  for (const [name, run] of Object.entries(work)) {
    await change();
    (afterChange[name] ??= []).push(await timed(run));
    (warm[name] ??= []).push(await timed(run));
  }
}
const matrix = await call('overview:framework-matrix', { frameworkId, filter: NO_FILTER, sort: DEFAULT_MATRIX_SORT });
const result = {
  first,
  afterChange: Object.fromEntries(Object.entries(afterChange).map(([k, v]) => [k, median(v)])),
  warm: Object.fromEntries(Object.entries(warm).map(([k, v]) => [k, median(v)])),
  matrixRows: matrix.rows.length,
  matrixBytes: JSON.stringify(matrix).length,
  dashboardBytes: JSON.stringify(await call('overview:dashboard', { filter: NO_FILTER })).length,
};
await app.close();
console.log(JSON.stringify(result));
