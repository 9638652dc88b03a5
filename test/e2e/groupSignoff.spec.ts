import { PLANT } from '../unit/support/ids';
import { GroupSignoffPage } from './pages/GroupSignoffPage';
import { TraineePage } from './pages/TraineePage';
import { daysFromToday, shown } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { seriousViolations } from './support/axe';
import { PLANT_TITLE } from './support/plantFramework';

const SHOTS = '/tmp/shots/signoff';
const SAFETY = 'Safety and sanitation regulations';
const ATTENDANCE = 'Attendance and hours records';
const NOTE = 'Toolbox talk and practical at bay 3';

/** Trainees with a plan on PLANT each, made through the API. */
async function cohort(app: App, people: { name: string; team: string; planStart?: string }[]) {
  await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
  const made: { id: string; planId: string; name: string }[] = [];
  for (const [i, p] of people.entries()) {
    const trainee = await app.api(
      'trainees:create',
      person(p.name, { team: p.team, site: 'Leeds', employeeId: `B-${String(300 + i)}` }),
    );
    const { planId } = await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: null,
      startDate: p.planStart ?? daysFromToday(-60),
    });
    made.push({ id: trainee.id, planId, name: p.name });
  }
  return made;
}

test('signs two statements off for four trainees at once, shows it on their pages, and undoes it all', async ({
  page,
  app,
}) => {
  const people = await cohort(app, [
    { name: 'Ana Silva', team: 'Line 1' },
    { name: 'Ben Okafor', team: 'Line 1' },
    { name: 'Chen Wei', team: 'Line 1' },
    { name: 'Dana Byrne', team: 'Line 1' },
    { name: 'Emil Novák', team: 'Line 2' },
    { name: 'Fatima Shah', team: 'Line 2' },
  ]);
  // Emil already has the safety statement: the page says so, and a group never touches it.
  const earlier = daysFromToday(-20);
  await app.api('checkoffs:set', {
    planId: people[4]?.planId ?? '',
    changes: [
      { statementId: 'emerging.1', checkoff: { achievedOn: earlier, assessor: 'Dev Patel', note: 'Night shift' } },
    ],
  });
  await page.reload();
  const signoff = new GroupSignoffPage(page);
  await signoff.open();
  await signoff.chooseFramework(PLANT_TITLE);
  await signoff.statement(SAFETY).check();
  await signoff.statement(ATTENDANCE).check();
  await expect(signoff.trainees).toHaveCount(6);
  await expect(signoff.trainee('Emil Novák').getByTestId('already-achieved')).toHaveText('1 of 2 already achieved');

  await page.getByLabel('Find a trainee').fill('emil');
  await expect(signoff.trainees).toHaveCount(1);
  await page.getByLabel('Find a trainee').fill('');
  await page.getByRole('combobox', { name: 'Team', exact: true }).click();
  await page.getByRole('option', { name: 'Line 1' }).click();
  await expect(signoff.trainees).toHaveCount(4);
  await page.getByRole('checkbox', { name: 'Choose every trainee shown' }).check();
  await expect(page.getByTestId('signoff-chosen-count')).toHaveText('4 of 6 chosen');
  await expect(signoff.form.getByLabel('Assessor')).toHaveValue('Maria Keane');
  await signoff.fill({ note: NOTE });
  await page.screenshot({ path: `${SHOTS}/chosen.png`, fullPage: true });
  await signoff.form.getByLabel('Evidence note').press('Control+Enter');
  await expect(signoff.outcome).toContainText('Signed off 2 statements for 4 trainees.');
  await page.screenshot({ path: `${SHOTS}/saved.png`, fullPage: true });

  const trainee = new TraineePage(page);
  const base = app.bridge.url.split('?')[0] ?? '';
  const checkTicks = async (expected: boolean[]) => {
    for (const [i, p] of people.entries()) {
      await page.goto(`${base}#/trainees/${p.id}`);
      await page.getByRole('heading', { name: p.name, level: 2 }).waitFor();
      const plan = trainee.plan(PLANT_TITLE);
      const ticked = expected[i] ?? false;
      for (const topic of [SAFETY, ATTENDANCE]) {
        const item = trainee.item(plan, topic);
        if (ticked) {
          await expect(trainee.checkbox(plan, topic), p.name).toBeChecked();
          await expect(item.getByTestId('checkoff-meta'), p.name).toContainText(`Maria Keane · ${NOTE}`);
        } else {
          await expect(item.getByText(NOTE), p.name).toHaveCount(0);
        }
      }
      if (!ticked) await expect(trainee.checkbox(plan, ATTENDANCE), p.name).not.toBeChecked();
    }
  };
  const emilKeptHisOwn = async () => {
    await page.goto(`${base}#/trainees/${people[4]?.id ?? ''}`);
    await expect(trainee.item(trainee.plan(PLANT_TITLE), SAFETY).getByTestId('checkoff-meta')).toHaveText(
      `Achieved ${shown(earlier)} · Dev Patel · Night shift`,
    );
  };
  await checkTicks([true, true, true, true, false, false]);
  // Emil's earlier check-off is as it was: a group never overwrites evidence.
  await emilKeptHisOwn();

  await page.goto(`${base}#/trainees`);
  await signoff.open();
  await signoff.outcome.getByRole('button', { name: 'Undo' }).click();
  await expect(signoff.outcome).toContainText(
    'Undone: 8 check-offs removed from 4 trainees. Their checklists are as they were before the sign-off.',
  );
  await page.screenshot({ path: `${SHOTS}/undone.png`, fullPage: true });
  await checkTicks([false, false, false, false, false, false]);
  await emilKeptHisOwn();
});

