import { mkdir } from 'node:fs/promises';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { RosterImport } from './pages/RosterImport';
import { TraineesPage } from './pages/TraineesPage';

const SHOTS = '/tmp/shots-i18-roster';

test('a German HR export is read by its headers, and columns the trainer sets are remembered and not lost', async ({
  page,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  const question = wizard.dialog.getByTestId('roster-leave-question');
  const remembered = wizard.dialog.getByTestId('roster-mapping-remembered');
  await page.setViewportSize({ width: 1366, height: 768 });
  await list.open();

  await wizard.importFile(
    'azubis.csv',
    'Nachname;Vorname;Personalnummer;Abteilung;Eintritt\r\nNowak;Paweł;P-2;Presse 1;01.09.2026\r\nKowalczyk;Łukasz;P-1;Presse 2;01.09.2026\r\n',
  );
  await expect(wizard.counts).toContainText('2 to add');
  await expect(wizard.counts).toContainText('0 refused');
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Nachname” goes to', exact: true })).toHaveValue(
    'Last name',
  );
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Eintritt” goes to', exact: true })).toHaveValue(
    'Start date',
  );
  await expect(wizard.row(2)).toContainText('Paweł Nowak');
  await expect(wizard.row(2)).toContainText('Presse 1');
  await expect(remembered).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/headers-german-1366.png` });
  // Nothing was changed by the trainer: Esc closes without a question.
  await page.keyboard.press('Escape');
  await expect(wizard.dialog).toBeHidden();

  // The plant's own words: the trainer says where they go; Esc or × then ask before losing that.
  const plantFile = 'Nachname;Vorname;PNr;Kostenstelle\r\nBerg;Anna;A-1;Presse 3\r\n';
  await wizard.importFile('kostenstellen.csv', plantFile);
  await expect(wizard.row(2)).not.toContainText('Presse 3');
  await wizard.mapColumn('PNr', 'Employee or badge ID');
  await wizard.mapColumn('Kostenstelle', 'Team or department');
  await expect(wizard.row(2)).toContainText('Presse 3');
  await page.keyboard.press('Escape');
  await expect(question).toContainText('Close without importing?');
  await expect(question).toContainText('If you close now, your changes are lost.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/headers-leave-question-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/headers-leave-question-1024.png` });
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(wizard.row(2)).toContainText('Presse 3');
  await wizard.dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep importing' }).click();
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “PNr” goes to', exact: true })).toHaveValue(
    'Employee or badge ID',
  );

  // A reload asks too, while the columns are changed and not imported.
  const reloadAsked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    });
  });
  void page.reload().catch(() => undefined);
  expect(await reloadAsked).toBe('beforeunload');
  await expect(wizard.row(2)).toContainText('Presse 3');

  await wizard.confirm('update');
  await expect(wizard.summary).toContainText(/Added\s*1/);
  await wizard.dialog.getByRole('button', { name: 'Done' }).click();

  // The next month's file with the same headers (written in capitals) opens with the columns as she set them.
  await wizard.importFile('kostenstellen-dez.csv', 'NACHNAME;VORNAME;PNR;KOSTENSTELLE\r\nHale;Tom;A-2;Presse 4\r\n');
  await expect(remembered).toContainText('Set as you set them at the last import');
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “KOSTENSTELLE” goes to', exact: true })).toHaveValue(
    'Team or department',
  );
  await expect(wizard.row(2)).toContainText('Presse 4');
  await expect(wizard.counts).toContainText('1 to add');
  await page.screenshot({ path: `${SHOTS}/headers-remembered-1024.png` });
});
