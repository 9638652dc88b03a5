import type { Page } from '@playwright/test';
import { PLANT } from '../unit/support/ids';
import { GroupSignoffPage } from './pages/GroupSignoffPage';
import { ReportsPage } from './pages/ReportsPage';
import { TraineesPage } from './pages/TraineesPage';
import { daysFromToday } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';
import { screenshotsAtBothWidths } from './support/screenshots';

const SHOTS = '/tmp/shots-i18-list-manager';

const shots = (page: Page, name: string): Promise<void> => screenshotsAtBothWidths(page, SHOTS, name);

const NAMES = ['Jonas Müller', 'Łukasz Kowalczyk', 'Paweł Nowak'];

async function plantTrainees(app: App): Promise<void> {
  for (const fullName of NAMES) {
    const trainee = await app.api('trainees:create', person(fullName, { team: 'Press line' }));
    await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: daysFromToday(100),
      startDate: daysFromToday(-10),
    });
  }
}

test.describe('one search rule in the list and every trainee picker', () => {
  test('the trainees list finds “mueller” and surname-first names, and says when nothing matches', async ({
    page,
    app,
  }) => {
    await plantTrainees(app);
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();

    await list.search('mueller');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row('Jonas Müller')).toBeVisible();

    await list.search('Kowalczyk Łukasz');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row('Łukasz Kowalczyk')).toBeVisible();

    await list.search('Kowalski');
    await expect(page.getByTestId('trainees-no-match')).toHaveText('No trainee matches ‘Kowalski’');
    await expect(list.rows).toHaveCount(0);
    await shots(page, 'list-no-match');
  });

  test('the Reports page’s trainee picker folds letters and says when nothing matches', async ({ page, app }) => {
    await plantTrainees(app);
    await page.reload();
    const reports = new ReportsPage(page);
    await reports.open();
    const picker = page.getByTestId('individual-report-card').getByRole('combobox', { name: 'Trainees' });

    await picker.fill('Lukasz');
    await expect(page.getByRole('option')).toHaveText([/^Łukasz Kowalczyk/]);
    await picker.fill('nowak pawel');
    await expect(page.getByRole('option')).toHaveText([/^Paweł Nowak/]);
    await picker.fill('mueller');
    await expect(page.getByRole('option')).toHaveText([/^Jonas Müller/]);
    await picker.fill('Kowalski');
    await expect(page.getByText('No trainee matches ‘Kowalski’')).toBeVisible();
    await shots(page, 'reports-picker-no-match');
  });

  test('the group sign-off’s trainee picker uses the same rule', async ({ page, app }) => {
    await plantTrainees(app);
    await page.reload();
    const signoff = new GroupSignoffPage(page);
    await signoff.open();
    await signoff.chooseFramework(PLANT_TITLE);
    const find = page.getByLabel('Find a trainee');

    await find.fill('Kowalczyk Lukasz');
    await expect(signoff.trainees).toHaveCount(1);
    await expect(signoff.trainee('Łukasz Kowalczyk')).toBeVisible();
    await find.fill('muller');
    await expect(signoff.trainees).toHaveText([/Jonas Müller/]);
    await find.fill('Kowalski');
    await expect(page.getByTestId('signoff-no-match')).toHaveText('No trainee matches ‘Kowalski’');
  });
});
