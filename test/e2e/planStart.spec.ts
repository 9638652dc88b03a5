import type { Page } from '@playwright/test';
import { PLANT } from '../unit/support/ids';
import { GroupSignoffPage } from './pages/GroupSignoffPage';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';
import { daysFromToday, shown } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const SHOTS = '/tmp/shots-i18-trainer-day';
const TRAINEE_START = daysFromToday(-90);
const SAFETY = 'Safety and sanitation regulations';

/** A trainee who started 90 days ago, with a Plant plan dated `planStart` when one is given. */
async function traineeWithPlan(app: App, name: string, planStart?: string) {
  await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
  const trainee = await app.api('trainees:create', person(name, { startDate: TRAINEE_START }));
  if (planStart === undefined) return { traineeId: trainee.id, planId: '' };
  const { planId } = await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: daysFromToday(90),
    startDate: planStart,
  });
  return { traineeId: trainee.id, planId };
}

async function openTrainee(page: Page, name: string): Promise<TraineePage> {
  const trainee = new TraineePage(page);
  await page.reload();
  await new TraineesPage(page).open();
  await trainee.openFromList(name);
  return trainee;
}

test('a new plan starts when the trainee started, so three months without a tick is Behind', async ({ page, app }) => {
  await traineeWithPlan(app, 'Paweł Nowak');
  const trainee = await openTrainee(page, 'Paweł Nowak');
  await page.getByRole('button', { name: 'Assign framework' }).click();
  const form = page.getByTestId('assign-plan-form');
  await expect(form.getByLabel('Start date')).toHaveValue(TRAINEE_START);
  await page.keyboard.press('Escape');

  await trainee.assign({ framework: PLANT_TITLE, level: 'Developing', targetDate: daysFromToday(90) });
  const plan = trainee.plan(PLANT_TITLE);
  await expect(plan).toContainText(`started ${shown(TRAINEE_START)}`);
  await expect(plan.getByTestId('status-badge')).toHaveText('Behind');
});

test('a correction dated before the plan started offers to move the plan’s start, then saves', async ({
  page,
  app,
}) => {
  const today = daysFromToday(0);
  await traineeWithPlan(app, 'Paweł Nowak', today);
  const trainee = await openTrainee(page, 'Paweł Nowak');
  const plan = trainee.plan(PLANT_TITLE);
  const topic = 'Materials and equipment';
  await trainee.tick(plan, topic);

  const friday = daysFromToday(-4);
  await trainee.quickForm.getByLabel('Date achieved').fill(friday);
  await expect(trainee.quickForm).toContainText(
    `The date achieved cannot be before this plan started (${shown(today)}).`,
  );
  const move = trainee.quickForm.getByRole('button', { name: `Move start to ${shown(friday)} and save` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/move-start-offer-1024.png` });
  await move.click();

  await expect(plan).toContainText(`started ${shown(friday)}`);
  await expect(trainee.item(plan, topic).getByTestId('checkoff-meta')).toContainText(`Achieved ${shown(friday)}`);
  await expect(trainee.quickForm).toHaveCount(0);

  // The edit dialog offers the same, for a date earlier still.
  const earlier = daysFromToday(-30);
  await trainee.editCheckoff(plan, topic, { achievedOn: earlier });
  await trainee.checkoffForm.getByRole('button', { name: `Move start to ${shown(earlier)} and save` }).click();
  await expect(plan).toContainText(`started ${shown(earlier)}`);
  await expect(trainee.item(plan, topic).getByTestId('checkoff-meta')).toContainText(`Achieved ${shown(earlier)}`);
});

test('a group sign-off refused for plans that start later offers to move them, then signs off everyone', async ({
  page,
  app,
}) => {
  const late = daysFromToday(0);
  await traineeWithPlan(app, 'Ana Silva', late);
  await traineeWithPlan(app, 'Ben Okafor', daysFromToday(-60));
  await page.reload();
  const signoff = new GroupSignoffPage(page);
  await signoff.open();
  await signoff.chooseFramework(PLANT_TITLE);
  await signoff.statement(SAFETY).check();
  await signoff.chooseTrainee('Ana Silva');
  await signoff.chooseTrainee('Ben Okafor');
  const friday = daysFromToday(-3);
  await signoff.fill({ achievedOn: friday });
  await expect(signoff.dateProblem).toContainText(`before the plan started for: Ana Silva (${shown(late)})`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/signoff-move-start-1366.png`, fullPage: true });

  await signoff.form.getByRole('button', { name: `Move start to ${shown(friday)} and sign off` }).click();
  await expect(signoff.outcome).toContainText('Signed off 1 statement for 2 trainees.');
  const candidates = await app.api('signoff:candidates', { frameworkId: PLANT });
  expect(candidates.map((c) => [c.fullName, c.planStart, c.achieved['emerging.1']])).toEqual([
    ['Ana Silva', friday, friday],
    ['Ben Okafor', daysFromToday(-60), friday],
  ]);
});
