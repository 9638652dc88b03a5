import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PLANT, OFFICE } from '../unit/support/ids';
import { daysFromToday, shown } from './support/dates';
import { SettingsPage } from './pages/SettingsPage';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';
import { person } from './support/people';
import { expect, test, type App } from './support/fixtures';
import { PLANT_TITLE, EMERGING_TOPICS } from './support/plantFramework';

const OFFICE_TITLE = 'Office Machine Operators, Except Computer';

/** A trainee with one plan, made through the API so the test can start at the checklist. */
async function traineeWithPlan(
  app: App,
  fullName = 'Σοφία Παπαδοπούλου',
  targetLevel: 'emerging' | 'developing' = 'developing',
) {
  await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
  const trainee = await app.api('trainees:create', {
    fullName,
    employeeId: 'B-2001',
    team: 'Line 1',
    site: 'Leeds',
    trainer: 'Maria Keane',
    startDate: '2026-09-01',
    notes: '',
  });
  await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel,
    targetDate: daysFromToday(120),
    startDate: daysFromToday(-60),
  });
  return trainee;
}

test('a trainer adds two trainees, assigns plans and checks statements until Emerging is attained', async ({
  page,
}) => {
  const list = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await new SettingsPage(page).save({ organisationName: 'Northfield Components', trainerName: 'Maria Keane' });

  await list.open();
  await list.add({
    fullName: 'Łukasz Żółć',
    employeeId: 'B-1001',
    team: 'Line 2',
    site: 'Leeds',
    trainer: 'Maria Keane',
    startDate: '2026-09-01',
  });
  await trainee.assign({
    framework: PLANT_TITLE,
    level: 'Developing',
    targetDate: daysFromToday(120),
    startDate: daysFromToday(-30),
  });
  await list.open();
  await list.add({ fullName: 'José Núñez', employeeId: 'B-1002', team: 'Print room', trainer: 'Dev Patel' });
  await trainee.assign({ framework: OFFICE_TITLE, level: 'Emerging', targetDate: daysFromToday(10) });

  await list.open();
  await expect(list.rows).toHaveCount(2);
  await expect(list.row('José Núñez')).toContainText('Due soon');
  const lukasz = list.row('Łukasz Żółć');
  await expect(lukasz).toContainText('Not yet Emerging → Developing');
  await expect(lukasz).toContainText('0%');
  await expect(lukasz).toContainText('On track');

  await trainee.openFromList('Łukasz Żółć');
  const plan = trainee.plan(PLANT_TITLE);
  for (const topic of EMERGING_TOPICS.slice(0, 9)) await trainee.tick(plan, topic);
  await trainee.tick(plan, 'Safety and sanitation regulations', 'Developing');
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('9 / 10');
  await expect(trainee.levelCount(plan, 'developing')).toHaveText('1 / 10');
  await expect(trainee.attained(plan)).toHaveText('Not yet Emerging');
  await expect(trainee.item(plan, EMERGING_TOPICS[0] ?? '')).toContainText(
    `Achieved ${shown(daysFromToday(0))} · Maria Keane`,
  );

  await trainee.tick(plan, EMERGING_TOPICS[9] ?? '');
  await expect(trainee.attained(plan)).toHaveText('Emerging');
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('10 / 10');

  await list.open();
  await expect(lukasz).toContainText('Emerging → Developing');
  await expect(lukasz).not.toContainText('Not yet');
  await expect(lukasz).toContainText('55%');
  await expect(lukasz).toContainText(shown(daysFromToday(0)));
});

test('checking a whole level asks once for the details, records each statement, and can be undone', async ({
  page,
  app,
}) => {
  const who = await traineeWithPlan(app);
  await page.reload();
  const list = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await list.open();
  await trainee.openFromList(who.fullName);
  const plan = trainee.plan(PLANT_TITLE);

  await trainee.checkAllRemaining(plan, 'Emerging', { note: 'Observed over a full shift', assessor: 'Dev Patel' });
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('10 / 10');
  await expect(trainee.attained(plan)).toHaveText('Emerging');
  await expect(trainee.item(plan, 'Plant safety hazards')).toContainText('Dev Patel · Observed over a full shift');
  await trainee.showHistory();
  await expect(trainee.history.filter({ hasText: 'Checked off:' })).toHaveCount(10);

  await trainee.confirmation.getByRole('button', { name: 'Undo all' }).click();
  await expect(trainee.history.filter({ hasText: 'Unchecked:' })).toHaveCount(10);
  await trainee.showPlans();
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('0 / 10');
  await expect(trainee.attained(plan)).toHaveText('Not yet Emerging');
  await trainee.showHistory();
  await expect(trainee.history.filter({ hasText: 'Checked off:' })).toHaveCount(10);
});

