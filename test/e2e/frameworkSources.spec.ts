import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { FrameworksPage } from './pages/FrameworksPage';
import { seriousViolations } from './support/axe';
import { screenshotsAtBothWidths } from './support/screenshots';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/shots/fwimport';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'frameworkSources');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** The preview dialog of a file from another format. */
function previewDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Check the framework before it joins the library' });
  return {
    dialog,
    title: dialog.getByTestId('preview-title'),
    statements: dialog.getByTestId('preview-statement'),
    leftOut: dialog.getByTestId('preview-left-out'),
    attribution: dialog.getByTestId('preview-attribution'),
    confirm: dialog.getByRole('button', { name: 'Add to library' }),
  };
}

test('a spreadsheet is previewed, then joins the library as previewed', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'machining.csv', text: fixture('spreadsheet-semicolons-bom.csv') });
  const preview = previewDialog(page);
  await expect(preview.title).toHaveText('CNC Machining');
  await expect(preview.statements).toHaveCount(5);
  await expect(preview.statements.first()).toHaveText(
    'Measuring — uses a calliper to check a part against the drawing',
  );
  await expect(preview.leftOut).toContainText('Row 11: the level “Expert” is not Emerging');
  await expect(preview.attribution).toHaveText(
    'Source and licence in reports: Northfield Plant training team · CC BY 4.0',
  );
  await page.screenshot({ path: `${SHOTS}-spreadsheet-preview.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await preview.confirm.click();
  await expect(preview.dialog).toBeHidden();
  await expect(frameworks.row('CNC Machining')).toBeVisible();
  await frameworks.openFramework('CNC Machining');
  await expect(frameworks.statements).toHaveCount(5);
});

test('a CASE package is previewed with its levels and what was left out, and imported', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'machining-case.json', text: fixture('case-machining.json') });
  const preview = previewDialog(page);
  await expect(preview.title).toHaveText('Precision Machining Competencies');
  await expect(preview.leftOut).toContainText('1 “RelatedTo” association between items');
  await expect(preview.dialog.getByRole('combobox', { name: 'Level for Developing' })).toHaveValue('Developing');
  await page.screenshot({ path: `${SHOTS}-case-preview.png` });
  await preview.confirm.click();
  await expect(frameworks.row('Precision Machining Competencies')).toBeVisible();
});

test('a Moodle CSV is previewed; a group moved to another level moves its statements; cancel adds nothing', async ({
  page,
}) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'moodle.csv', text: fixture('moodle-three-tiers.csv') });
  const preview = previewDialog(page);
  await expect(preview.title).toHaveText('Maintenance technician');
  const levels = preview.dialog.getByTestId('preview-level');
  await expect(levels.nth(0).getByTestId('preview-statement')).toHaveCount(2);
  await preview.dialog.getByRole('combobox', { name: 'Level for Mechanical' }).click();
  await page.getByRole('option', { name: 'Developing' }).click();
  // No group is at Emerging now: the preview says the framework will not have that level.
  await expect(preview.dialog.getByTestId('preview-level-hint')).toContainText(
    'No group is at level Emerging: the framework will not have that level',
  );
  await expect(levels.nth(0)).toContainText('Developing');
  await preview.dialog.getByRole('combobox', { name: 'Level for Electrical' }).click();
  await page.getByRole('option', { name: 'Emerging' }).click();
  await expect(levels.nth(0).getByTestId('preview-statement')).toHaveText([
    'Electrical — Isolates a machine and proves it dead',
  ]);
  await expect(levels.nth(1).getByTestId('preview-statement')).toHaveCount(2);
  await expect(preview.confirm).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}-moodle-preview.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await preview.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview.dialog).toBeHidden();
  await expect(frameworks.rows).toHaveCount(3);

  await frameworks.importFile({ name: 'moodle.csv', text: fixture('moodle-three-tiers.csv') });
  await preview.confirm.click();
  await expect(frameworks.row('Maintenance technician')).toBeVisible();
});

test('Moodle’s own export layout ("Shortname", "Is framework", HTML descriptions) is previewed and imported', async ({
  page,
}) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'press-line.csv', text: fixture('moodle-press-line.csv') });
  const preview = previewDialog(page);
  await expect(preview.title).toHaveText('Press line');
  const levels = preview.dialog.getByTestId('preview-level');
  await expect(levels.nth(2).getByTestId('preview-statement')).toHaveText([
    'Press brake — Bends a part to the drawing’s angle',
    'Press brake — Keeps the back gauge clear',
    'Running the line — Stacks parts for the next station',
  ]);
  await expect(preview.leftOut).toContainText('Cross-references of 4 competencies');
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: `/tmp/shots-i18-frameworks/moodle-preview-${width}.png` });
  }
  await preview.confirm.click();
  await expect(preview.dialog).toBeHidden();
  await frameworks.openFramework('Press line');
  await expect(frameworks.statements).toHaveCount(9);
});

test('Moodle’s levels branch: each indicator at the level it cross-references, a framework of the two levels used', async ({
  page,
}) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'core-skills.csv', text: fixture('moodle-levels-branch.csv') });
  const preview = previewDialog(page);
  await expect(preview.title).toHaveText('Press line core skills');
  const levels = preview.dialog.getByTestId('preview-level');
  await expect(levels).toHaveCount(2);
  await expect(levels.nth(0)).toContainText('Emerging“Level 1”');
  await expect(levels.nth(1).getByTestId('preview-statement')).toHaveText([
    'Guarding — Shows a new apprentice why each guard is there',
    'Lock-out — Leads the lock-out for a die change with two people',
    'Bending — Bends a batch alone and checks every tenth part',
  ]);
  await expect(preview.dialog.getByTestId('preview-notes')).toContainText('The levels come from “Levels”');
  await expect(preview.leftOut).toContainText('1 competency at no level');
  await screenshotsAtBothWidths(page, '/tmp/shots-levels', 'moodle-levels-preview');
  expect(await seriousViolations(page)).toEqual([]);
  await preview.confirm.click();
  await expect(preview.dialog).toBeHidden();
  await frameworks.openFramework('Press line core skills');
  await expect(frameworks.statements).toHaveCount(8);
  await expect(page.getByTestId('framework-level').getByRole('heading')).toHaveText([/^Level 1/, /^Level 2/]);
  await screenshotsAtBothWidths(page, '/tmp/shots-levels', 'moodle-levels-framework');
});

test('a file in none of the formats is refused in words', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'notes.txt', text: 'Shopping list\nmilk\n' });
  await expect(frameworks.importError).toContainText('“notes.txt”: This file is not a framework Trainplan can read.');
  await expect(frameworks.importError).toContainText('CASE packages');
  await page.screenshot({ path: `${SHOTS}-refused.png` });
  await expect(frameworks.rows).toHaveCount(3);
});

test('the template downloads as a workbook with the three columns', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await page.getByRole('button', { name: 'Download template' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('framework-template.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  expect(workbook.getWorksheet('Framework')?.getRow(1).values).toEqual([undefined, 'Level', 'Topic', 'Statement']);
  expect(workbook.getWorksheet('Framework')?.rowCount).toBe(3);
});
