// npx tsx scripts/bench/rosterCommitReads.ts — what the trainees list shows while a 20,000-person workbook is
// imported through the real browser bridge (`out/main/web.js`; run `npx electron-vite build` first): every
// answer must hold everyone before the import or everyone after it, never a part, and a trainee added
// meanwhile must be kept. Prints what it saw; exits 1 when a list showed part of the import.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeForWire } from '../../src/shared/api/wire';
import { startBridgeProcess, type BridgeProcess } from '../../test/e2e/support/bridgeProcess';
import { hrWorkbook } from '../../test/fixtures/rosterWorkbooks';

const PEOPLE = 20_000;
type Answer = { ok: boolean; value?: unknown; error?: { message: string } };

function caller(bridge: BridgeProcess) {
  const { origin, searchParams } = new URL(bridge.url);
  return async (name: string, input: unknown): Promise<Answer> => {
    const response = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainplan-token': searchParams.get('token') ?? '' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Answer;
  };
}

const person = (fullName: string) => ({ fullName, employeeId: '', team: 'A', site: 'B', trainer: '', startDate: '' });
const listed = (answer: Answer): number => (Array.isArray(answer.value) ? answer.value.length : -1);

const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-bench-commit-reads-'));
const bytes = await hrWorkbook(PEOPLE);
let bridge = await startBridgeProcess(dataDir);
let call = caller(bridge);
await call('trainees:create', { ...person('Before Import'), notes: '' });
const state = { done: false };
const running = (): boolean => !state.done;
const seen = new Map<number, number>();
const importing = call('roster:import', encodeForWire({ fileName: 'hr.xlsx', bytes, existing: 'update' })).then(
  (answer) => {
    state.done = true;
    return answer;
  },
);
let addedMeanwhile: Answer | null = null;
for (let n = 1; running(); n += 1) {
  const count = listed(await call('trainees:list', {}));
  seen.set(count, (seen.get(count) ?? 0) + 1);
  if (n === 40) addedMeanwhile = await call('trainees:create', { ...person('During Import'), notes: '' });
}
const imported = await importing;
const after = listed(await call('trainees:list', {}));
await bridge.stop();
bridge = await startBridgeProcess(dataDir);
call = caller(bridge);
const afterRestart = listed(await call('trainees:list', {}));
await bridge.stop();
await rm(dataDir, { recursive: true, force: true });

console.log(`Import: ${imported.ok ? 'saved' : (imported.error?.message ?? 'failed')}`);
console.log(`Trainee added meanwhile: ${addedMeanwhile?.ok ? 'saved' : 'not saved'}`);
console.log('| Trainees in the list | Answers while the import ran |');
console.log('| ---: | ---: |');
for (const [count, times] of [...seen].sort((a, b) => a[0] - b[0]))
  console.log(`| ${String(count)} | ${String(times)} |`);
console.log(`After the import: ${String(after)}; after a restart: ${String(afterRestart)}.`);
const whole = new Set([1, 2, PEOPLE + 1, PEOPLE + 2]);
const partial = [...seen.keys()].filter((count) => !whole.has(count));
if (partial.length > 0 || after !== PEOPLE + 2 || afterRestart !== after) {
  console.log(`A list showed part of the import, or someone was lost: ${partial.join(', ')}`);
  process.exitCode = 1;
}