test('a check-off’s date, assessor and note can be corrected, but not to a date in the future', async ({
  page,
  app,
}) => {
  const who = await traineeWithPlan(app);
  await page.reload();
  const trainee = new TraineePage(page);
  await new TraineesPage(page).open();
  await trainee.openFromList(who.fullName);
  const plan = trainee.plan(PLANT_TITLE);
  const topic = 'Control panels and gauges';
  await trainee.tick(plan, topic);
  await expect(trainee.item(plan, topic)).toContainText(`Achieved ${shown(daysFromToday(0))}`);

  await trainee.editCheckoff(plan, topic, { achievedOn: daysFromToday(3) });
  await expect(trainee.checkoffForm).toContainText(
    `The date achieved cannot be in the future (today is ${shown(daysFromToday(0))}).`,
  );
  await trainee.checkoffForm.getByRole('button', { name: 'Cancel' }).click();

  const earlier = daysFromToday(-12);
  await trainee.editCheckoff(plan, topic, { achievedOn: earlier, note: 'Signed off at the quarterly review' });
  await expect(trainee.item(plan, topic)).toContainText(
    `Achieved ${shown(earlier)} · Maria Keane · Signed off at the quarterly review`,
  );
  await trainee.showHistory();
  await expect(trainee.history.first()).toContainText(`Check-off edited: ${topic}`);
  await expect(trainee.history.first()).toContainText(`date achieved: ${shown(daysFromToday(0))} → ${shown(earlier)}`);
});

test('a check-off that cannot be saved is rolled back with a message', async ({ page, app }) => {
  const who = await traineeWithPlan(app);
  await page.reload();
  const trainee = new TraineePage(page);
  await new TraineesPage(page).open();
  await trainee.openFromList(who.fullName);
  const plan = trainee.plan(PLANT_TITLE);
  await page.route('**/api/checkoffs:set', (route) =>
    route.fulfill({
      json: {
        ok: false,
        error: { code: 'storage_failed', message: 'The change was not saved because the disk is full.', fields: [] },
      },
    }),
  );
  // click, not check(): the box is rolled back so fast that check() could not confirm it ever ticked.
  await trainee.checkbox(plan, 'Materials and equipment').click();
  await expect(page.getByText('The change was not saved because the disk is full.')).toBeVisible();
  await expect(trainee.checkbox(plan, 'Materials and equipment')).not.toBeChecked();
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('0 / 10');
});

test('changing a target and removing a plan are recorded, and the history stays', async ({ page, app }) => {
  const who = await traineeWithPlan(app);
  await page.reload();
  const trainee = new TraineePage(page);
  await new TraineesPage(page).open();
  await trainee.openFromList(who.fullName);
  const plan = trainee.plan(PLANT_TITLE);
  await trainee.tick(plan, 'Materials and equipment');

  await plan.getByRole('button', { name: 'Change target' }).click();
  const dialog = page.getByRole('dialog', { name: /Change target/ });
  await dialog.getByRole('combobox', { name: 'Target level' }).click();
  await page.getByRole('option', { name: 'Proficient' }).click();
  await dialog.getByRole('button', { name: 'Save target' }).click();
  await expect(plan).toContainText('Target: Proficient');
  await expect(plan.getByTestId('checklist-level-proficient').getByRole('checkbox').first()).toBeVisible();

  await plan.getByRole('button', { name: 'Remove plan' }).click();
  await page.getByRole('dialog', { name: 'Remove this plan?' }).getByRole('button', { name: 'Remove plan' }).click();
  await expect(trainee.plans).toHaveCount(0);
  await trainee.showHistory();
  await expect(trainee.history.nth(0)).toContainText(`Plan removed: ${PLANT_TITLE}`);
  await expect(trainee.history.nth(1)).toContainText('target level: Developing → Proficient');
  await expect(trainee.history.nth(2)).toContainText('Checked off: Materials and equipment');
});

test('archiving hides a trainee until the filter shows them; restoring brings them back', async ({ page, app }) => {
  const who = await traineeWithPlan(app, 'Дмитрий Иванов');
  await app.api('trainees:create', person('Aoife Byrne'));
  await page.reload();
  const list = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await list.open();
  await trainee.openFromList(who.fullName);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('archived-badge')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Assign framework' })).toHaveCount(0);

  await list.open();
  await expect(list.rows).toHaveCount(1);
  await expect(list.count).toHaveText('1 of 2 trainees shown');
  await list.showArchived(true);
  await expect(list.rows).toHaveCount(2);
  await expect(list.row(who.fullName)).toContainText('Archived');

  await trainee.openFromList(who.fullName);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Assign framework' })).toBeVisible();
  await list.open();
  await list.showArchived(false);
  await expect(list.rows).toHaveCount(2);
});

test('everything is still there after Trainplan restarts', async ({ page, app }) => {
  const who = await traineeWithPlan(app, 'Nguyễn Thị Hương');
  await page.reload();
  const list = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await list.open();
  await trainee.openFromList(who.fullName);
  const plan = trainee.plan(PLANT_TITLE);
  await trainee.checkAllRemaining(plan, 'Emerging', { note: 'Shift 3' });
  await expect(trainee.attained(plan)).toHaveText('Emerging');

  await app.restart();
  await list.open();
  await expect(list.row(who.fullName)).toContainText('Emerging → Developing');
  await trainee.openFromList(who.fullName);
  await expect(trainee.attained(trainee.plan(PLANT_TITLE))).toHaveText('Emerging');
  await expect(trainee.item(trainee.plan(PLANT_TITLE), 'Plant safety hazards')).toContainText('Maria Keane · Shift 3');
  await trainee.showHistory();
  await expect(trainee.history.filter({ hasText: 'Checked off:' })).toHaveCount(10);
});

