import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../src/shared/api/callNames';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import type { TraineeQuery } from '../../../src/shared/trainees/traineeQuery';
import { buildDataset } from '../../fixtures/recordsDataset';
import { useTempDirs } from '../support/tempDir';
import { openTestApp } from '../support/testApp';
import { steadyCalls } from './steadyCalls';

const tempDir = useTempDirs();
const ROWS = 5000;
const EVERY_MS = 50;
const FIRST_SCREEN: TraineeQuery = {
  filter: NO_FILTER,
  sort: { key: 'name', direction: 'asc' },
  offset: 0,
  limit: 100,
};

describe('reports and the rest of the app', () => {
  it(`answers other calls while a ${String(ROWS)}-row cohort report is being made`, async () => {
    const dir = await tempDir();
    await buildDataset(dir, ROWS);
    const { app, call } = await openTestApp(dir);
    await app.backupsSettled();
    // The list's first screen sorts every row once; that is the list's cost, not the report's.
    await call('trainees:query', FIRST_SCREEN);

    const send = async (n: number): Promise<void> => {
      const [name, input]: [CallName, unknown] = n % 2 === 0 ? ['trainees:query', FIRST_SCREEN] : ['app:info', {}];
      const result = await app.dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    };
    let running = true;
    const started = performance.now();
    const report = call('reports:cohort-pdf', { filter: { ...NO_FILTER, includeArchived: true }, paperSize: 'A4' });
    const calls = steadyCalls(EVERY_MS, send, () => running);
    const file = await report.finally(() => {
      running = false;
    });
    const reportMs = performance.now() - started;
    const { answeredWhileBusy, longest, p95 } = await calls.stop();

    expect(file.rowCount).toBe(ROWS);
    expect(file.pageCount).toBeGreaterThan(100);
    // Timings on a shared 2-core machine are noisy, so the bars are low. On the main thread a report
    // answers hardly any of the calls due while it runs, and those only between slices, seconds late.
    const due = Math.floor(reportMs / EVERY_MS);
    const said = `${String(answeredWhileBusy)} of ${String(due)} calls answered while the report ran; waits: 95 % within ${p95.toFixed(0)} ms, longest ${longest.toFixed(0)} ms`;
    expect(answeredWhileBusy, said).toBeGreaterThan(due / 2);
    expect(p95, said).toBeLessThan(250);
    expect(longest, said).toBeLessThan(1000);
  }, 120_000);
});

describe('cancelling a report', () => {
  it('stops the report being made when the trainer cancels, and the next one is made as usual', async () => {
    const dir = await tempDir();
    await buildDataset(dir, 3000);
    const { app, call } = await openTestApp(dir);
    await app.backupsSettled();
    const options = { filter: { ...NO_FILTER, includeArchived: true }, paperSize: 'A4' as const };
    const report = app.dispatch('reports:cohort-pdf', options);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await call('reports:cancel', {})).toEqual({ cancelled: 1 });
    expect(await report).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The report was cancelled.' },
    });
    expect(await call('reports:cancel', {})).toEqual({ cancelled: 0 });
    const next = await call('reports:cohort-pdf', { ...options, filter: { ...NO_FILTER, team: 'Line 1' } });
    expect(next.rowCount).toBe(600);
  }, 120_000);
});

describe('progress of a cohort report', () => {
  it('says how many slices of rows are done while the report is made, and nothing once it is', async () => {
    const dir = await tempDir();
    await buildDataset(dir, 6000, 2);
    const { app, call } = await openTestApp(dir);
    await app.backupsSettled();
    expect(await call('reports:progress', {})).toBeNull();
    const seen: { done: number; total: number }[] = [];
    const state = { running: true };
    const report = call('reports:cohort-pdf', { filter: { ...NO_FILTER, includeArchived: true }, paperSize: 'A4' });
    const watching = (async () => {
      while (state.running) {
        const now = await call('reports:progress', {});
        if (now) seen.push(now);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await report.finally(() => {
      state.running = false;
    });
    await watching;
    // 6,000 rows are made in slices of 2,500 (and the summary): at least three parts, and the window sees them go by.
    expect(seen.length).toBeGreaterThan(0);
    const totals = [...new Set(seen.map((p) => p.total))];
    expect(totals).toHaveLength(1);
    expect(totals[0]).toBeGreaterThanOrEqual(3);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(await call('reports:progress', {})).toBeNull();
  }, 120_000);
});
