import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMES, reportFixture } from '../reports/reportFixture';
import { newFrameworkText } from '../../fixtures/frameworkFiles';
import { readPdf } from '../reports/pdfInspect';
import { useTempDirs } from '../support/tempDir';
import { folderSnapshot, trainplan } from './cliRun';

const newDir = useTempDirs();

/** The fixture's five trainees, written by an app that is then closed, and an empty folder for the output. */
async function closedFolder() {
  const dataDir = await newDir();
  const fixture = await reportFixture(dataDir);
  await fixture.app.close();
  return { dataDir, fixture, outDir: await newDir() };
}

const LINE_2 = [NAMES[0], NAMES[2], NAMES[4]] as string[];
const LINE_1 = [NAMES[1], NAMES[3]] as string[];

describe('trainplan report cohort', () => {
  it('writes a cohort PDF of exactly the team asked for, and says where', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'cohort.pdf');

    const run = await trainplan(['report', 'cohort', '--team', 'Line 2', '--out', file, '--data-dir', dataDir]);

    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Cohort report written to .*cohort\.pdf \(3 trainees, \d+ pages?\)\.\n$/);
    const pdf = await readPdf(await readFile(file), 'cli-cohort-line2.pdf');
    for (const name of LINE_2) expect(pdf.all).toContain(name);
    for (const name of LINE_1) expect(pdf.all).not.toContain(name);
    expect(pdf.all).toContain('Team: Line 2');
  });

  it('takes several statuses, repeated or as a comma list, and puts the most urgent first when asked', async () => {
    const { dataDir, outDir } = await closedFolder();
    for (const [name, flags] of [
      ['repeated.pdf', ['--status', 'no_plan', '--status', 'overdue']],
      ['comma.pdf', ['--status', 'no_plan,overdue']],
    ] as const) {
      const file = join(outDir, name);
      const run = await trainplan([
        'report',
        'cohort',
        ...flags,
        '--order',
        'urgency',
        '--out',
        file,
        '--data-dir',
        dataDir,
      ]);
      expect(run.err).toBe('');
      expect(run.out).toContain('(2 trainees,');
      const pdf = await readPdf(await readFile(file), `cli-cohort-${name}`);
      expect(pdf.all).toContain('Status: Overdue or No plan yet');
      // Nguyễn's plan is overdue, José has no plan: overdue comes first, "no plan" last.
      const [huong, jose] = [pdf.all.indexOf(NAMES[1] ?? ''), pdf.all.lastIndexOf(NAMES[4] ?? '')];
      expect(huong).toBeGreaterThan(-1);
      expect(jose).toBeGreaterThan(huong);
      for (const other of [NAMES[0], NAMES[2], NAMES[3]]) expect(pdf.all).not.toContain(other);
    }
  });

  it('refuses several statuses where only one is taken, rather than keeping the last', async () => {
    const { dataDir, outDir } = await closedFolder();
    const run = await trainplan([
      'export',
      'trainees',
      '--status',
      'behind',
      '--status',
      'overdue',
      '--out',
      join(outDir, 'list.csv'),
      '--data-dir',
      dataDir,
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('only `trainplan report cohort` takes several');
  });

  it('takes a SOC code for --framework, and the data folder from TRAINPLAN_DATA_DIR', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'office.pdf');

    const run = await trainplan(['report', 'cohort', '--framework', '43-9071.00', '--paper', 'letter', '--out', file], {
      env: { TRAINPLAN_DATA_DIR: dataDir },
    });

    expect(run.code).toBe(0);
    const pdf = await readPdf(await readFile(file));
    // Only Łukasz and Hương have a plan on the office framework.
    expect(pdf.all).toContain(NAMES[0]);
    expect(pdf.all).toContain(NAMES[1]);
    for (const name of [NAMES[2], NAMES[3], NAMES[4]]) expect(pdf.all).not.toContain(name);
    // US Letter, landscape like every cohort report.
    expect([Math.round(pdf.size.width), Math.round(pdf.size.height)]).toEqual([792, 612]);
  });

  it('takes the newest version in the library for a SOC code, and an exact version by its full id', async () => {
    const dataDir = await newDir();
    const fixture = await reportFixture(dataDir);
    await fixture.call('frameworks:import', {
      fileName: 'plant-2027.json',
      text: newFrameworkText({ soc: '51-8099.00', title: 'Plant operators 2027', version: 'v.27.01' }),
    });
    await fixture.app.close();
    const outDir = await newDir();
    const run = (framework: string) =>
      trainplan(['report', 'cohort', '--framework', framework, '--out', join(outDir, 'r.pdf'), '--data-dir', dataDir]);

    // Nobody has a plan on the new version yet; three trainees have one on v.26.05.
    expect((await run('51-8099.00')).out).toContain('(0 trainees,');
    expect((await run('51-8099.00@v.26.05')).out).toContain('(3 trainees,');
  });

  it('names the frameworks there are when --framework matches none', async () => {
    const { dataDir, outDir } = await closedFolder();

    const run = await trainplan([
      'report',
      'cohort',
      '--framework',
      '99-0000.00',
      '--out',
      join(outDir, 'x.pdf'),
      '--data-dir',
      dataDir,
    ]);

    expect(run.code).toBe(2);
    expect(run.err).toContain('There is no framework “99-0000.00” in the library');
    expect(run.err).toContain('51-8099.00  Plant and System Operators, All Other');
    expect(await readdir(outDir)).toEqual([]);
  });

  it('shows progress on stderr only when asked or at a terminal', async () => {
    const { dataDir, outDir } = await closedFolder();
    const quiet = await trainplan(['report', 'cohort', '--out', join(outDir, 'a.pdf'), '--data-dir', dataDir]);
    const asked = await trainplan([
      'report',
      'cohort',
      '--progress',
      '--out',
      join(outDir, 'b.pdf'),
      '--data-dir',
      dataDir,
    ]);

    const atTerminal = await trainplan(['report', 'cohort', '--out', join(outDir, 'c.pdf'), '--data-dir', dataDir], {
      tty: true,
    });

    expect(quiet.err).toBe('');
    expect(atTerminal.err).toContain('Cohort report: gathering the trainees…');
    expect(asked.err).toContain('Cohort report: gathering the trainees…');
    expect(asked.out).toContain('(5 trainees,');
  });
});

