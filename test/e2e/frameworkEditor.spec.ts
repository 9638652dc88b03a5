import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { FrameworkEditor } from './pages/FrameworkEditor';
import { FrameworksPage } from './pages/FrameworksPage';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/shots/editor';

// One long story (write, assign, version 2, export, move): it took up to 60 s on a loaded 2-core machine.
test.setTimeout(120_000);

test('a trainer writes a framework, assigns it, makes version 2 and exports it', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  const editor = new FrameworkEditor(page);
  await frameworks.open();
  await page.getByTestId('new-framework').click();
  await page.getByRole('heading', { name: 'New framework', level: 2 }).waitFor();
  await page.screenshot({ path: `${SHOTS}-empty.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // Saving the empty form says, beside each field, what is missing; nothing is stored.
  await editor.save.click();
  await expect(editor.error).toHaveText('Some fields need attention: see the messages in red.');
  await expect(editor.form.getByText('Enter the occupation or title.')).toBeVisible();
  await expect(editor.form.getByText('Emerging statement 1: write what the trainee does.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-errors.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // The details with the keyboard: Tab from field to field.
  await editor.field('Occupation or title').click();
  await page.keyboard.type('Press Brake Operation');
  await page.keyboard.press('Tab');
  await page.keyboard.type('PB-101');
  await editor.field('Source (optional)').fill('Hall B training team');
  await editor.topic('Emerging', 1).fill('Safety');
  await page.keyboard.press('Tab');
  await page.keyboard.type('keeps hands clear of the tool area');
  // "Add a statement" puts the cursor in the new row's statement, so typing goes on at once.
  await editor.addStatement('Emerging').click();
  await expect(editor.performance('Emerging', 2)).toBeFocused();
  await page.keyboard.type('names the parts of the press brake');
  // A repeat is refused beside the field, then moved and fixed.
  await editor.topic('Developing', 1).fill('Safety');
  await editor.performance('Developing', 1).fill('fits the punch and die with help');
  await editor.topic('Proficient', 1).fill('Bending');
  await editor.performance('Proficient', 1).fill('bends a part to drawing on the first try');
  await editor.topic('Advanced', 1).fill('Programming');
  await editor.performance('Advanced', 1).fill('writes a bend sequence for a new part');
  await editor.page.getByRole('button', { name: 'Move Emerging statement 2 up' }).click();
  await expect(editor.performance('Emerging', 1)).toHaveValue('names the parts of the press brake');
  await editor.page.getByRole('button', { name: 'Move Emerging statement 1 down' }).press('Enter');
  await expect(editor.performance('Emerging', 1)).toHaveValue('keeps hands clear of the tool area');
  await editor.topic('Developing', 1).fill('Set-up');
  await expect(editor.error).toBeHidden();
  await page.screenshot({ path: `${SHOTS}-filled.png`, fullPage: true });
  await editor.save.click();

  // Saved: its own page, then in the library as made in Trainplan with the trainer's code.
  await page.getByRole('heading', { name: 'Press Brake Operation', level: 2 }).waitFor();
  // The “saved” message (up for a few seconds) has a named close button like every other control.
  await expect(page.getByRole('button', { name: 'Close message' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await expect(frameworks.statements).toHaveCount(5);
  await expect(frameworks.statements.first()).toHaveText('Safety — keeps hands clear of the tool area');
  await frameworks.open();
  const row = frameworks.row('Press Brake Operation');
  await expect(row).toContainText('PB-101');
  await expect(row).toContainText('Made in Trainplan');
  await expect(row).not.toContainText('00-');
  await page.screenshot({ path: `${SHOTS}-library.png`, fullPage: true });

  // Assigned to a trainee, a statement checked.
  const trainees = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await trainees.open();
  await trainees.add({ fullName: 'Jonas Berg' });
  await trainee.assign({ framework: 'Press Brake Operation', level: 'Developing' });
  const plan = trainee.plan('Press Brake Operation');
  await expect(plan).toContainText('PB-101 · 1 · started');
  await trainee.tick(plan, 'Safety');

  // Version 2: one statement reworded, one added; version 1 stays as it was.
  await frameworks.open();
  await frameworks.openFramework('Press Brake Operation');
  await page.getByTestId('edit-as-new-version').click();
  await page.getByRole('heading', { name: 'New version of a framework', level: 2 }).waitFor();
  await expect(editor.field('Version')).toHaveValue('2');
  await expect(editor.field('Code (optional)')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}-new-version.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await editor.performance('Emerging', 2).fill('names every part of the press brake and says what it does');
  await editor.addStatement('Advanced').click();
  await page.keyboard.type('shows a new operator how to set up a job');
  // The label version 1 already has is refused beside the field.
  await editor.field('Version').fill('1');
  await editor.save.click();
  await expect(editor.form.getByText('Version “1” of this framework is already in the library.')).toBeVisible();
  await editor.field('Version').fill('2');
  await editor.save.click();
  await page.getByRole('heading', { name: 'Press Brake Operation', level: 2 }).waitFor();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(frameworks.statements).toHaveCount(6);
  await page.screenshot({ path: `${SHOTS}-version-2.png`, fullPage: true });

  await frameworks.open();
  await expect(frameworks.row('Press Brake Operation')).toHaveCount(2);
  await frameworks
    .row('Press Brake Operation')
    .filter({ has: page.getByRole('cell', { name: '1', exact: true }) })
    .getByRole('link')
    .click();
  await expect(page.getByText('Version 1', { exact: true })).toBeVisible();
  await expect(frameworks.statements).toHaveCount(5);
  await expect(frameworks.statements.nth(1)).toHaveText('names the parts of the press brake');

  // Exported as our JSON format and as a spreadsheet the importer reads.
  const json = await editor.export('Trainplan framework file (.json)');
  expect(json.suggestedFilename()).toBe('Press-Brake-Operation-v1.json');
  const file = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    occupation: { code: string };
    framework: { version: string; levels: { emerging: { statements: string[] } } };
  };
  expect(file.occupation.code).toBe('PB-101');
  expect(file.framework.levels.emerging.statements).toEqual([
    'Safety — keeps hands clear of the tool area',
    'names the parts of the press brake',
  ]);
  const xlsx = await editor.export('Excel workbook (.xlsx)');
  expect(xlsx.suggestedFilename()).toBe('Press-Brake-Operation-v1.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const rows: string[][] = [];
  workbook.getWorksheet('Framework')?.eachRow((r) => rows.push([1, 2, 3].map((c) => r.getCell(c).text)));
  expect(rows).toEqual([
    ['Level', 'Topic', 'Statement'],
    ['Emerging', 'Safety', 'keeps hands clear of the tool area'],
    ['Emerging', '', 'names the parts of the press brake'],
    ['Developing', 'Set-up', 'fits the punch and die with help'],
    ['Proficient', 'Bending', 'bends a part to drawing on the first try'],
    ['Advanced', 'Programming', 'writes a bend sequence for a new part'],
  ]);

  // Jonas's plan moves to the trainer's version 2: the unchanged statement he holds keeps its tick.
  await trainees.open();
  await trainee.openFromList('Jonas Berg');
  await plan.getByRole('button', { name: 'Move to version 2…' }).click();
  const move = page.getByRole('dialog', { name: 'Move to version 2' });
  await expect(move.getByTestId('changed-statement')).toContainText('Now: names every part of the press brake');
  await expect(move.getByTestId('move-new')).toContainText('shows a new operator how to set up a job');
  await expect(move.getByTestId('move-summary')).toHaveText('1 check-off carries over; none is dropped.');
  await move.getByRole('button', { name: 'Move to version 2' }).click();
  await expect(move).toBeHidden();
  await expect(plan).toContainText('PB-101 · 2 · started');
  await expect(trainee.checkbox(plan, 'Safety')).toBeChecked();
  await expect(trainee.levelCount(plan, 'emerging')).toContainText('1');
});
