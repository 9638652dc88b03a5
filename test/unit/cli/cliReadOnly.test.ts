import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../../src/main/store/dataLock';
import { readPdf } from '../reports/pdfInspect';
import { NAMES, reportFixture } from '../reports/reportFixture';
import { useTempDirs } from '../support/tempDir';
import { TRAINEE } from '../support/testApp';
import { folderSnapshot, trainplan } from './cliRun';

const newDir = useTempDirs();

describe('trainplan never writes to the data folder', () => {
  it('reports while the app holds the folder, sees its latest changes, and changes nothing there', async () => {
    const dataDir = await newDir();
    const fixture = await reportFixture(dataDir);
    // The app's own background backup, if any, is finished: from here only the command line could write.
    await fixture.app.backupsSettled();
    const lockBefore = await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8');
    const before = await folderSnapshot(dataDir);
    const outDir = await newDir();

    const cohort = await trainplan(['report', 'cohort', '--out', join(outDir, 'cohort.pdf'), '--data-dir', dataDir]);
    const trainees = await trainplan(['report', 'trainee', '--all', '--out', outDir, '--data-dir', dataDir]);

    expect([cohort.code, cohort.err]).toEqual([0, '']);
    expect([trainees.code, trainees.err]).toEqual([0, '']);
    // The fixture's changes are still only in the app's journal; the reports have them all the same.
    const pdf = await readPdf(await readFile(join(outDir, 'cohort.pdf')));
    for (const name of NAMES) expect(pdf.all).toContain(name);
    expect(await readdir(outDir)).toHaveLength(NAMES.length + 1);
    expect(await folderSnapshot(dataDir)).toEqual(before);
    expect(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8')).toBe(lockBefore);
    // And the app still writes.
    await expect(fixture.call('trainees:create', TRAINEE)).resolves.toMatchObject({ fullName: TRAINEE.fullName });
  });

  it('takes no lock and leaves no file when the app is closed', async () => {
    const dataDir = await newDir();
    const fixture = await reportFixture(dataDir);
    await fixture.app.close();
    const before = await folderSnapshot(dataDir);
    const outDir = await newDir();

    const run = await trainplan(['report', 'trainee', '--team', 'Line 1', '--out', outDir, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(await readdir(outDir)).toHaveLength(2);
    expect(before.has(LOCK_FILE_NAME)).toBe(false);
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });
});
