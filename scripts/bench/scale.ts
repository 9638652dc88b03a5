// npm run bench:scale — what the records cost at 100, 1,000 and 10,000 trainees with a realistic
// history (20 check-offs with evidence notes and 22 history events each). A benchmark, not a test:
// it prints figures measured in this run, and ratios to a bare durable 4 KB write measured in the
// same run, and asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import { readFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../lib/build-if-stale.mjs';
import { NO_FILTER } from '../../src/shared/trainees/traineeFilter';
import { buildDataset } from '../../test/fixtures/recordsDataset';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

interface CaseResult {
  bare: { p50: number; p95: number };
  tick: { p50: number; p95: number };
  edit: { p50: number; p95: number };
  create: { p50: number; p95: number };
  open: { p50: number; p95: number };
  concurrent: { p50: number; p95: number; max: number };
  ratio: { tick: number; edit: number; create: number; concurrentP95: number };
  group: {
    size: number;
    candidates: { p50: number; p95: number };
    save: { p50: number; p95: number };
    undo: { p50: number; p95: number };
  };
  groupRatio: { save: number; undo: number };
  listFirst: number;
  list: { p50: number; p95: number };
  search: { p50: number; p95: number };
  firstScreenBytes: number;
  wholeListBytes: number;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/**
 * Cold open as a user meets it: the real browser-mode process (out/main/web.js) is started, and the
 * clock stops when it has answered the first screen of the trainees list. Its peak memory (VmHWM) is
 * read after that screen, a page further down, one trainee opened and a few ticks, start-up backup included.
 */
async function coldOpen(dataDir: string): Promise<{ ms: number; peakMb: number }> {
  // No backup from an earlier start: this start makes one, as the first start of a day does.
  await rm(join(dataDir, 'backups'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['out/main/web.js', '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\S+)/.exec(output);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    child.once('exit', () => reject(new Error(`browser mode exited:\n${output}`)));
  });
  const api = async (name: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainplan-token': url.searchParams.get('token') ?? '' },
      body: JSON.stringify(input),
    });
    return response.json();
  };
  const screen = (offset: number) => ({
    filter: NO_FILTER,
    sort: { key: 'name', direction: 'asc' },
    offset,
    limit: 100,
  });
  await api('trainees:query', screen(0));
  const ms = performance.now() - started;
  await api('trainees:query', screen(500));
  await api('trainees:get', { id: 't-00042' });
  for (let n = 0; n < 5; n += 1) {
    await api('checkoffs:set', {
      planId: 'p-00042',
      changes: [
        { statementId: 'advanced.2', checkoff: n % 2 ? null : { achievedOn: '2026-11-20', assessor: 'A', note: '' } },
      ],
    });
  }
  // Let the start-up backup finish, so its memory counts too.
  const backedUp = async () =>
    (await readdir(join(dataDir, 'backups')).catch(() => [])).some((name) => /^trainplan-[\d-]+\.jsonl$/.test(name));
  for (let waited = 0; waited < 60_000 && !(await backedUp()); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // …and its check: the new backup is read back in full before old ones are pruned.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const status = await readFile(`/proc/${String(child.pid)}/status`, 'utf8').catch(() => '');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { ms, peakMb: Math.round(peakKb / 1024) };
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const times = (value: number) => `${value.toFixed(1)}×`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

buildIfStale(ROOT);
const rows: string[][] = [];
for (const size of SIZES) {
  const dataDir = await mkdtemp(join(tmpdir(), `trainplan-scale-${String(size)}-`));
  try {
    await buildDataset(dataDir, size);
    const bytes = await folderBytes(dataDir);
    // Twice, keeping the second: the first also pays for the operating system's file cache.
    await coldOpen(dataDir);
    const cold = await coldOpen(dataDir);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/bench/scaleCase.ts'), dataDir, String(size)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as CaseResult;
    rows.push([
      size.toLocaleString('en-GB'),
      mb(bytes),
      `${ms(cold.ms)} ms`,
      `${String(cold.peakMb)} MB`,
      ms(r.bare.p50),
      `${ms(r.tick.p50)} / ${ms(r.tick.p95)} (${times(r.ratio.tick)})`,
      `${ms(r.edit.p50)} (${times(r.ratio.edit)})`,
      `${ms(r.create.p50)} (${times(r.ratio.create)})`,
      `${ms(r.concurrent.p95)} (${times(r.ratio.concurrentP95)})`,
      `${ms(r.group.candidates.p50)} / ${ms(r.group.save.p50)} (${times(r.groupRatio.save)}) / ${ms(r.group.undo.p50)} (${times(r.groupRatio.undo)}), ${String(r.group.size)} trainees`,
      `${ms(r.listFirst)} / ${ms(r.list.p50)}`,
      ms(r.search.p50),
      ms(r.open.p50),
      `${(r.firstScreenBytes / 1024).toFixed(0)} KB of ${mb(r.wholeListBytes)}`,
    ]);
    console.error(`${String(size)} trainees measured`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log(
  [
    '| Trainees | Data folder | Cold open (start → first list screen) | Peak memory (main process) | Bare durable 4 KB write, ms | Tick p50 / p95, ms (p50 ÷ bare) | Edit p50, ms (÷ bare) | New trainee p50, ms (÷ bare) | 10 trainers ticking at once: p95, ms (÷ bare) | Group sign-off, 3 statements: candidates / save (÷ bare) / undo (÷ bare), ms | List: first / next, ms | Search, ms | Open one trainee, ms | First screen sent to the window |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n'),
);
