import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { folderSnapshot, trainplan, type CliOutcome } from './cliRun';

const newDir = useTempDirs();

/** A data folder with one trainee, its app closed. */
async function dataFolder(): Promise<string> {
  const dataDir = await newDir();
  const { app, call } = await openTestApp(dataDir);
  await call('trainees:create', TRAINEE);
  await app.close();
  return dataDir;
}

/** One plain line on stderr, nothing on stdout, no stack trace. */
function expectOneMessage(run: CliOutcome, code: number, words: string): void {
  expect(run.code).toBe(code);
  expect(run.out).toBe('');
  expect(run.err).toContain(words);
  expect(run.err.trimEnd().split('\n')).toHaveLength(1);
  expect(run.err).not.toMatch(/\n\s+at /);
}

describe('trainplan with bad arguments', () => {
  it('exits 2 with one message for an unknown command, an unknown option or a missing --out', async () => {
    const out = join(await newDir(), 'r.pdf');
    expectOneMessage(await trainplan(['frobnicate']), 2, 'Unknown command');
    expectOneMessage(
      await trainplan(['report', 'cohort', '--colour', 'red', '--out', out]),
      2,
      "Unknown option '--colour'",
    );
    const missing = await trainplan(['report', 'cohort', '--team', 'Line 2']);
    expectOneMessage(missing, 2, "Required option '--out <file>' not specified");
    expect(missing.err).toContain('Run “trainplan report cohort --help”');
  });

  it('exits 2 for a status it does not know, naming the ones it does', async () => {
    const run = await trainplan(['report', 'cohort', '--status', 'late', '--out', 'x.pdf']);
    expectOneMessage(run, 2, "argument 'late' is invalid. Allowed choices are");
    for (const status of ['met', 'on_track', 'behind', 'due_soon', 'overdue', 'no_date', 'no_plan']) {
      expect(run.err).toContain(status);
    }
  });

  it('exits 2 when the --out folder does not exist, and writes nothing', async () => {
    const dataDir = await dataFolder();
    const run = await trainplan(['report', 'cohort', '--out', '/no/such/folder/r.pdf', '--data-dir', dataDir]);
    expectOneMessage(run, 2, 'The folder /no/such/folder does not exist');
  });

  it('exits 2 for a folder with no Trainplan records, and creates nothing in it', async () => {
    const empty = await newDir();
    const out = join(await newDir(), 'r.pdf');
    expectOneMessage(
      await trainplan(['report', 'cohort', '--out', out, '--data-dir', empty]),
      2,
      `There are no Trainplan records in ${empty}`,
    );
    expect(await readdir(empty)).toEqual([]);
    expectOneMessage(
      await trainplan(['report', 'cohort', '--out', out, '--data-dir', join(empty, 'missing')]),
      2,
      'does not exist',
    );
    expect(await readdir(empty)).toEqual([]);
  });

  it('exits 1 for damaged records and leaves them exactly as they were', async () => {
    const damaged = await newDir();
    await writeFile(join(damaged, 'trainplan.json'), '{"schemaVersion": 3, "records": ');
    const before = await folderSnapshot(damaged);
    const out = join(await newDir(), 'r.pdf');

    const run = await trainplan(['report', 'cohort', '--out', out, '--data-dir', damaged]);

    expectOneMessage(run, 1, `The records in ${damaged} cannot be used`);
    expect(run.err).toContain('Nothing was changed');
    expect(await folderSnapshot(damaged)).toEqual(before);
  });

  it('exits 1 when the file cannot be written, and leaves no temp file behind', async () => {
    const dataDir = await dataFolder();
    const outDir = await newDir();
    const tooLong = join(outDir, `${'r'.repeat(300)}.pdf`);

    const run = await trainplan(['report', 'cohort', '--out', tooLong, '--data-dir', dataDir]);

    expectOneMessage(run, 1, 'the name is too long');
    expect(await readdir(outDir)).toEqual([]);
  });

  it('exits 2 when report trainee is not told whose reports to make', async () => {
    const outDir = await newDir();
    expectOneMessage(await trainplan(['report', 'trainee', '--out', outDir]), 2, 'Say whose reports to make');
    expectOneMessage(
      await trainplan(['report', 'trainee', '--id', 'x', '--team', 'Line 2', '--out', outDir]),
      2,
      'Use --id on its own',
    );
  });

  it('exits 2 for an --out that is a folder where a file is wanted', async () => {
    const dataDir = await dataFolder();
    const folder = await newDir();
    await mkdir(join(folder, 'r.pdf'));
    const run = await trainplan(['report', 'cohort', '--out', join(folder, 'r.pdf'), '--data-dir', dataDir]);
    expectOneMessage(run, 2, 'is a folder');
  });

  it('shows the usage on stderr with exit 2 when no command is given', async () => {
    const run = await trainplan([]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Usage: trainplan');
  });
});

describe('trainplan --help and --version', () => {
  it('explains each command, the data folder and the exit codes, exit 0', async () => {
    for (const argv of [
      ['--help'],
      ['report', 'cohort', '--help'],
      ['report', 'trainee', '--help'],
      ['export', 'matrix', '--help'],
    ]) {
      const run = await trainplan(argv);
      expect(run.code).toBe(0);
      expect(run.out).toContain('Usage: trainplan');
      expect(run.out).toContain('Exit codes: 0 done, 1 failed');
    }
    const cohort = await trainplan(['report', 'cohort', '--help']);
    for (const option of ['--out <file>', '--team <team>', '--status <status>', '--data-dir <dir>', '--paper <size>']) {
      expect(cohort.out).toContain(option);
    }
  });

  it('says its version', async () => {
    const run = await trainplan(['--version']);
    expect(run).toEqual({ code: 0, out: '9.9.9-test\n', err: '' });
  });
});

describe('trainplan --out is an ordinary file outside the data folder', () => {
  it('refuses a device, and a link to the data folder or the data folder through a link', async () => {
    const dataDir = await dataFolder();
    const before = await folderSnapshot(dataDir);
    // A root cron job must never replace /dev/null with a report.
    expectOneMessage(
      await trainplan(['export', 'trainees', '--format', 'csv', '--out', '/dev/null', '--data-dir', dataDir]),
      2,
      'is a device or another special file',
    );
    const elsewhere = await newDir();
    await symlink(dataDir, join(elsewhere, 'records-link'));
    const throughLink = await trainplan([
      'export',
      'trainees',
      '--out',
      join(elsewhere, 'records-link', 'list.csv'),
      '--data-dir',
      dataDir,
    ]);
    expectOneMessage(throughLink, 2, 'outside the data folder');
    const dataThroughLink = await trainplan([
      'export',
      'trainees',
      '--out',
      join(dataDir, 'list.csv'),
      '--data-dir',
      join(elsewhere, 'records-link'),
    ]);
    expectOneMessage(dataThroughLink, 2, 'outside the data folder');
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });

  it('writes through a link to the file it points at, and refuses a name of another kind than --format', async () => {
    const dataDir = await dataFolder();
    const folder = await newDir();
    const target = join(folder, 'trainees-2026-11-30.csv');
    await writeFile(target, 'old');
    await symlink(target, join(folder, 'latest.csv'));
    const run = await trainplan([
      'export',
      'trainees',
      '--format',
      'csv',
      '--out',
      join(folder, 'latest.csv'),
      '--data-dir',
      dataDir,
    ]);
    expect(run.code).toBe(0);
    expect((await lstat(join(folder, 'latest.csv'))).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('Łukasz Żółć');
    expectOneMessage(
      await trainplan([
        'export',
        'trainees',
        '--format',
        'xlsx',
        '--out',
        join(folder, 't.csv'),
        '--data-dir',
        dataDir,
      ]),
      2,
      '--out ends in .csv but --format is xlsx',
    );
  });
});
