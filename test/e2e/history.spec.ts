import { OFFICE, PLANT } from '../unit/support/ids';
import { daysFromToday, shown } from './support/dates';
import { pressDraft } from '../unit/frameworks/editor/draftFixtures';
import { FrameworksPage } from './pages/FrameworksPage';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';
import { person } from './support/people';
import { expect, test, type App } from './support/fixtures';
import { PLANT_TITLE } from './support/plantFramework';

const OFFICE_TITLE = 'Office Machine Operators, Except Computer';
const NAME = 'Ana Lima';
const ALL = ['emerging', 'developing', 'proficient', 'advanced'].flatMap((level) =>
  Array.from({ length: 10 }, (_, i) => `${level}.${String(i + 1)}`),
);

/** Ana started 60 days ago; her plant plan too; her first check-off was 30 days ago. */
async function ana(app: App, extra: Parameters<typeof person>[1] = {}) {
  await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
  const trainee = await app.api(
    'trainees:create',
    person(NAME, { team: 'Line 2', startDate: daysFromToday(-60), ...extra }),
  );
  const plant = await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: null,
    startDate: daysFromToday(-60),
  });
  const checkoff = { achievedOn: daysFromToday(-30), assessor: 'Dev Patel', note: 'Seen on line 2' };
  await app.api('checkoffs:set', { planId: plant.planId, changes: [{ statementId: 'emerging.1', checkoff }] });
  return { trainee, plantId: plant.planId, checkoff };
}

async function openAna(page: TraineePage['page']): Promise<TraineePage> {
  await page.reload();
  await new TraineesPage(page).open();
  const trainee = new TraineePage(page);
  await trainee.openFromList(NAME);
  return trainee;
}

test('the history tab pages with Load more and filters by kind and by plan, removed plans included', async ({
  page,
  app,
}) => {
  const { trainee, plantId, checkoff } = await ana(app);
  await app.api('checkoffs:set', { planId: plantId, changes: ALL.map((statementId) => ({ statementId, checkoff })) });
  await app.api('checkoffs:set', {
    planId: plantId,
    changes: ALL.slice(0, 20).map((statementId) => ({ statementId, checkoff: null })),
  });
  const office = await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    targetDate: null,
    startDate: daysFromToday(-10),
  });
  await app.api('plans:remove', { planId: office.planId });
  // 1 created + 1 assigned + 40 checked + 20 unchecked + office assigned and removed = 64 events.
  const page1 = await openAna(page);
  await expect(page1.history).toHaveCount(0);
  await page1.showHistory();
  await page.screenshot({ path: '/tmp/shots/history/history-tab.png', fullPage: true });
  await expect(page1.historyCount).toHaveText('Showing 50 of 64 events, newest first');
  await expect(page1.history).toHaveCount(50);
  await expect(page1.history.first()).toContainText(`Plan removed: ${OFFICE_TITLE}`);
  await expect(page1.history.nth(2)).toContainText('Unchecked:');
  await expect(page1.history.nth(2)).toContainText(
    `Removed: ${shown(daysFromToday(-30))} · assessed by Dev Patel · Seen on line 2`,
  );
  await page1.loadMore.click();
  await expect(page1.history).toHaveCount(64);
  await expect(page1.historyCount).toHaveText('Showing 64 of 64 events, newest first');
  await expect(page1.history.last()).toContainText('Trainee added');
  await expect(page1.loadMore).toBeHidden();

  await page1.historyKind('Plan changes').click();
  await expect(page1.historyCount).toHaveText('Showing 3 of 3 events, newest first');
  await expect(page1.history.nth(0)).toContainText(`Plan removed: ${OFFICE_TITLE}`);
  await expect(page1.history.nth(1)).toContainText(`Plan assigned: ${OFFICE_TITLE}`);
  await expect(page1.history.nth(2)).toContainText(`Plan assigned: ${PLANT_TITLE}`);

  await page1.historyPlan(`${OFFICE_TITLE} (43-9071.00, v.26.05) (removed)`);
  await expect(page1.history).toHaveCount(2);
  await page1.historyKind('Plan changes').click();
  await page1.historyKind('Trainee details').click();
  await expect(page1.history).toHaveCount(0);
  await expect(page.getByText('Nothing recorded that matches.')).toBeVisible();

  await page1.historyKind('Check-offs').click();
  await page1.historyKind('Trainee details').click();
  await page1.historyPlan(`${PLANT_TITLE} (51-8099.00, v.26.05)`);
  await expect(page1.historyCount).toHaveText('Showing 50 of 60 events, newest first');
  await page.screenshot({ path: '/tmp/shots/history/history-filtered.png', fullPage: true });
  await page1.loadMore.click();
  await expect(page1.history).toHaveCount(60);
  await expect(page1.history.filter({ hasNotText: /^(Checked off|Unchecked|Check-off edited):/ })).toHaveCount(0);
});