test('says before saving that the date is before some plans started, and saves nothing', async ({ page, app }) => {
  const late = daysFromToday(-3);
  await cohort(app, [
    { name: 'Ana Silva', team: 'Line 1', planStart: late },
    { name: 'Ben Okafor', team: 'Line 1' },
  ]);
  await page.reload();
  const signoff = new GroupSignoffPage(page);
  await signoff.open();
  await signoff.chooseFramework(PLANT_TITLE);
  await signoff.statement(SAFETY).check();
  await signoff.chooseTrainee('Ana Silva');
  await signoff.chooseTrainee('Ben Okafor');
  await signoff.fill({ achievedOn: daysFromToday(-10) });
  await expect(signoff.dateProblem).toHaveText(
    `The date is before the plan started for: Ana Silva (${shown(late)}). Choose a later date or leave them out.`,
  );
  await expect(signoff.saveButton).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/date-problem.png`, fullPage: true });
  expect(await seriousViolations(page), 'group sign-off with a date problem').toEqual([]);

  await signoff.form.getByLabel('Date achieved').press('Control+Enter');
  await expect(signoff.outcome).toHaveCount(0);
  const candidates = await app.api('signoff:candidates', { frameworkId: PLANT });
  expect(candidates.map((c) => Object.keys(c.achieved).length)).toEqual([0, 0]);

  // Leaving Ana out lets the others be signed off on that date.
  await page.getByRole('checkbox', { name: 'Choose Ana Silva', exact: true }).uncheck();
  await expect(signoff.dateProblem).toHaveCount(0);
  await signoff.saveButton.click();
  await expect(signoff.outcome).toContainText('Signed off 1 statement for 1 trainee.');
});

test('the group sign-off page passes axe', async ({ page, app }) => {
  await cohort(app, [
    { name: 'Ana Silva', team: 'Line 1' },
    { name: 'Ben Okafor', team: 'Line 2' },
  ]);
  await page.reload();
  const signoff = new GroupSignoffPage(page);
  await signoff.open();
  expect(await seriousViolations(page), 'empty page').toEqual([]);
  await signoff.chooseFramework(PLANT_TITLE);
  await signoff.statement(SAFETY).check();
  await signoff.chooseTrainee('Ana Silva');
  await signoff.saveButton.click();
  await expect(signoff.outcome).toContainText('Signed off 1 statement for 1 trainee.');
  expect(await seriousViolations(page), 'after a sign-off').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/axe-state.png`, fullPage: true });
});