describe('trainplan report trainee', () => {
  it('writes one PDF per trainee, named as the app names them', async () => {
    const { dataDir, outDir } = await closedFolder();

    const run = await trainplan(['report', 'trainee', '--all', '--progress', '--out', outDir, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    const files = (await readdir(outDir)).sort();
    expect(files).toEqual(NAMES.map((name) => `Progress - ${name} - 2026-11-22.pdf`).sort());
    for (const name of NAMES) {
      const pdf = await readPdf(await readFile(join(outDir, `Progress - ${name} - 2026-11-22.pdf`)));
      expect(pdf.all).toContain(name);
      for (const other of NAMES.filter((n) => n !== name)) expect(pdf.all).not.toContain(other);
    }
    expect(run.err).toContain('Trainee reports: 5 of 5');
    expect(run.out).toMatch(/^5 trainee reports written to .* \(\d+ pages in all\)\.\n$/);
  });

  it('numbers the second of two trainees with one name instead of overwriting, and keeps files already there', async () => {
    const dataDir = await newDir();
    const fixture = await reportFixture(dataDir);
    await fixture.call('trainees:create', {
      fullName: 'José Núñez',
      employeeId: 'B-200',
      team: 'Line 9',
      site: 'York',
      trainer: 'Dev Patel',
      startDate: '2026-09-01',
      notes: '',
    });
    await fixture.app.close();
    const outDir = await newDir();
    const stem = 'Progress - José Núñez - 2026-11-22';
    // Last run's report of the same name, say: it stays as it was.
    await writeFile(join(outDir, `${stem}.pdf`), 'kept');

    const run = await trainplan(['report', 'trainee', '--search', 'jose', '--out', outDir, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect((await readdir(outDir)).sort()).toEqual([`${stem} (2).pdf`, `${stem} (3).pdf`, `${stem}.pdf`]);
    expect(await readFile(join(outDir, `${stem}.pdf`), 'utf8')).toBe('kept');
    expect(run.out).toContain('2 files got a number added to the name');
    const texts = await Promise.all(
      [2, 3].map(async (n) => (await readPdf(await readFile(join(outDir, `${stem} (${String(n)}).pdf`)))).all),
    );
    expect(texts.some((text) => text.includes('Line 9'))).toBe(true);
    expect(texts.some((text) => text.includes('Line 2'))).toBe(true);
  });

  it('makes the reports of the trainees named by --id, with the app’s options', async () => {
    const { dataDir, outDir, fixture } = await closedFolder();
    const lukasz = fixture.lukasz.id;

    const run = await trainplan([
      'report',
      'trainee',
      '--id',
      lukasz,
      '--no-notes',
      '--out',
      outDir,
      '--data-dir',
      dataDir,
    ]);

    expect(run.code).toBe(0);
    const [only, ...others] = await readdir(outDir);
    expect(others).toEqual([]);
    const pdf = await readPdf(await readFile(join(outDir, only ?? '')));
    expect(pdf.all).toContain(NAMES[0]);
    // The fixture's check-offs carry the note "Observed on line 2"; --no-notes leaves it out.
    expect(pdf.all).not.toContain('Observed on line 2');
  });

  it('leaves out a trainee whose records are damaged, writes everyone else’s, and says whose was not made', async () => {
    const dataDir = await newDir();
    const fixture = await reportFixture(dataDir);
    // Each trainee's records in their own file, as after the app has run a while.
    await fixture.app.store.checkpoint();
    await fixture.app.close();
    const records = (await readdir(dataDir)).find((name) => name.startsWith('records-')) ?? '';
    const traineesDir = join(dataDir, records, 'trainees');
    for (const name of await readdir(traineesDir)) {
      const file = join(traineesDir, name);
      if ((await readFile(file, 'utf8')).includes(NAMES[2] ?? '')) await writeFile(file, '{"damaged": ');
    }
    const outDir = await newDir();

    const run = await trainplan(['report', 'trainee', '--all', '--out', outDir, '--data-dir', dataDir]);

    // Not everything asked for was made: the exit code says so, and the message says whose and why.
    expect(run.code).toBe(1);
    expect(run.out).toContain(`4 trainee reports written to ${outDir}`);
    expect(run.err).toMatch(
      new RegExp(`${NAMES[2] ?? ''}’s report was not made: This trainee's records file cannot be used`),
    );
    expect(await readdir(outDir)).toHaveLength(4);
  });

  it('refuses an --out folder inside the data folder', async () => {
    const { dataDir } = await closedFolder();
    const inside = join(dataDir, 'reports');
    await mkdir(inside);
    const before = await folderSnapshot(dataDir);

    const run = await trainplan(['report', 'trainee', '--all', '--out', inside, '--data-dir', dataDir]);

    expect(run.code).toBe(2);
    expect(run.err).toContain('Choose a place outside the data folder');
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });
});
