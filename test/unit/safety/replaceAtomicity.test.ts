import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import type { CallName } from '../../../src/shared/api/callNames';
import type { CallInput, CallOutput } from '../../../src/shared/api/contract';
import { buildDataset } from '../../fixtures/recordsDataset';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { bundleChildScript } from '../support/childScript';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const ROOT = join(import.meta.dirname, '..', '..', '..');
let BUNDLE = '';
const KILLS = 12;

beforeAll(async () => {
  BUNDLE = await bundleChildScript(join(import.meta.dirname, 'replaceWriter.ts'), 'replaceWriter');
});

/** Runs the child until it is ready, then kills it `afterMs` into the import or restore (or lets it finish). */
function replaceAndKill(dataDir: string, how: string, file: string, afterMs: number | null) {
  return new Promise<{ finished: boolean; tookMs: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, dataDir, SEEDS_DIR, how, file], { cwd: ROOT });
    let output = '';
    let startedAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (startedAt === 0 && output.includes('ready\n')) {
        startedAt = performance.now();
        if (afterMs !== null) setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => {
      const tookMs = performance.now() - startedAt;
      if (output.includes('failed')) reject(new Error(output));
      else if (signal === 'SIGKILL' || code === 0) resolve({ finished: output.includes('done\n'), tookMs });
      else reject(new Error(`exited with ${String(code)}: ${output}`));
    });
  });
}

type App = Awaited<ReturnType<typeof openTrainplan>>;

async function call<K extends CallName>(app: App, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as CallOutput<K>;
}

/** Who is in the folder, as a fresh start sees it. */
async function traineesIn(dataDir: string): Promise<string> {
  const app = await openTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't' });
  try {
    return (await call(app, 'trainees:list', {}))
      .map((row) => row.fullName)
      .sort()
      .join('|');
  } finally {
    await app.close();
  }
}

async function exportOf(count: number, rename: string): Promise<string> {
  const dir = await tempDir();
  await buildDataset(dir, count);
  const app = await openTrainplan({ dataDir: dir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't' });
  const exported = await call(app, 'data:export', {});
  await app.close();
  // The same people under other names, so which set a folder holds is plain to see.
  return exported.text.replaceAll('"fullName":"', `"fullName":"${rename} `);
}

describe('an import or a restore replaces everything at once', () => {
  it.each(['import', 'restore'])(
    `leaves the old records or the new ones, never a mix, when killed at any moment of a %s`,
    async (how) => {
      const source = await tempDir();
      const incoming = join(source, 'trainplan-20261101-080000.jsonl');
      await writeFile(incoming, await exportOf(300, 'New'));
      const fresh = async () => {
        const dataDir = await tempDir();
        await buildDataset(dataDir, 100);
        if (how === 'restore') {
          await mkdir(join(dataDir, 'backups'), { recursive: true });
          await copyFile(incoming, join(dataDir, 'backups', 'trainplan-20261101-080000.jsonl'));
        }
        return dataDir;
      };
      const argument = how === 'import' ? incoming : 'trainplan-20261101-080000.jsonl';
      const before = await traineesIn(await fresh());
      const finishedDir = await fresh();
      const { tookMs } = await replaceAndKill(finishedDir, how, argument, null);
      const after = await traineesIn(finishedDir);
      expect(after).not.toBe(before);

      const outcomes = { old: 0, new: 0 };
      const killAt = async (afterMs: number) => {
        const dataDir = await fresh();
        await replaceAndKill(dataDir, how, argument, afterMs);
        const seen = await traineesIn(dataDir);
        expect([before, after]).toContain(seen);
        outcomes[seen === before ? 'old' : 'new'] += 1;
        // Nothing half-built is left to grow: unfinished records folders are removed on the next start.
        const folders = (await readdir(dataDir)).filter((name) => name.startsWith('records-'));
        expect(folders.length).toBeLessThanOrEqual(2);
      };
      // Spread the kills over the whole replacement, from its start to past its end.
      for (let kill = 0; kill < KILLS; kill += 1) await killAt((tookMs * 1.5 * kill) / (KILLS - 1));
      // On a busy machine a run can be slower than the one timed: kill later until one finished.
      for (let late = 2; outcomes.new === 0 && late <= 5; late += 1) await killAt(tookMs * late);
      expect(outcomes.old).toBeGreaterThan(0);
      expect(outcomes.new).toBeGreaterThan(0);
    },
    240_000,
  );
});
