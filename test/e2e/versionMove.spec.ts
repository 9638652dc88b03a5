import { mkdir } from 'node:fs/promises';
import { PLANT_V2, PLANT_V2_VERSION, REWORDED_TEXT, plantVersion2 } from '../fixtures/versions/plantVersion2';
import { FrameworksPage } from './pages/FrameworksPage';
import { TraineePage } from './pages/TraineePage';
import { seriousViolations } from './support/axe';
import { shown } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const PLANT = '51-8099.00@v.26.05';
const OLD_EMERGING_2 =
  'Attendance and hours records — enter accurately into time accounting software with assistance from a lead operator.';
const REMOVED_EMERGING_3 = 'Materials and equipment — visually inspect for obvious defects';
const SHOTS = '/tmp/shots';

/** A trainee with a plan on the plant framework's first version and three ticks on Emerging. */
async function traineeOnVersion1(app: App, name: string) {
  const trainee = await app.api('trainees:create', person(name, { team: 'Line 2' }));
  const { planId } = await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: null,
    startDate: '2026-01-05',
  });
  const tick = (achievedOn: string, note: string) => ({ achievedOn, assessor: 'Maria Keane', note });
  await app.api('checkoffs:set', {
    planId,
    changes: [
      { statementId: 'emerging.1', checkoff: tick('2026-03-10', 'Induction walk') },
      { statementId: 'emerging.2', checkoff: tick('2026-03-12', 'Time clock demo') },
      { statementId: 'emerging.3', checkoff: tick('2026-03-14', 'Checklist on line 2') },
    ],
  });
  return { traineeId: trainee.id, planId };
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test('a plan moves to a new version, keeping the sign-offs the trainer confirms', async ({ page, app }) => {
  const { traineeId } = await traineeOnVersion1(app, 'Ana Silva');
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'plant-v2.json', text: plantVersion2().text });
  await expect(page.getByText('Framework imported')).toBeVisible();

  await page.goto(`${app.bridge.url}#/trainees/${traineeId}`);
  const trainee = new TraineePage(page);
  const plan = trainee.plan(PLANT_TITLE);
  await plan.getByRole('button', { name: `Move to version ${PLANT_V2_VERSION}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Move to version ${PLANT_V2_VERSION}` });
  const changed = dialog.getByTestId('changed-statement').filter({ hasText: 'Attendance and hours records' });
  await expect(changed).toContainText(`Was: ${OLD_EMERGING_2}`);
  await expect(changed).toContainText(`Now: ${REWORDED_TEXT}`);
  // The changed words are marked as such, struck through or underlined, not by colour alone.
  await expect(changed.getByTestId('wording-before').locator('del')).toHaveText([
    'time accounting software',
    'assistance',
  ]);
  await expect(changed.getByTestId('wording-after').locator('ins')).toHaveText(['the new time-clock system', 'help']);
  await expect(changed.locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(changed.locator('ins').first()).toHaveCSS('text-decoration-line', 'underline');
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await changed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots-i18-frameworks/move-dialog-changed-words-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 860 });
  await expect(changed).toContainText(`Checked off: ${shown('2026-03-12')}, Maria Keane · “Time clock demo”`);
  const gone = dialog.getByTestId('gone-statement').filter({ hasText: REMOVED_EMERGING_3 });
  await expect(gone).toContainText('This check-off will be dropped:');
  await expect(gone).toContainText(`${shown('2026-03-14')}, Maria Keane`);
  await expect(dialog.getByTestId('move-new')).toContainText('Lockout and tagout');
  await expect(dialog.getByTestId('move-summary')).toHaveText('1 check-off carries over; 2 will be dropped.');

  const keep = changed.getByRole('checkbox', { name: 'Keep the check-off for the new wording' });
  await keep.focus();
  await page.keyboard.press('Space');
  await expect(keep).toBeChecked();
  await expect(dialog.getByTestId('move-summary')).toHaveText(
    '2 check-offs carry over (1 with new wording); 1 will be dropped.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/move-dialog.png`, fullPage: true });

  await dialog.getByRole('button', { name: `Move to version ${PLANT_V2_VERSION}` }).click();
  await expect(page.getByText(`Plan moved to version ${PLANT_V2_VERSION}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(plan).toContainText(`51-8099.00 · ${PLANT_V2_VERSION}`);
  await expect(plan.getByRole('button', { name: /^Move to version/ })).toHaveCount(0);
  await expect(trainee.checkbox(plan, 'Safety and sanitation regulations')).toBeChecked();
  await expect(trainee.checkbox(plan, 'Attendance and hours records')).toBeChecked();
  await expect(trainee.checkbox(plan, 'Materials and equipment')).toHaveCount(0);
  await expect(trainee.levelCount(plan, 'emerging')).toContainText('2');
  await expect(trainee.item(plan, 'Attendance and hours records')).toContainText(
    `Achieved ${shown('2026-03-12')} · Maria Keane · Time clock demo`,
  );
  await expect(trainee.item(plan, 'Safety and sanitation regulations')).toContainText(
    `Achieved ${shown('2026-03-10')} · Maria Keane · Induction walk`,
  );

  await trainee.showHistory();
  const moved = trainee.history.filter({ hasText: 'Plan moved to a new version' });
  await expect(moved).toContainText(
    `Moved from version v.26.05 to version ${PLANT_V2_VERSION}: 2 check-offs carried over, 1 with new wording: “${OLD_EMERGING_2}” (${shown('2026-03-12')}, Maria Keane)`,
  );
  await expect(moved).toContainText(`1 gone: “${REMOVED_EMERGING_3}`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/move-history.png`, fullPage: true });
});