test('bad input shows its message beside the field and saves nothing', async ({ page, app }) => {
  await app.api('trainees:create', person('José Núñez', { employeeId: 'B-7' }));
  await page.reload();
  const list = new TraineesPage(page);
  await list.open();
  const before = await readFile(join(app.dataDir, 'trainplan.json'), 'utf8');

  await page.getByRole('button', { name: 'Add trainee' }).click();
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(list.form.getByText('Enter the full name.')).toBeVisible();

  await list.fillForm({ fullName: 'Jose Nunez', employeeId: 'b-7' });
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(list.form.getByText('Employee or badge ID “b-7” is already used by José Núñez.')).toBeVisible();

  await list.fillForm({ fullName: 'x'.repeat(201), employeeId: '' });
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(list.form.getByText('Full name can be at most 200 characters (this one has 201).')).toBeVisible();
  await list.form.getByRole('button', { name: 'Cancel' }).click();

  await expect(list.rows).toHaveCount(1);
  expect(await readFile(join(app.dataDir, 'trainplan.json'), 'utf8')).toBe(before);
});

test('a trainee is deleted for good only after their name is typed', async ({ page, app }) => {
  const who = await traineeWithPlan(app, 'Tom Hughes');
  await page.reload();
  const list = new TraineesPage(page);
  await list.open();
  await new TraineePage(page).openFromList(who.fullName);
  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Tom Hughes for good?' });
  const confirm = dialog.getByRole('button', { name: 'Delete for good' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type Tom Hughes to confirm').fill('Tom');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type Tom Hughes to confirm').fill('Tom Hughes');
  await confirm.click();
  await expect(page.getByRole('heading', { name: 'Trainees', level: 2 })).toBeVisible();
  await expect(page.getByText('No trainees yet')).toBeVisible();
  expect(await readFile(join(app.dataDir, 'trainplan.json'), 'utf8')).not.toContain('Tom Hughes');
});

test('the list can be searched, filtered and sorted', async ({ page, app }) => {
  const make = async (
    fullName: string,
    employeeId: string,
    team: string,
    frameworkId: string,
    targetDays: number,
    startDays = -100,
  ) => {
    const t = await app.api('trainees:create', {
      fullName,
      employeeId,
      team,
      site: 'Leeds',
      trainer: 'Maria Keane',
      startDate: '',
      notes: '',
    });
    await app.api('plans:assign', {
      traineeId: t.id,
      frameworkId,
      targetLevel: 'emerging',
      targetDate: daysFromToday(targetDays),
      startDate: daysFromToday(startDays),
    });
  };
  // José has barely started (on track); Σοφία has done nothing with 12 days to go (behind); Aoife is overdue.
  await make('José Núñez', 'B-1', 'Line 1', PLANT, 200, -10);
  await make('Aoife Byrne', 'B-2', 'Line 2', OFFICE, -3);
  await make('Σοφία Παπαδοπούλου', 'B-3', 'Line 1', OFFICE, 12);
  await page.reload();
  const list = new TraineesPage(page);
  await list.open();
  await expect.poll(() => list.names()).toEqual(['Aoife Byrne', 'José Núñez', 'Σοφία Παπαδοπούλου']);

  await list.search('jose nunez');
  await expect.poll(() => list.names()).toEqual(['José Núñez']);
  await list.search('b-3');
  await expect.poll(() => list.names()).toEqual(['Σοφία Παπαδοπούλου']);
  await list.search('');

  await list.filter('Team', 'Line 1');
  await expect.poll(() => list.names()).toEqual(['José Núñez', 'Σοφία Παπαδοπούλου']);
  await list.filter('Framework', `${OFFICE_TITLE} (v.26.05)`);
  await expect.poll(() => list.names()).toEqual(['Σοφία Παπαδοπούλου']);
  await list.clearFilters();
  await list.filter('Status', 'Overdue');
  await expect.poll(() => list.names()).toEqual(['Aoife Byrne']);
  await list.filter('Status', 'Overdue');
  await list.filter('Status', 'Behind');
  await expect.poll(() => list.names()).toEqual(['Σοφία Παπαδοπούλου']);
  await expect(list.row('Σοφία Παπαδοπούλου').getByTestId('status-badge')).toHaveText('Behind');
  await list.clearFilters();

  await list.sortBy('Status');
  await expect.poll(() => list.names()).toEqual(['Aoife Byrne', 'Σοφία Παπαδοπούλου', 'José Núñez']);
  await list.sortBy('Next target date');
  await expect.poll(() => list.names()).toEqual(['Aoife Byrne', 'Σοφία Παπαδοπούλου', 'José Núñez']);
  await list.sortBy('Next target date');
  await expect.poll(() => list.names()).toEqual(['José Núñez', 'Σοφία Παπαδοπούλου', 'Aoife Byrne']);
});
