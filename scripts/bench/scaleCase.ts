// One size of `npm run bench:scale`, in its own process: what a change, a list and a lookup cost in
// the service, beside a bare durable 4 KB write measured in the same process, interleaved with them.
// Prints one JSON line. A benchmark, not a test: it asserts nothing.
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { openTrainplan } from '../../src/main/services';
import type { CallName } from '../../src/shared/api/callNames';
import type { CallInput, CallOutput } from '../../src/shared/api/contract';
import { LEVEL_KEYS } from '../../src/shared/framework/levels';
import { NO_FILTER } from '../../src/shared/trainees/traineeFilter';
import { datasetPlanId, datasetTraineeId } from '../../test/fixtures/recordsDataset';
import { SEEDS_DIR } from '../../test/fixtures/frameworkFiles';

const [dataDir = '', sizeText = '100'] = process.argv.slice(2);
const size = Number(sizeText);
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

/** The reference: 4 KB to a temp file, fsync, rename over the target, fsync the folder. */
const PAGE = Buffer.alloc(4096, 'x');
async function bareDurableWrite(): Promise<void> {
  const target = join(dataDir, 'bench-reference.json');
  const temp = `${target}.tmp`;
  const handle = await open(temp, 'w');
  await handle.writeFile(PAGE);
  await handle.sync();
  await handle.close();
  await rename(temp, target);
  const folder = await open(dataDir, 'r');
  await folder.sync();
  await folder.close();
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
};
const summary = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) });

const statements = LEVEL_KEYS.flatMap((level) => Array.from({ length: 10 }, (_, i) => `${level}.${String(i + 1)}`));
const person = (n: number) => ({
  fullName: `Bench Starter ${String(n)}`,
  employeeId: '',
  team: 'Line 1',
  site: 'Leeds',
  trainer: '',
  startDate: '',
  notes: '',
});
const tick = (trainee: number, n: number) =>
  call('checkoffs:set', {
    planId: datasetPlanId(trainee),
    changes: [
      {
        statementId: statements[20 + (n % 20)] ?? 'advanced.1',
        checkoff:
          n % 40 < 20 ? { achievedOn: '2026-11-20', assessor: 'Dev Patel', note: `Seen on shift ${String(n)}` } : null,
      },
    ],
  });

// Interleaved, so the disk's mood affects both sides alike.
const ROUNDS = 60;
const bare: number[] = [];
const ticks: number[] = [];
const edits: number[] = [];
const creates: number[] = [];
const opens: number[] = [];
for (let n = 0; n < ROUNDS; n += 1) {
  const trainee = Math.floor((n * 7919) % size);
  bare.push(await timed(bareDurableWrite));
  ticks.push(await timed(() => tick(trainee, n)));
  bare.push(await timed(bareDurableWrite));
  edits.push(
    await timed(() =>
      call('trainees:update', { id: datasetTraineeId(trainee), ...person(n), fullName: `Edited ${String(n)}` }),
    ),
  );
  if (n % 3 === 0) creates.push(await timed(() => call('trainees:create', person(n))));
  // A trainee nobody opened yet in this run: their document is read from its file.
  opens.push(await timed(() => call('trainees:get', { id: datasetTraineeId((trainee + size / 2) % size) })));
}

// Ten trainers ticking ten different trainees at the same moment, 20 ticks each.
const concurrent: number[] = [];
await Promise.all(
  Array.from({ length: 10 }, async (_, client) => {
    for (let n = 0; n < 20; n += 1) concurrent.push(await timed(() => tick((client * 97 + 13) % size, 100 + n)));
  }),
);
for (let n = 0; n < 20; n += 1) bare.push(await timed(bareDurableWrite));

const firstScreen = {
  filter: NO_FILTER,
  sort: { key: 'name' as const, direction: 'asc' as const },
  offset: 0,
  limit: 100,
};
const listFirst = await timed(() => call('trainees:query', firstScreen));
const lists: number[] = [];
const searches: number[] = [];
for (let n = 0; n < 10; n += 1) {
  lists.push(
    await timed(() => call('trainees:query', { ...firstScreen, sort: { key: 'progress', direction: 'desc' } })),
  );
  searches.push(
    await timed(() =>
      call('trainees:query', { ...firstScreen, filter: { ...NO_FILTER, search: `B-1${String(n)}4`, team: 'Line 2' } }),
    ),
  );
}
const firstScreenBytes = JSON.stringify(await call('trainees:query', firstScreen)).length;
const wholeListBytes = JSON.stringify(await call('trainees:list', {})).length;

// A group sign-off after a session: 3 statements for (up to) 200 trainees of one framework, in one
// transaction, then its Undo; the candidates list is what the page asks first.
const groupFramework = (await call('trainees:get', { id: datasetTraineeId(0) })).plans[0]?.frameworkId ?? '';
const candidatesMs: number[] = [];
const groups: number[] = [];
const undos: number[] = [];
let groupSize = 0;
for (let n = 0; n < 5; n += 1) {
  let planIds: string[] = [];
  candidatesMs.push(
    await timed(async () => {
      const candidates = await call('signoff:candidates', { frameworkId: groupFramework });
      planIds = candidates.slice(0, 200).map((c) => c.planId);
    }),
  );
  groupSize = planIds.length;
  bare.push(await timed(bareDurableWrite));
  let changed: CallOutput<'checkoffs:sign-off-group'>['changed'] = [];
  groups.push(
    await timed(async () => {
      const result = await call('checkoffs:sign-off-group', {
        frameworkId: groupFramework,
        statementIds: ['advanced.8', 'advanced.9', 'advanced.10'],
        planIds,
        checkoff: { achievedOn: '2026-11-20', assessor: 'Dev Patel', note: 'Toolbox talk, bay 3' },
      });
      changed = result.changed;
    }),
  );
  undos.push(
    await timed(() =>
      call('checkoffs:set-many', { plans: changed.map(({ planId, previous }) => ({ planId, changes: previous })) }),
    ),
  );
}

await app.close();
await unlink(join(dataDir, 'bench-reference.json')).catch(() => undefined);
const bareP50 = percentile(bare, 0.5);
console.log(
  JSON.stringify({
    bare: summary(bare),
    tick: summary(ticks),
    edit: summary(edits),
    create: summary(creates),
    open: summary(opens),
    concurrent: { ...summary(concurrent), max: Math.max(...concurrent) },
    ratio: {
      tick: percentile(ticks, 0.5) / bareP50,
      edit: percentile(edits, 0.5) / bareP50,
      create: percentile(creates, 0.5) / bareP50,
      concurrentP95: percentile(concurrent, 0.95) / bareP50,
    },
    group: { size: groupSize, candidates: summary(candidatesMs), save: summary(groups), undo: summary(undos) },
    groupRatio: { save: percentile(groups, 0.5) / bareP50, undo: percentile(undos, 0.5) / bareP50 },
    listFirst,
    list: summary(lists),
    search: summary(searches),
    firstScreenBytes,
    wholeListBytes,
  }),
);
