// One benchmark case in its own process, so its peak memory is its own. Prints one JSON line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTrainplan } from '../../src/main/services';
import type { CallName } from '../../src/shared/api/callNames';
import { LEVEL_KEYS } from '../../src/shared/framework/levels';
import { NO_FILTER } from '../../src/shared/trainees/traineeFilter';
import { SEEDS_DIR } from '../../test/fixtures/frameworkFiles';
import { steadyCalls } from '../../test/unit/reports/steadyCalls';

// The cohort's data folder is built by the parent process, so building it does not count in this one's memory.
const [kind = 'individual', size = '0', prepared] = process.argv.slice(2);
const dir = prepared ?? (await mkdtemp(join(tmpdir(), 'trainplan-bench-')));
const app = await openTrainplan({ dataDir: dir, seedsDir: SEEDS_DIR, mode: 'browser', version: 'bench' });
// The start-up backup runs in the background; let it finish so it is not timed with the report.
await app.backupsSettled();
const call = async (name: CallName, input: unknown): Promise<unknown> => {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
};

let run: () => Promise<{ pageCount: number }>;
if (kind === 'individual') {
  // 3 plans, 120 statements, every one checked off with an evidence note.
  const trainee = (await call('trainees:create', {
    fullName: 'Nguyễn Thị Hương',
    employeeId: 'B-1',
    team: 'Line 1',
    site: 'Leeds',
    trainer: 'Maria Keane',
    startDate: '2026-09-01',
    notes: '',
  })) as { id: string };
  for (const frameworkId of ['51-8099.00@v.26.05', '17-3024.00@v.26.05', '43-9071.00@v.26.05']) {
    const { planId } = (await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId,
      targetLevel: 'advanced',
      targetDate: '2027-06-30',
      startDate: '2026-09-01',
    })) as { planId: string };
    const changes = LEVEL_KEYS.flatMap((level) =>
      Array.from({ length: 10 }, (_, i) => ({
        statementId: `${level}.${String(i + 1)}`,
        checkoff: {
          achievedOn: '2026-11-02',
          assessor: 'Maria Keane',
          note: `Observed during a full shift on line 1; evidence sheet ${level}-${String(i + 1)} filed with the team leader.`,
        },
      })),
    );
    await call('checkoffs:set', { planId, changes });
  }
  run = async () =>
    (await call('reports:trainee-pdf', {
      traineeId: trainee.id,
      planIds: null,
      includeNotes: true,
      outstandingOnly: false,
      paperSize: 'A4',
    })) as { pageCount: number };
} else {
  run = async () =>
    (await call('reports:cohort-pdf', { filter: { ...NO_FILTER, includeArchived: true }, paperSize: 'A4' })) as {
      pageCount: number;
    };
}

// The individual report is small and the machine's timing noisy: warm up (fonts load once per
// process), then report the median of several runs.
const repeats = kind === 'individual' ? 7 : 1;
if (kind === 'individual') await run();
const mb = (bytes: number): number => Math.round(bytes / (1024 * 1024));
// Loading the records leaves garbage behind; collect it (node --expose-gc) so "before" is what the app holds.
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss;
// Linux keeps the process's peak RSS in VmHWM; writing 5 to clear_refs resets it, so the peak read after
// the run is the peak while the report was made (a timer could not sample while pdfmake holds the thread).
const peakTracking = existsSync('/proc/self/clear_refs');
if (peakTracking) writeFileSync('/proc/self/clear_refs', '5');
const times: number[] = [];
let pageCount = 0;
// Meanwhile the rest of the app is used: app:info every 50 ms, timed from when each was due.
let busy = true;
const calls = steadyCalls(
  50,
  () => call('app:info', {}),
  () => busy,
);
for (let i = 0; i < repeats; i += 1) {
  const started = performance.now();
  ({ pageCount } = await run());
  times.push(performance.now() - started);
}
busy = false;
const { answeredWhileBusy, longest } = await calls.stop();
const due = Math.floor(times.reduce((sum, t) => sum + t, 0) / 50);
const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
const hwm = peakTracking ? /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] : undefined;
const peak = hwm ? Number(hwm) * 1024 : process.resourceUsage().maxRSS * 1024;
await app.close();
await rm(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    kind,
    size: Number(size),
    ms: Math.round(ms),
    beforeMb: mb(before),
    peakMb: mb(peak),
    pageCount,
    calls: { due, answeredWhileBusy, longestMs: Math.round(longest) },
  }),
);
