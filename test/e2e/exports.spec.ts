import { mkdir, readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PLANT } from '../unit/support/ids';
import { readDownload } from './pages/ReportsPage';
import { choose, TraineesPage } from './pages/TraineesPage';
import { seriousViolations } from './support/axe';
import { startBridgeProcess } from './support/bridgeProcess';
import { daysFromToday } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';

const QUOTED = 'Nguyễn, "Tí" Hương';
const FORMULA = '=SUM(1,2)';

/** The Export button and its menu, wherever a page has one. */
class ExportMenu {
  readonly button: Locator;
  constructor(readonly page: Page) {
    this.button = page.getByTestId('export-button');
  }

  /** Picks a format and waits for the browser's download of the file. */
  async download(format: 'CSV' | 'Excel (XLSX)'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button.click();
    await this.page.getByRole('menuitem', { name: format }).click();
    return download;
  }
}

async function seed(app: App): Promise<void> {
  for (const [fullName, team] of [
    [QUOTED, 'Line 1'],
    [FORMULA, 'Line 1'],
    ['Aoife Byrne', 'Line 2'],
  ] as const) {
    const trainee = await app.api('trainees:create', person(fullName, { team, site: 'Leeds', trainer: 'Maria Keane' }));
    await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: daysFromToday(90),
      startDate: daysFromToday(-10),
    });
  }
}

/** The trainee names of a downloaded CSV: the BOM checked, the table read up to the empty row before "About". */
async function csvNames(download: Download): Promise<string[]> {
  const text = await readFile(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' }).data;
  const end = rows.findIndex((r) => r.length === 1 && r[0] === '');
  expect(rows[0]?.slice(0, 3)).toEqual(['Trainee', 'Badge ID', 'Team']);
  return rows.slice(1, end).map((r) => r[0] ?? '');
}

async function xlsxNames(download: Download): Promise<{ names: unknown[]; teams: unknown[]; sheets: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Trainees');
  const rows = Array.from({ length: (sheet?.rowCount ?? 1) - 1 }, (_, i) => sheet?.getRow(i + 2));
  return {
    names: rows.map((r) => r?.getCell(1).value),
    teams: rows.map((r) => r?.getCell(3).value),
    sheets: book.worksheets.map((w) => w.name),
  };
}

test('the filtered trainees list downloads as CSV and as Excel, holding just the rows shown', async ({ page, app }) => {
  await seed(app);
  await page.reload();
  const list = new TraineesPage(page);
  await list.open();
  await list.filter('Team', 'Line 1');
  await expect(list.count).toHaveText('2 of 3 trainees shown');
  const menu = new ExportMenu(page);

  const csv = await menu.download('CSV');
  expect(csv.suggestedFilename()).toMatch(/^Trainees - \d{4}-\d\d-\d\d\.csv$/);
  // Sorted by name as the list is; a name that looks like a formula keeps an apostrophe in front.
  expect(await csvNames(csv)).toEqual([`'${FORMULA}`, QUOTED]);
  await expect(page.getByText(/\(2 trainees\) was saved to your downloads\./)).toBeVisible();

  await menu.button.click();
  await expect(page.getByRole('menuitem')).toHaveText(['CSV', 'Excel (XLSX)']);
  await mkdir('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/exports-menu.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  const xlsx = await menu.download('Excel (XLSX)');
  expect(xlsx.suggestedFilename()).toMatch(/^Trainees - \d{4}-\d\d-\d\d\.xlsx$/);
  expect(await xlsxNames(xlsx)).toEqual({
    names: [FORMULA, QUOTED],
    teams: ['Line 1', 'Line 1'],
    sheets: ['Trainees', 'About'],
  });
  await page.screenshot({ path: '/tmp/shots/exports-saved.png' });
});

test('the menu is keyboard usable, and a read-only window still exports', async ({ page, app }) => {
  await seed(app);
  const second = await startBridgeProcess(app.dataDir);
  try {
    await page.goto(second.url);
    await expect(page.getByTestId('read-only-banner')).toBeVisible();
    const list = new TraineesPage(page);
    await expect(list.count).toHaveText('3 of 3 trainees shown');
    await expect(page.getByRole('button', { name: 'Add trainee' })).toBeDisabled();
    const menu = new ExportMenu(page);
    await expect(menu.button).toBeEnabled();

    const download = page.waitForEvent('download');
    await menu.button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'CSV' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await csvNames(await download)).toEqual([`'${FORMULA}`, 'Aoife Byrne', QUOTED]);
  } finally {
    await second.stop();
  }
});

test('the dashboard prints as a one-page PDF of the filtered trainees', async ({ page, app }) => {
  await seed(app);
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
  await choose(page, 'Team', 'Line 1');
  await expect(page.getByTestId('dashboard-summary')).toContainText('2 trainees');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print as PDF' }).click();
  const pdf = await readDownload(await download);
  expect(pdf.fileName).toMatch(/^Training dashboard - \d{4}-\d\d-\d\d\.pdf$/);
  expect(pdf.pages).toHaveLength(1);
  expect(pdf.text).toContain('Training dashboard');
  expect(pdf.text).toContain('Team: Line 1');
  expect(pdf.text).toContain('CC BY 4.0');
  await expect(page.getByText(/^“Training dashboard - .*\.pdf” was saved to your downloads\.$/)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/exports-dashboard.png' });
});

test('the button shows the file is being made, and Cancel saves nothing', async ({ page, app }) => {
  await seed(app);
  await page.reload();
  const list = new TraineesPage(page);
  await list.open();
  await expect(list.count).toHaveText('3 of 3 trainees shown');
  // Hold the call on its way, so the busy state stays until the test lets it go.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/exports:trainees', async (route) => {
    await held;
    await route.continue();
  });
  const menu = new ExportMenu(page);
  await menu.button.click();
  await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Making the Excel (XLSX) file…' })).toBeVisible();
  await expect(menu.button).toBeDisabled();
  await page.screenshot({ path: '/tmp/shots/exports-busy.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await expect(menu.button).toBeEnabled();

  // The cancelled file still arrives (it was on its way): it is dropped, and the next export is saved as usual.
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const answered = page.waitForResponse('**/api/exports:trainees');
  release();
  await answered;
  const csv = await menu.download('CSV');
  await expect(page.getByText(/\(3 trainees\) was saved to your downloads\./)).toBeVisible();
  expect(downloads).toEqual([csv.suggestedFilename()]);
  await expect(page.getByText('Export saved')).toHaveCount(1);
});
