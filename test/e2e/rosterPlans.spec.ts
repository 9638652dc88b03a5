import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RosterImport } from './pages/RosterImport';
import { TraineesPage } from './pages/TraineesPage';
import { shown } from './support/dates';
import { expect, test } from './support/fixtures';
import { PLANT_TITLE } from './support/plantFramework';

const SHOTS = '/tmp/shots-roster';

test('a roster with framework, target and trainer columns assigns each person’s plan in the same import', async ({
  page,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  await list.open();
  const file = await readFile(join(import.meta.dirname, '..', 'fixtures', 'roster', 'with-plans.csv'));
  await wizard.importFile('azubis-mit-plan.csv', file);

  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Rahmenplan” goes to', exact: true })).toHaveValue(
    'Framework',
  );
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Zielniveau” goes to', exact: true })).toHaveValue(
    'Target level',
  );
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Zieldatum” goes to', exact: true })).toHaveValue(
    'Target date',
  );
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Ausbilderin” goes to', exact: true })).toHaveValue(
    'Trainer',
  );
  await expect(wizard.counts).toContainText('3 to add');
  await expect(wizard.counts).toContainText('2 plans to assign');
  const planOf = (row: number) => wizard.row(row).getByTestId('roster-row-plan');
  await expect(planOf(2)).toContainText(PLANT_TITLE);
  await expect(planOf(2)).toContainText(`Developing by ${shown('2027-06-30')}, from ${shown('2026-09-01')}`);
  await expect(planOf(3)).toContainText(`Developing, from ${shown('2026-10-15')}`);
  await expect(planOf(4)).toHaveText('Not assigned: see “Plans that will not be assigned”.');
  // The file fills no team, site or notes: those columns give their room to the plan.
  await expect(wizard.dialog.getByTestId('roster-rows').getByRole('columnheader')).toHaveText([
    'Row',
    'What happens',
    'Full name',
    'Badge ID',
    'Trainer',
    'Start date',
    'Plan',
  ]);
  const planProblems = wizard.dialog.getByTestId('roster-plan-problems');
  await expect(planProblems).toContainText('Plans that will not be assigned (the people are imported)');
  await expect(planProblems).toContainText('Row 4, Framework: No framework in the library is called “Abkantpresse”');
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await wizard.dialog.getByTestId('roster-rows').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/roster-plans-preview-${String(width)}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  await wizard.confirm('update');
  await expect(wizard.summary).toContainText(/Added\s*3/);
  await expect(wizard.summary).toContainText(/Plans assigned\s*2/);
  await page.screenshot({ path: `${SHOTS}/roster-plans-summary-1366.png` });
  await wizard.dialog.getByRole('button', { name: 'Done' }).click();

  await expect(list.row('Paweł Nowak').getByTestId('plan-levels')).toContainText('Developing');
  await expect(list.row('Łukasz Kowalczyk').getByTestId('plan-levels')).toContainText('Developing');
  await expect(list.row('Anna Berg')).toContainText('No plan yet');
  await expect(list.row('Paweł Nowak')).toContainText('Maria Keane');
  await list.row('Łukasz Kowalczyk').getByRole('link').click();
  await expect(page.getByTestId('plan-card')).toContainText(`started ${shown('2026-10-15')}`);
});
