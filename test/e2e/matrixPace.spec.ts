import type { Page } from '@playwright/test';
import { PLANT } from '../unit/support/ids';
import { DashboardPage } from './pages/DashboardPage';
import { MatrixPage } from './pages/MatrixPage';
import { daysFromToday } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';
import { screenshotsAtBothWidths } from './support/screenshots';

const SHOTS = '/tmp/shots-i18-list-manager';

const shots = (page: Page, name: string): Promise<void> => screenshotsAtBothWidths(page, SHOTS, name);

/** Halfway from start to target date with nothing ticked: the line expects 50 %, so the plan is Behind. */
async function halfwayAndNothingDone(app: App): Promise<void> {
  const trainee = await app.api('trainees:create', person('Finn Walsh', { team: 'Press line' }));
  await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    startDate: daysFromToday(-100),
    targetDate: daysFromToday(100),
  });
  const other = await app.api('trainees:create', person('Ana Lima', { team: 'Press line' }));
  await app.api('plans:assign', {
    traineeId: other.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    startDate: daysFromToday(-10),
    targetDate: null,
  });
}

test('the skills-matrix overview shows progress and the progress expected by now in each cell', async ({
  page,
  app,
}) => {
  await halfwayAndNothingDone(app);
  await page.reload();
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.settled();
  await expect(matrix.cell('Finn Walsh', PLANT_TITLE).getByTestId('overview-cell-progress')).toHaveText(
    '0 % · expected 50 %',
  );
  // Without a target date there is no line to expect anything of.
  await expect(matrix.cell('Ana Lima', PLANT_TITLE).getByTestId('overview-cell-progress')).toHaveText('0 %');
  await shots(page, 'matrix-overview-pace');
});

test('the dashboard explains Behind by the pace', async ({ page, app }) => {
  await halfwayAndNothingDone(app);
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await dashboard.card('behind').click();
  await expect(dashboard.drillRows).toHaveCount(1);
  await expect(dashboard.drillRows).toContainText(`${PLANT_TITLE}: expected 50 % by now, 0 % done`);
  await shots(page, 'dashboard-behind-why');
});
