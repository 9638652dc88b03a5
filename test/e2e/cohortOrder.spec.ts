import type { Page } from '@playwright/test';
import { PLANT } from '../unit/support/ids';
import { ReportsPage } from './pages/ReportsPage';
import { daysFromToday } from './support/dates';
import { expect, test } from './support/fixtures';
import { person } from './support/people';
import { screenshotsAtBothWidths } from './support/screenshots';

const SHOTS = '/tmp/shots-i18-list-manager';

const shots = (page: Page, name: string): Promise<void> => screenshotsAtBothWidths(page, SHOTS, name);

test('the cohort report takes several statuses and can put the most urgent first', async ({ page, app }) => {
  // Alphabetically Aaron (no plan) comes before Zoe (overdue); most urgent first puts Zoe first.
  await app.api('trainees:create', person('Aaron Abbot', { team: 'Line 1' }));
  const zoe = await app.api('trainees:create', person('Zoe Zimmer', { team: 'Line 1' }));
  await app.api('plans:assign', {
    traineeId: zoe.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    startDate: daysFromToday(-200),
    targetDate: daysFromToday(-5),
  });
  const mia = await app.api('trainees:create', person('Mia Moser', { team: 'Line 1' }));
  await app.api('plans:assign', {
    traineeId: mia.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    startDate: daysFromToday(-5),
    targetDate: null,
  });
  await page.reload();
  const reports = new ReportsPage(page);
  await reports.open();
  const card = page.getByTestId('cohort-report-card');
  // Several statuses in one menu: it stays open while they are picked.
  await card.getByRole('combobox', { name: 'Status' }).click();
  for (const label of ['Overdue', 'No plan yet']) await page.getByRole('option', { name: label }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cohort-count')).toHaveText('2 of 3 trainees selected');
  await card.getByText('Most urgent first', { exact: false }).click();
  await shots(page, 'cohort-statuses-order');
  await card.getByRole('button', { name: 'Create cohort report' }).click();
  const pdf = await reports.saveFromPreview();
  expect(pdf.text).toContain('Status: Overdue or No plan yet');
  expect(pdf.text).not.toContain('Mia Moser');
  expect(pdf.text.indexOf('Zoe Zimmer')).toBeGreaterThan(-1);
  expect(pdf.text.indexOf('Aaron Abbot')).toBeGreaterThan(pdf.text.indexOf('Zoe Zimmer'));
});
