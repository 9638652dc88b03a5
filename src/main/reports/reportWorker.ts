import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import { renderReportJob } from './renderReportJob';
import { joinRows, type JobMessage, type ReportJob, type WorkerReply } from './reportJobs';

/**
 * The report worker's entry: one job at a time (the queue on the main side sends the next only when
 * this one has answered), a big job's trainee rows gathered from the chunks sent ahead of it, and the
 * file's bytes handed back by transfer, not copied.
 */
const port = parentPort;
if (!port) throw new Error('reportWorker runs as a worker thread only.');

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

/** A buffer that is exactly the file, so handing it over moves no more than the file. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength)
    return new Uint8Array(buffer);
  // A view into a larger buffer (Node's small Buffers share a pool, which must not be transferred): copy it.
  return new Uint8Array(bytes);
}

let rowsSent: TraineeRow[] = [];

function render(job: ReportJob): void {
  renderReportJob(job, (progress) => reply({ type: 'progress', ...progress })).then(
    ({ bytes, pageCount }) => {
      const own = ownBuffer(bytes);
      reply({ type: 'done', bytes: own, pageCount }, [own.buffer]);
    },
    (error: unknown) =>
      reply({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof ApiError ? { code: error.code } : {}),
      }),
  );
}

port.on('message', (message: JobMessage) => {
  if (message.type === 'rows') {
    for (const row of message.rows) rowsSent.push(row);
    return;
  }
  const { job } = message;
  const rows = rowsSent;
  rowsSent = [];
  render(joinRows(job, rows));
});