test('several trainees move to a new version at once from the framework page', async ({ page, app }) => {
  await app.api('frameworks:import', { fileName: 'plant-v2.json', text: plantVersion2().text });
  const ana = await traineeOnVersion1(app, 'Ana Silva');
  const ben = await traineeOnVersion1(app, 'Ben Okafor');
  await page.goto(`${app.bridge.url}#/frameworks/${encodeURIComponent(PLANT_V2)}`);
  const older = page.getByTestId('older-plans');
  await expect(older).toContainText('2 trainees have plans on an older version of this framework.');
  await older.getByRole('button', { name: 'Move plans to this version…' }).click();

  const chooser = page.getByRole('dialog', { name: `Move plans to version ${PLANT_V2_VERSION}` });
  await expect(chooser.getByRole('group', { name: 'Plans on older versions' }).getByRole('checkbox')).toHaveCount(2);
  await expect(
    chooser.getByRole('checkbox', { name: 'Ana Silva (Line 2) — version v.26.05, 3 statements achieved' }),
  ).toBeChecked();
  const selectAll = chooser.getByRole('checkbox', { name: 'Select all' });
  await expect(selectAll).toBeChecked();
  await selectAll.uncheck();
  await expect(chooser.getByRole('button', { name: 'Compare 0 plans…' })).toBeDisabled();
  await selectAll.check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/move-chooser.png` });
  await chooser.getByRole('button', { name: 'Compare 2 plans…' }).click();

  const dialog = page.getByRole('dialog', { name: `Move 2 plans to version ${PLANT_V2_VERSION}` });
  await expect(dialog.getByTestId('move-summary')).toHaveText('2 plans: 2 check-offs carry over; 4 will be dropped.');
  await expect(dialog.getByTestId('move-plans')).toContainText(
    'Ben Okafor (version v.26.05): 1 check-off carries over; 2 will be dropped.',
  );
  const changed = dialog.getByTestId('changed-statement').filter({ hasText: 'Attendance and hours records' });
  await expect(changed.getByTestId('affected-checkoffs')).toContainText(
    `Ana Silva: ${shown('2026-03-12')}, Maria Keane`,
  );
  await changed.getByRole('checkbox', { name: 'Keep the check-off for the new wording' }).check();
  await expect(dialog.getByTestId('move-summary')).toHaveText(
    '2 plans: 4 check-offs carry over (2 with new wording); 2 will be dropped.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/move-many.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Move 2 plans' }).click();
  await expect(page.getByText(`2 plans moved to version ${PLANT_V2_VERSION}.`)).toBeVisible();
  await expect(older).toBeHidden();

  for (const { traineeId } of [ana, ben]) {
    const detail = await app.api('trainees:get', { id: traineeId });
    expect(detail.plans.map((p) => [p.frameworkId, Object.keys(p.checkoffs).sort()])).toEqual([
      [PLANT_V2, ['emerging.1', 'emerging.2']],
    ]);
  }
});

test('a page left open while its plan moves elsewhere refuses a tick in words and shows the new version', async ({
  page,
  app,
}) => {
  const { traineeId, planId } = await traineeOnVersion1(app, 'Ana Silva');
  await app.api('frameworks:import', { fileName: 'plant-v2.json', text: plantVersion2().text });
  await page.goto(`${app.bridge.url}#/trainees/${traineeId}`);
  const trainee = new TraineePage(page);
  const plan = trainee.plan(PLANT_TITLE);
  await expect(plan).toContainText('51-8099.00 · v.26.05');

  // Another window moves the plan; this page still shows version 1.
  await app.api('plans:move', { toFrameworkId: PLANT_V2, plans: [{ traineeId, planId }], confirmed: [] });
  await trainee.checkbox(plan, 'Control panels and gauges').click();

  await expect(page.getByText(/^This plan was moved to version v\.27\.01 of Plant and System Operators/)).toBeVisible();
  await expect(plan).toContainText(`51-8099.00 · ${PLANT_V2_VERSION}`);
  await expect(trainee.checkbox(plan, 'Control panels and gauges')).not.toBeChecked();
  const detail = await app.api('trainees:get', { id: traineeId });
  expect(Object.keys(detail.plans[0]?.checkoffs ?? {}).sort()).toEqual(['emerging.1']);
});