test('editing one field lists only that field in the history', async ({ page, app }) => {
  await ana(app, { employeeId: '', notes: 'Prefers early shifts\r\nFirst-aider' });
  const trainee = await openAna(page);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByTestId('trainee-form');
  await form.getByLabel('Team or department').fill('Line 3');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await trainee.showHistory();
  const edited = trainee.history.first();
  await expect(edited).toContainText('Details edited');
  await expect(edited.getByText('team: Line 2 → Line 3', { exact: true })).toBeVisible();
  await expect(edited).not.toContainText('notes');
  await expect(edited).not.toContainText('ID:');
  await expect(edited).not.toContainText('start date');
  await trainee.showDetails();
  await expect(page.getByTestId('trainee-details')).toContainText('Line 3');
  await expect(page.getByTestId('trainee-details')).toContainText(shown(daysFromToday(-30)));
});

test('each form says which date limits a start date, before saving, and main refuses it too', async ({ page, app }) => {
  await ana(app);
  const trainee = await openAna(page);
  const firstCheckoff = shown(daysFromToday(-30));

  await page.getByRole('button', { name: 'Edit details' }).click();
  const traineeForm = page.getByTestId('trainee-form');
  const traineeStart = traineeForm.getByLabel('Start date');
  await expect(traineeStart).toHaveAttribute('max', daysFromToday(-30));
  await traineeStart.fill(daysFromToday(-29));
  const traineeMessage = `The start date cannot be after ${NAME}’s first check-off on ${firstCheckoff}.`;
  await expect(traineeForm.getByText(traineeMessage)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/history/trainee-start-rule.png' });
  await traineeForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(traineeForm.getByText(traineeMessage)).toBeVisible();
  await traineeStart.fill(daysFromToday(-30));
  await expect(traineeForm.getByText(traineeMessage)).toBeHidden();
  await traineeForm.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Assign framework' }).click();
  const assignForm = page.getByTestId('assign-plan-form');
  const assignStart = assignForm.getByLabel('Start date');
  await expect(assignStart).toHaveAttribute('min', daysFromToday(-60));
  await assignStart.fill(daysFromToday(-61));
  const beforeTrainee = `The plan cannot start before ${NAME} started on ${shown(daysFromToday(-60))}.`;
  await expect(assignForm.getByText(beforeTrainee)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/history/assign-start-rule.png' });
  await assignForm.getByRole('button', { name: 'Cancel' }).click();

  const plan = trainee.plan(PLANT_TITLE);
  await plan.getByRole('button', { name: 'Change target' }).click();
  const dialog = page.getByRole('dialog', { name: /Change target/ });
  const planStart = dialog.getByLabel('Start date');
  await expect(planStart).toHaveAttribute('max', daysFromToday(-30));
  await planStart.fill(daysFromToday(-29));
  const afterCheckoff = `The start date cannot be after this plan’s first check-off on ${firstCheckoff}.`;
  await expect(dialog.getByText(afterCheckoff)).toBeVisible();
  await planStart.fill(daysFromToday(-61));
  await expect(dialog.getByText(beforeTrainee)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/history/change-target-start-rule.png' });
  await planStart.fill(daysFromToday(-45));
  await dialog.getByRole('button', { name: 'Save target' }).click();
  await expect(dialog).toBeHidden();
  await trainee.showHistory();
  await expect(trainee.history.first()).toContainText(
    `start date: ${shown(daysFromToday(-60))} → ${shown(daysFromToday(-45))}`,
  );
});

test('a framework made in Trainplan without a code shows no made-up “00-” code or assumed job zone', async ({
  page,
  app,
}) => {
  const own = await app.api('frameworks:create', pressDraft({ code: '' }));
  const trainee = await app.api('trainees:create', person(NAME, { startDate: daysFromToday(-60) }));
  await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: own.id,
    targetLevel: 'developing',
    targetDate: null,
    startDate: daysFromToday(-60),
  });
  const ana = await openAna(page);
  await ana.showHistory();
  await expect(ana.history.first()).toContainText('Plan assigned: Press Brake Operation (version 1)');
  await page.getByTestId('history-filters').getByRole('combobox', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Press Brake Operation (version 1)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/00-\d{4}/)).toHaveCount(0);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: `/tmp/shots-i18-frameworks/own-history-${width}.png` });
  }

  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.openFramework('Press Brake Operation');
  await expect(page.getByRole('heading', { name: 'Press Brake Operation', level: 2 })).toBeVisible();
  await expect(page.getByText(/Job zone|00-\d{4}/)).toHaveCount(0);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: `/tmp/shots-i18-frameworks/own-framework-detail-${width}.png` });
  }
});
