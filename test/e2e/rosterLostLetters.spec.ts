import { mkdir } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { RosterImport } from './pages/RosterImport';
import { TraineesPage } from './pages/TraineesPage';

const SHOTS = '/tmp/shots-i18-roster';

// HR's second roster as Excel saves it in Windows-1252: the Polish letters are already "?", "ü" is kept.
const EXCEL_1252 = iconv.encode(
  [
    'Name;Badge;Team',
    '?ukasz Kowalczyk;P-1;Presse 2',
    'Pawe? Nowak;P-2;Presse 1',
    'Bart?omiej D?browski;P-3;Presse 1',
    'Jürgen Müller;P-4;Presse 1',
  ].join('\r\n'),
  'windows-1252',
);

test('a roster whose Polish letters Excel turned into "?" keeps the names on record unless the trainer ticks', async ({
  page,
  app,
}) => {
  await mkdir(SHOTS, { recursive: true });
  for (const [fullName, employeeId] of [
    ['Łukasz Kowalczyk', 'P-1'],
    ['Paweł Nowak', 'P-2'],
    ['Bartłomiej Dąbrowski', 'P-3'],
    ['Jurgen Muller', 'P-4'],
  ] as const) {
    await app.api('trainees:create', {
      fullName,
      employeeId,
      team: 'Presse 1',
      site: '',
      trainer: '',
      startDate: '',
      notes: '',
    });
  }
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await list.open();
  await wizard.importFile('apprentices.csv', EXCEL_1252);
  await expect(wizard.readAs).toContainText('Windows-1252');

  const lost = wizard.dialog.getByTestId('roster-lost-letters');
  await expect(lost).toContainText('The file has lost letters');
  await expect(lost).toContainText('Row 2, Full name: keep ‘Łukasz Kowalczyk’? The file says ‘?ukasz Kowalczyk’.');
  await expect(lost).toContainText('Row 3, Full name: keep ‘Paweł Nowak’? The file says ‘Pawe? Nowak’.');
  await expect(lost).toContainText('Row 4, Full name: keep ‘Bartłomiej Dąbrowski’?');
  // Łukasz moves to Presse 2: that change is shown old → new; his name stays as recorded.
  await expect(wizard.row(2)).toContainText('Presse 1 → Presse 2');
  await expect(wizard.row(2)).toContainText('Łukasz Kowalczyk');
  await expect(wizard.row(2)).toContainText('spelling kept');
  await expect(wizard.row(3)).toContainText('Leave as is');
  // Accents the file adds are a correction: shown and applied.
  await expect(wizard.row(5)).toContainText('Jurgen Muller → Jürgen Müller');
  await expect(wizard.counts).toContainText('2 to update');
  await expect(wizard.counts).toContainText('2 left as they are');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/lost-letters-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/lost-letters-1024.png`, fullPage: true });

  // The trainer takes the file's spelling for one row, sees it, and changes her mind.
  // The tick holds once the preview is made again with it.
  const pawel = lost.getByRole('checkbox', { name: /^Row 3,/ });
  await pawel.click();
  await expect(pawel).toBeChecked();
  await expect(wizard.row(3)).toContainText('Paweł Nowak → Pawe? Nowak');
  await expect(wizard.counts).toContainText('3 to update');
  await pawel.click();
  await expect(pawel).not.toBeChecked();
  await expect(wizard.counts).toContainText('2 to update');

  await wizard.confirm('update');
  await expect(wizard.summary).toContainText(/Updated\s*2/);
  await expect(wizard.summary).toContainText('3 spellings on record were kept because the file had lost letters.');
  await page.screenshot({ path: `${SHOTS}/lost-letters-summary-1024.png` });
  await wizard.dialog.getByRole('button', { name: 'Done' }).click();
  await expect(list.row('Łukasz Kowalczyk')).toContainText('Presse 2');
  await expect(list.row('Paweł Nowak')).toBeVisible();
  await expect(list.row('Bartłomiej Dąbrowski')).toBeVisible();
  await expect(list.row('Jürgen Müller')).toBeVisible();
  expect((await app.api('trainees:list', {})).map((t) => t.fullName).sort()).toEqual([
    'Bartłomiej Dąbrowski',
    'Jürgen Müller',
    'Paweł Nowak',
    'Łukasz Kowalczyk',
  ]);
});
