import { PLANT } from '../unit/support/ids';
import { DashboardPage } from './pages/DashboardPage';
import { TraineesPage } from './pages/TraineesPage';
import { daysFromToday } from './support/dates';
import { expect, test } from './support/fixtures';
import { person } from './support/people';

test('a filter chosen through “Open in trainees list” applies to that visit only', async ({ page, app }) => {
  const finn = await app.api('trainees:create', person('Finn Walsh'));
  await app.api('plans:assign', {
    traineeId: finn.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    startDate: daysFromToday(-100),
    targetDate: daysFromToday(100),
  });
  await app.api('trainees:create', person('Ana Lima'));
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await dashboard.card('behind').click();
  await dashboard.drawer.getByRole('link', { name: 'Open in trainees list' }).click();
  const list = new TraineesPage(page);
  await expect(list.count).toHaveText('1 of 2 trainees shown');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click();
  await list.open();
  await expect(list.count).toHaveText('2 of 2 trainees shown');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('');
});
