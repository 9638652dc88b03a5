import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { bundleChildScript } from '../support/childScript';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const KILLS = Number(process.env.TRAINPLAN_KILLS ?? 200);
const WORKERS = 2;
const ROOT = join(import.meta.dirname, '..', '..', '..');
let BUNDLE = '';

beforeAll(async () => {
  BUNDLE = await bundleChildScript(join(import.meta.dirname, 'crashWriter.ts'), 'crashWriter');
});

/** Starts the writer, lets it acknowledge a random number of changes, then SIGKILLs it mid-stream. */
function runAndKill(dataDir: string, planId: string, startAt: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, dataDir, SEEDS_DIR, planId, String(startAt)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged = new Map<string, number>();
    const killAfter = 1 + Math.floor(Math.random() * 12);
    let seen = 0;
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [n, statementId] = line.split(' ');
        if (n !== undefined && statementId !== undefined) acknowledged.set(statementId, Number(n));
        seen += 1;
      }
      // Kill a random moment after the k-th acknowledgement: somewhere inside the next write.
      if (seen >= killAfter && child.exitCode === null) setTimeout(() => child.kill('SIGKILL'), Math.random() * 4);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`the writer stopped by itself (${String(code)}): ${stderr}`));
    });
  });
}

/** Signs that the writer died in the middle of a checkpoint: two journals, or a document half-replaced. */
async function diedMidCheckpoint(dir: string): Promise<boolean> {
  const records = (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '';
  const journals = (await readdir(join(dir, records))).filter((n) => n.startsWith('journal-'));
  const temps = (await readdir(join(dir, records, 'trainees'))).filter((n) => n.endsWith('.tmp'));
  return journals.length > 1 || temps.length > 0;
}

async function killLoop(kills: number): Promise<{ kills: number; acknowledged: number; midCheckpoint: number }> {
  const dir = await tempDir();
  const setup = await openTestApp(dir);
  const trainee = await setup.call('trainees:create', TRAINEE);
  const { planId } = await setup.call('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'advanced',
    targetDate: null,
    startDate: '2026-09-01',
  });
  const latest = new Map<string, number>();
  let next = 0;
  let acknowledged = 0;
  let midCheckpoint = 0;
  for (let k = 0; k < kills; k += 1) {
    const acks = await runAndKill(dir, planId, next);
    if (await diedMidCheckpoint(dir)) midCheckpoint += 1;
    for (const [statementId, n] of acks) {
      latest.set(statementId, n);
      next = Math.max(next, n + 1);
      acknowledged += 1;
    }
    next += 1; // the change in flight when the writer died may or may not have landed
    // The folder must open and validate, and hold every change whose call had returned success.
    const reopened = await openTestApp(dir);
    // The plan's own records: the history grows by thousands of events a run and is read once, at the end.
    const doc = await reopened.app.store.doc(trainee.id);
    const checkoffs = doc?.plans[0]?.checkoffs ?? {};
    for (const [statementId, n] of latest) {
      const onDisk = Number(/change (\d+)/.exec(checkoffs[statementId]?.note ?? '')?.[1] ?? -1);
      expect(onDisk, `${statementId} after kill ${String(k)}`).toBeGreaterThanOrEqual(n);
    }
    await reopened.app.close();
  }
  const final = await openTestApp(dir);
  const history = await final.history(trainee.id);
  expect(history.filter((e) => e.kind === 'statement.checked' || e.kind === 'statement.edited').length).toBeGreaterThan(
    acknowledged,
  );
  expect(new Set(history.map((e) => e.id)).size).toBe(history.length);
  await final.app.close();
  return { kills, acknowledged, midCheckpoint };
}

describe('crash consistency', () => {
  it(
    `survives ${String(KILLS)} SIGKILLs in the middle of writing, losing no acknowledged change`,
    // 200 kills take about 3 minutes on a loaded 2-core machine: the bound is for a hang, not a speed.
    { timeout: 420_000 },
    async () => {
      const results = await Promise.all(Array.from({ length: WORKERS }, () => killLoop(KILLS / WORKERS)));
      expect(results.reduce((sum, r) => sum + r.kills, 0)).toBe(KILLS);
      // The test is only worth something if the writer got real work done between kills.
      expect(results.reduce((sum, r) => sum + r.acknowledged, 0)).toBeGreaterThan(KILLS * 2);
      // ...and if some kills fell in the middle of copying the journal into the trainees' files.
      expect(results.reduce((sum, r) => sum + r.midCheckpoint, 0)).toBeGreaterThan(0);
    },
  );
});
