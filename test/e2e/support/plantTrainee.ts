import type { Page } from '@playwright/test';
import type { LevelKey } from '../../../src/shared/framework/levels';
import { PLANT } from '../../unit/support/ids';
import { TraineePage } from '../pages/TraineePage';
import { TraineesPage } from '../pages/TraineesPage';
import { daysFromToday } from './dates';
import type { App } from './fixtures';
import { person } from './people';
import { PLANT_TITLE } from './plantFramework';

/**
 * A trainee who started 90 days ago on a plant plan due in 90 days, set up through the API and then
 * opened in the window from the list, as a trainer would reach them: the page and the plan's card.
 */
export async function openPlantTrainee(
  page: Page,
  app: App,
  name: string,
  { targetLevel = 'developing', width = 1366 }: { targetLevel?: LevelKey; width?: number } = {},
) {
  const { id } = await app.api('trainees:create', person(name, { startDate: daysFromToday(-90) }));
  await app.api('plans:assign', {
    traineeId: id,
    frameworkId: PLANT,
    targetLevel,
    targetDate: daysFromToday(90),
    startDate: daysFromToday(-90),
  });
  await page.setViewportSize({ width, height: 768 });
  await page.reload();
  await new TraineesPage(page).open();
  const trainee = new TraineePage(page);
  await trainee.openFromList(name);
  return { trainee, plan: trainee.plan(PLANT_TITLE) };
}
