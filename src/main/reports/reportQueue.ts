import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { postReportJob } from './postReportJob';
import type { MadeFile, ReportJob, ReportProgress, WorkerReply } from './reportJobs';

export interface RunOptions {
  /** Aborting takes a waiting job out of the queue, or stops the worker making it. */
  signal?: AbortSignal;
  onProgress?: (progress: ReportProgress) => void;
  /** What to say when the worker runs out of memory on this job (by default: the report is too big). */
  tooBig?: () => Error;
}

interface Task {
  /** Let go once posted: the worker has its own copy, and the main thread need not hold the data. */
  job: ReportJob | null;
  options: RunOptions;
  resolve: (file: MadeFile) => void;
  reject: (error: Error) => void;
  onAbort: () => void;
}

export interface ReportQueueOptions {
  startWorker: () => Worker;
  /** A worker left idle this long is stopped, so the memory a big report took goes back to the system. */
  idleMs?: number;
}

export interface ReportQueue {
  run(job: ReportJob, options?: RunOptions): Promise<MadeFile>;
  /** Cancels every waiting and running job; says how many there were. */
  cancelAll(reason?: Error): number;
  /** Cancels everything and stops the worker, so the process can exit. */
  close(): Promise<void>;
}

/** An aborted signal's reason, which an abort() without one makes a DOMException named AbortError. */
const abortError = (signal: AbortSignal | undefined): Error =>
  signal?.reason instanceof Error ? signal.reason : new DOMException('The report was cancelled.', 'AbortError');

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

const outOfMemory = (): ApiError =>
  new ApiError(
    'invalid_input',
    'This report is too big to make in one file. Choose fewer trainees with the filters (a team, a site or a status) and make it in parts.',
  );

/**
 * Makes reports one at a time in a worker thread, so the thread that answers calls never waits behind
 * a report. The worker is started on the first job and kept for the next (fonts and pdfmake load once);
 * a crash, a cancel or a long idle spell ends it, and the next job starts a fresh one.
 */
export function createReportQueue({ startWorker, idleMs = 60_000 }: ReportQueueOptions): ReportQueue {
  const waiting: Task[] = [];
  let running: { task: Task; worker: Worker } | null = null;
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;
  const stopping = new Set<Promise<number>>();

  /** Ends a worker's thread; close() waits for every one still ending. */
  function stop(ended: Worker): void {
    const done = ended.terminate();
    stopping.add(done);
    const forget = (): void => void stopping.delete(done);
    void done.then(forget, forget);
  }

  function spawn(): Worker {
    const started = startWorker();
    started.on('message', (reply: WorkerReply) => onReply(started, reply));
    started.on('error', (error) => onStopped(started, error));
    started.on('exit', (code) =>
      onStopped(started, new Error(`The report worker stopped (exit code ${String(code)}).`)),
    );
    return started;
  }

  function finish(outcome: (task: Task) => void): void {
    if (!running) return;
    const { task } = running;
    running = null;
    task.options.signal?.removeEventListener('abort', task.onAbort);
    worker?.unref();
    outcome(task);
    pump();
  }

  function onReply(from: Worker, reply: WorkerReply): void {
    if (running?.worker !== from) return;
    if (reply.type === 'progress') running.task.options.onProgress?.({ done: reply.done, total: reply.total });
    else if (reply.type === 'done') finish((task) => task.resolve({ bytes: reply.bytes, pageCount: reply.pageCount }));
    else finish((task) => task.reject(reply.code ? new ApiError(reply.code, reply.message) : new Error(reply.message)));
  }

  /** The worker died (out of memory, a crash, or terminated by us): whatever it was making has failed. */
  function onStopped(stopped: Worker, error: Error): void {
    if (worker === stopped) worker = null;
    if (running?.worker !== stopped) return;
    const tooBig = running.task.options.tooBig ?? outOfMemory;
    const crash = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooBig() : error;
    finish((task) => task.reject(crash));
  }

  function pump(): void {
    if (running || closed) return;
    const task = waiting.shift();
    if (!task) {
      stopWhenIdle();
      return;
    }
    clearTimeout(idleTimer);
    try {
      worker ??= spawn();
    } catch (error) {
      task.reject(asError(error));
      pump();
      return;
    }
    worker.ref();
    running = { task, worker };
    const { job } = task;
    task.job = null;
    if (!job) return;
    const current = (): boolean => running?.task === task;
    postReportJob(worker, job, current).catch((error: unknown) => {
      // Data that cannot be cloned: that job fails, the queue goes on.
      if (current()) finish((failed) => failed.reject(asError(error)));
    });
  }

  function stopWhenIdle(): void {
    clearTimeout(idleTimer);
    if (!worker) return;
    idleTimer = setTimeout(() => {
      if (running || !worker) return;
      stop(worker);
      worker = null;
    }, idleMs);
    idleTimer.unref();
  }

  function cancel(task: Task, reason: Error): void {
    task.options.signal?.removeEventListener('abort', task.onAbort);
    const at = waiting.indexOf(task);
    if (at >= 0) {
      waiting.splice(at, 1);
      task.reject(reason);
    } else if (running?.task === task) {
      // pdfmake lays a slice out in one go and cannot be interrupted: stop the thread instead.
      stop(running.worker);
      running = null;
      worker = null;
      task.reject(reason);
      pump();
    }
  }

  function cancelAll(reason: Error = abortError(undefined)): number {
    // The waiting first, so that stopping the running one does not start the next only to stop it too.
    const all = [...waiting, ...(running ? [running.task] : [])];
    for (const task of all) cancel(task, reason);
    return all.length;
  }

  return {
    run(job, options = {}) {
      if (closed) return Promise.reject(new ApiError('conflict', 'Trainplan is closing; the report was not made.'));
      const { signal } = options;
      if (signal?.aborted) return Promise.reject(abortError(signal));
      return new Promise<MadeFile>((resolve, reject) => {
        const task: Task = { job, options, resolve, reject, onAbort: () => cancel(task, abortError(signal)) };
        signal?.addEventListener('abort', task.onAbort, { once: true });
        waiting.push(task);
        pump();
      });
    },
    cancelAll,
    async close() {
      closed = true;
      cancelAll(new ApiError('conflict', 'Trainplan is closing; the report was not made.'));
      clearTimeout(idleTimer);
      if (worker) stop(worker);
      worker = null;
      await Promise.all(stopping);
    },
  };
}
