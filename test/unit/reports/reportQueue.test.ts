import { afterEach, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../../src/shared/api/errors';
import type { TraineeRow } from '../../../src/shared/trainees/traineeViews';
import { ROWS_PER_SLICE } from '../../../src/main/reports/cohortReport';
import type { ReportJob, ReportProgress } from '../../../src/main/reports/reportJobs';
import { createReportQueue, type ReportQueue } from '../../../src/main/reports/reportQueue';
import { startReportWorker } from '../../../src/main/reports/reportWorkerEntry';
import { readPdf } from './pdfInspect';

const LIMITS = { maxOldGenerationSizeMb: 1024 };

/** A cohort job straight from rows (trainees without plans), no data folder needed. */
function cohortJob(count: number, team = 'Line 1'): ReportJob {
  const rows: TraineeRow[] = Array.from({ length: count }, (_, i) => ({
    id: `t-${String(i)}`,
    fullName: `Trainee ${String(i).padStart(5, '0')}`,
    employeeId: null,
    team,
    site: 'Leeds',
    trainer: 'Maria Keane',
    archived: false,
    plans: [],
    nextTargetDate: null,
    lastActivity: '2026-11-01',
    lastEditedAt: '2026-11-01T00:00:00.000Z',
  }));
  return {
    kind: 'cohort',
    data: {
      organisationName: 'Northfield Components Ltd',
      generatedAt: new Date('2026-11-22T10:00:00Z'),
      rows,
      frameworks: [],
      filterDescription: '',
      paperSize: 'A4',
      order: 'team',
    },
  };
}

/** Queues made by a test, closed after it so no worker thread outlives it. */
const opened: ReportQueue[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((queue) => queue.close()));
});

function queueWith(startWorker: () => Worker = () => startReportWorker(LIMITS)) {
  const started: Worker[] = [];
  const queue = createReportQueue({
    startWorker: () => {
      const worker = startWorker();
      started.push(worker);
      return worker;
    },
  });
  opened.push(queue);
  return { queue, started };
}

const settledIn = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.name : 'rejected'),
  );

describe('report queue', () => {
  it('makes one report at a time, in the order asked, in one worker, and tells how far a sliced one is', async () => {
    const { queue, started } = queueWith();
    const progress: ReportProgress[] = [];
    const finished: string[] = [];
    const big = queue
      .run(cohortJob(ROWS_PER_SLICE + 10), { onProgress: (p) => progress.push(p) })
      .then((pdf) => (finished.push('big'), pdf));
    const small = queue.run(cohortJob(3, 'Line 2')).then((pdf) => (finished.push('small'), pdf));
    const [bigPdf, smallPdf] = await Promise.all([big, small]);

    expect(finished).toEqual(['big', 'small']);
    expect(started).toHaveLength(1);
    // Two slices, then joining them.
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
    ]);
    const joined = await readPdf(bigPdf.bytes);
    expect(joined.pages).toHaveLength(bigPdf.pageCount);
    expect(joined.all).toContain('Trainee 02509');
    expect(joined.all).toContain(`Page ${String(bigPdf.pageCount)} of ${String(bigPdf.pageCount)}`);
    // Handed over by transfer: the bytes arrive in a buffer of their own.
    expect(smallPdf.bytes.byteLength).toBe(smallPdf.bytes.buffer.byteLength);
    expect((await readPdf(smallPdf.bytes)).all).toContain('3 trainees');
  }, 60_000);

  it('cancels a waiting report without making it, and stops the worker making a running one', async () => {
    const { queue, started } = queueWith();
    const running = new AbortController();
    const waiting = new AbortController();
    let firstProgress: () => void = () => undefined;
    const begun = new Promise<void>((resolve) => (firstProgress = resolve));
    const first = queue.run(cohortJob(ROWS_PER_SLICE * 3), { signal: running.signal, onProgress: firstProgress });
    const second = queue.run(cohortJob(5), { signal: waiting.signal });
    const third = queue.run(cohortJob(2, 'Line 3'));
    const outcomes = Promise.all([first, second].map(settledIn));

    waiting.abort();
    await begun;
    const exited = new Promise((resolve) => started[0]?.once('exit', resolve));
    running.abort();
    await exited;
    expect(await outcomes).toEqual(['AbortError', 'AbortError']);
    // The next report is made by a fresh worker.
    expect((await readPdf((await third).bytes)).all).toContain('2 trainees');
    expect(started).toHaveLength(2);
    await expect(queue.run(cohortJob(1), { signal: AbortSignal.abort() })).rejects.toThrow();
  }, 60_000);

  it('cancels everything at once, as a cancel call would', async () => {
    const { queue } = queueWith();
    const outcomes = Promise.all([queue.run(cohortJob(ROWS_PER_SLICE)), queue.run(cohortJob(5))].map(settledIn));
    expect(queue.cancelAll()).toBe(2);
    expect(await outcomes).toEqual(['AbortError', 'AbortError']);
    expect(queue.cancelAll()).toBe(0);
  }, 60_000);

  it('fails a report too big for the worker’s memory with a message to choose fewer, and makes the next', async () => {
    let starts = 0;
    const { queue } = queueWith(() =>
      // The first worker gets too little memory for a big report; the next the usual amount.
      startReportWorker((starts += 1) === 1 ? { maxOldGenerationSizeMb: 32 } : LIMITS),
    );
    const tooBig = queue.run(cohortJob(ROWS_PER_SLICE * 2));
    const next = queue.run(cohortJob(4));
    await expect(tooBig).rejects.toThrow(/too big to make in one file.*fewer trainees/);
    await expect(tooBig).rejects.toBeInstanceOf(ApiError);
    await expect(tooBig).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await next).pageCount).toBe(1);
  }, 60_000);

  it('on close, turns down what is waiting and stops its worker, so the process can exit', async () => {
    const { queue, started } = queueWith();
    await queue.run(cohortJob(1));
    const exited = new Promise((resolve) => started[0]?.once('exit', resolve));
    const unfinished = [queue.run(cohortJob(ROWS_PER_SLICE)), queue.run(cohortJob(5))].map((run) =>
      run.then(
        () => null,
        (error: unknown) => error,
      ),
    );
    await queue.close();
    await exited;
    for (const error of await Promise.all(unfinished)) expect(error).toMatchObject({ code: 'conflict' });
    await expect(queue.run(cohortJob(1))).rejects.toMatchObject({ code: 'conflict' });
  }, 60_000);
});
