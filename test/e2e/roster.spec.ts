import { mkdir } from 'node:fs/promises';
import { hrWorkbook } from '../fixtures/rosterWorkbooks';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { RosterImport } from './pages/RosterImport';
import { TraineesPage } from './pages/TraineesPage';

const SHOTS = '/tmp/shots';

// As HR exports it: semicolons, a BOM, a column the app cannot guess ("Crew"), an empty row, two bad rows.
const ROSTER = [
  '\uFEFFApprentice;Badge;Crew;Location;Start date;Remarks',
  'Anna Berg;B-1;Line 2;Leeds;02/03/2026;"Forklift licence,',
  'renew in May"',
  ';;;;;',
  'Tom Hale;B-2;Line 3;Leeds;14/03/2026;',
  ';B-3;Line 3;Leeds;01/03/2026;',
  'Bad Date;B-4;Line 3;Leeds;31/31/2026;',
].join('\r\n');

test('a roster from HR is previewed, mapped, imported, and imported again to update a team', async ({ page, app }) => {
  await mkdir(SHOTS, { recursive: true });
  await app.api('trainees:create', {
    fullName: 'Maria Keane',
    employeeId: 'K-1',
    team: 'Office',
    site: 'York',
    trainer: '',
    startDate: '',
    notes: '',
  });
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  await list.open();
  await page.getByRole('button', { name: 'Import people…' }).click();
  await wizard.dialog.waitFor();
  await page.screenshot({ path: `${SHOTS}/roster-1-choose.png` });
  await page.keyboard.press('Escape');

  await wizard.importFile('hr-export.csv', ROSTER);
  await expect(wizard.readAs).toContainText('4 rows');
  await expect(wizard.readAs).toContainText('characters read as UTF-8');
  await expect(wizard.readAs).toContainText('columns separated by semicolons');
  await expect(wizard.readAs).toContainText('start dates read as DD/MM/YYYY');
  // 14/03/2026 tells the order; the date that is no date either way does not make it a question.
  await expect(wizard.dialog.getByRole('combobox', { name: 'Dates like 03/04/2026 are written' })).toHaveCount(0);
  await expect(wizard.counts).toContainText('2 to add');
  await expect(wizard.counts).toContainText('2 refused');
  await expect(wizard.problems).toContainText('Row 5, Full name: Enter the full name.');
  await expect(wizard.problems).toContainText('Row 6, Start date: “31/31/2026” is not a date Trainplan can read.');
  // "Crew" is no header Trainplan knows: the trainer says where it goes, and the rows show it.
  await expect(wizard.row(2)).not.toContainText('Line 2');
  await wizard.mapColumn('Crew', 'Team or department');
  await expect(wizard.row(2)).toContainText('Line 2');
  await expect(wizard.row(2)).toContainText('Forklift licence,');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/roster-2-preview.png`, fullPage: true });

  await wizard.confirm('update');
  await expect(wizard.summary).toContainText(/Added\s*2/);
  await expect(wizard.summary).toContainText(/Refused\s*2/);
  await expect(wizard.summary).toContainText('before the import are kept in the backup');
  await page.screenshot({ path: `${SHOTS}/roster-3-summary.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await wizard.dialog.getByRole('button', { name: 'Done' }).click();
  await expect(wizard.dialog).toBeHidden();
  await expect(list.count).toHaveText('3 of 3 trainees shown');
  await expect(list.row('Anna Berg')).toContainText('Line 2');
  await expect(list.row('Tom Hale')).toContainText('Line 3');

  // The next month's export: Anna moved to Line 7. Known badge IDs update those trainees.
  await wizard.importFile(
    'hr-export-december.csv',
    'Name,Badge,Team\r\nAnna Berg,b-1,Line 7\r\nTom Hale,B-2,Line 3\r\n',
  );
  await expect(wizard.counts).toContainText('0 to add');
  await expect(wizard.counts).toContainText('1 to update');
  await expect(wizard.counts).toContainText('1 left as they are');
  await expect(wizard.row(2)).toContainText('Update');
  // The badge written in another case is the same badge: the recorded one stays.
  await expect(wizard.row(2)).toContainText('B-1');
  await page.screenshot({ path: `${SHOTS}/roster-4-update.png`, fullPage: true });
  await wizard.confirm('update');
  await expect(wizard.summary).toContainText(/Updated\s*1/);
  await wizard.dialog.getByRole('button', { name: 'Done' }).click();
  await expect(list.row('Anna Berg')).toContainText('Line 7');
  await expect(list.count).toHaveText('3 of 3 trainees shown');
});

test('a picture given as a roster is refused in words and nothing changes', async ({ page, app }) => {
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  await list.open();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await wizard.importFile('badge-photo.png', png);
  await expect(wizard.error).toContainText('This is a picture, not a list of people');
  await expect(wizard.error).toContainText('Nothing was changed.');
  await page.screenshot({ path: `${SHOTS}/roster-5-picture.png` });
  expect(await app.api('trainees:list', {})).toEqual([]);
});

test('a workbook of 20,000 people shows its progress, and Cancel stops the preview and the import', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await mkdir(SHOTS, { recursive: true });
  const workbook = Buffer.from(await hrWorkbook(20_000));
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  await list.open();

  await wizard.importFile('hr-all-sites.xlsx', workbook);
  await expect(wizard.working).toContainText('Reading “hr-all-sites.xlsx”…');
  await page.screenshot({ path: `${SHOTS}/i17-roster-reading.png` });
  await wizard.working.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.working).toBeHidden();
  await expect(wizard.notice).toHaveText('Stopped. Nothing was changed.');
  await expect(wizard.dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  await expect.poll(() => app.api('roster:progress', {})).toBeNull();
  await page.screenshot({ path: `${SHOTS}/i17-roster-cancelled.png` });

  // Read to the end, the preview counts every person; Cancel during the import leaves the list as it was.
  await page.keyboard.press('Escape');
  await wizard.importFile('hr-all-sites.xlsx', workbook);
  await expect(wizard.counts).toContainText('20,000 to add', { timeout: 60_000 });
  await wizard.confirm('update');
  await expect(wizard.working).toContainText('hr-all-sites.xlsx');
  await page.screenshot({ path: `${SHOTS}/i17-roster-importing.png` });
  await wizard.working.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.notice).toHaveText('The import was stopped. Nothing was imported or changed.');
  await expect(wizard.counts).toContainText('20,000 to add');
  await expect.poll(() => app.api('roster:progress', {})).toBeNull();
  expect(await app.api('trainees:list', {})).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/i17-roster-import-cancelled.png`, fullPage: true });
});
