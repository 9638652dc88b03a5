import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importsOf } from '../support/builtImports';
import { readPdf } from '../reports/pdfInspect';
import { NAMES, reportFixture } from '../reports/reportFixture';
import { useTempDirs } from '../support/tempDir';
import { folderSnapshot, type CliOutcome } from './cliRun';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'trainplan.mjs');
const newDir = useTempDirs();

/** `node bin/trainplan.mjs …` as cron would run it: stderr is a pipe, not a terminal. */
function runBin(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/** The modules a built file imports, followed through the chunks it shares with the app. */
describe('the built trainplan program', () => {
  // The first run builds the app when the sources changed (about a minute), and says so on stderr.
  beforeAll(async () => {
    expect((await runBin(['--version'])).code).toBe(0);
  }, 240_000);

  it(
    'reports one team from a real process, with a final line on stdout and nothing else',
    { timeout: 240_000 },
    async () => {
      const dataDir = await newDir();
      const fixture = await reportFixture(dataDir);
      await fixture.app.backupsSettled();
      const before = await folderSnapshot(dataDir);
      const file = join(await newDir(), 'cohort.pdf');

      const run = await runBin(['report', 'cohort', '--team', 'Line 1', '--out', file], {
        TRAINPLAN_DATA_DIR: dataDir,
      });

      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toBe(`Cohort report written to ${file} (2 trainees, 1 page).\n`);
      const pdf = await readPdf(await readFile(file));
      for (const name of [NAMES[1], NAMES[3]] as string[]) expect(pdf.all).toContain(name);
      for (const name of [NAMES[0], NAMES[2], NAMES[4]] as string[]) expect(pdf.all).not.toContain(name);
      expect(await folderSnapshot(dataDir)).toEqual(before);
    },
  );

  it('exits 2 with one plain line for bad arguments, and says its version', { timeout: 240_000 }, async () => {
    const bad = await runBin(['report', 'cohort', '--status', 'late', '--out', 'x.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err.trimEnd().split('\n')).toEqual([expect.stringContaining("argument 'late' is invalid")]);

    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runBin(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('shows progress on stderr when asked with --progress', { timeout: 240_000 }, async () => {
    const dataDir = await newDir();
    const fixture = await reportFixture(dataDir);
    await fixture.app.close();
    const outDir = await newDir();

    const run = await runBin(['report', 'trainee', '--all', '--progress', '--out', outDir, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(run.err).toContain('Trainee reports: 5 of 5');
    expect(run.out).toMatch(/^5 trainee reports written to /);
  });

  it('never loads Electron', async () => {
    const imports = await importsOf(join(ROOT, 'out', 'main', 'cli.js'));
    expect([...imports].some((spec) => spec.startsWith('./chunks/'))).toBe(true);
    expect([...imports].filter((spec) => spec === 'electron' || spec.startsWith('electron/'))).toEqual([]);
  });
});
