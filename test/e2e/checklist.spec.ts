import type { Page } from '@playwright/test';
import { PLANT } from '../unit/support/ids';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';
import { daysFromToday, shown } from './support/dates';
import { person } from './support/people';
import { expect, test, type App } from './support/fixtures';
import { seriousViolations } from './support/axe';
import { PLANT_TITLE, EMERGING_TOPICS } from './support/plantFramework';

const SHOTS = '/tmp/shots/checklist';
const TRAINEE_START = daysFromToday(-90);
const PLAN_START = daysFromToday(-60);

/** Trainees with a Plant plan each (started 60 days ago, the trainee 90), made through the API. */
async function withTrainees(app: App, names: string[], trainerName = 'Maria Keane') {
  await app.api('settings:update', { organisationName: 'Northfield', trainerName, paperSize: 'A4' });
  const made: { id: string; planId: string }[] = [];
  for (const name of names) {
    const trainee = await app.api('trainees:create', person(name, { startDate: TRAINEE_START }));
    const { planId } = await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: daysFromToday(120),
      startDate: PLAN_START,
    });
    made.push({ id: trainee.id, planId });
  }
  return made;
}

async function openTrainee(page: Page, name: string): Promise<{ trainee: TraineePage; list: TraineesPage }> {
  const list = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await page.reload();
  await list.open();
  await trainee.openFromList(name);
  return { trainee, list };
}

test('Undo on another trainee’s page undoes the change it names, for the trainee it names', async ({ page, app }) => {
  const [, bo] = await withTrainees(app, ['Ana Silva', 'Bo Berg']);
  const check = { achievedOn: daysFromToday(-1), assessor: 'Maria Keane', note: '' };
  await app.api('checkoffs:set', {
    planId: bo?.planId ?? '',
    changes: [{ statementId: 'emerging.3', checkoff: check }],
  });
  const { trainee, list } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);

  await trainee.tick(plan, 'Materials and equipment');
  await expect(trainee.confirmation).toHaveText(/Checked for Ana Silva: Materials and equipment/);
  await page.keyboard.press('Escape');

  await list.open();
  await trainee.openFromList('Bo Berg');
  await expect(trainee.checkbox(plan, 'Materials and equipment')).toBeChecked();
  await trainee.confirmation.getByRole('button', { name: 'Undo' }).click();
  await expect(trainee.confirmation).toHaveText('Undone for Ana Silva: Materials and equipment');
  await expect(trainee.checkbox(plan, 'Materials and equipment')).toBeChecked();
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('1 / 10');

  await list.open();
  await trainee.openFromList('Ana Silva');
  await expect(trainee.checkbox(plan, 'Materials and equipment')).not.toBeChecked();
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('0 / 10');
});

test('eight quick ticks leave one confirmation, whose Undo all takes them all back', async ({ page, app }) => {
  await withTrainees(app, ['Ana Silva']);
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);

  for (const topic of EMERGING_TOPICS.slice(0, 8)) await trainee.checkbox(plan, topic).click();
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('8 / 10');
  await expect(trainee.confirmation).toHaveText(/8 ticks for Ana Silva/);
  expect(await trainee.confirmation.count()).toBeLessThanOrEqual(2);
  await expect(trainee.confirmation).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/quick-ticks.png` });

  await trainee.confirmation.getByRole('button', { name: 'Undo all' }).click();
  await expect(trainee.confirmation).toHaveText('Undone for Ana Silva: 8 ticks');
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('0 / 10');
});

test('an uncheck can be undone with its evidence, and a re-tick offers the removed check-off back', async ({
  page,
  app,
}) => {
  const [ana] = await withTrainees(app, ['Ana Silva']);
  const earlier = daysFromToday(-20);
  const removed = { achievedOn: earlier, assessor: 'Bo Berg', note: 'welded seam test' };
  await app.api('checkoffs:set', {
    planId: ana?.planId ?? '',
    changes: [{ statementId: 'emerging.5', checkoff: removed }],
  });
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);
  const topic = 'Control panels and gauges';
  const evidence = `Achieved ${shown(earlier)} · Bo Berg · welded seam test`;

  await trainee.checkbox(plan, topic).click();
  await expect(trainee.checkbox(plan, topic)).not.toBeChecked();
  await expect(trainee.confirmation).toHaveText(/Unchecked for Ana Silva: Control panels and gauges/);
  await trainee.confirmation.getByRole('button', { name: 'Undo' }).click();
  await expect(trainee.item(plan, topic)).toContainText(evidence);

  await trainee.checkbox(plan, topic).click();
  await expect(trainee.checkbox(plan, topic)).not.toBeChecked();
  await trainee.tick(plan, topic);
  await expect(trainee.item(plan, topic)).toContainText(`Achieved ${shown(daysFromToday(0))} · Maria Keane`);
  const offer = trainee.quickForm.getByTestId('restore-offer');
  await expect(offer).toHaveText(
    new RegExp(`Restore the earlier check-off: ${shown(earlier)}, Bo Berg, ‘welded seam test’\\?`),
  );
  await page.screenshot({ path: `${SHOTS}/restore-offer.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(trainee.item(plan, topic)).toContainText(evidence);
  await trainee.showHistory();
  await expect(trainee.history.filter({ hasText: 'Unchecked:' })).toHaveCount(2);
});

test('one click ticks with today and no assessor when no name is set; the note is added with Enter', async ({
  page,
  app,
}) => {
  await withTrainees(app, ['Ana Silva'], '');
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);

  await trainee.tick(plan, 'Materials and equipment');
  await expect(trainee.checkoffForm).toHaveCount(0);
  await expect(trainee.item(plan, 'Materials and equipment')).toContainText(
    `Achieved ${shown(daysFromToday(0))} · assessor not recorded`,
  );
  const note = trainee.quickForm.getByLabel('Evidence note');
  await expect(note).toBeFocused();
  await note.fill('Observed on line 2');
  await trainee.quickForm.getByLabel('Assessor').fill('Dev Patel');
  await page.screenshot({ path: `${SHOTS}/note-popover.png` });
  await trainee.quickForm.getByLabel('Assessor').press('Enter');
  await expect(trainee.quickForm).toHaveCount(0);
  await expect(trainee.item(plan, 'Materials and equipment')).toContainText('Dev Patel · Observed on line 2');

  await trainee.tick(plan, 'Plant safety hazards');
  await expect(trainee.quickForm.getByLabel('Evidence note')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trainee.quickForm).toHaveCount(0);
  await expect(trainee.checkbox(plan, 'Plant safety hazards')).toBeFocused();
  await expect(trainee.checkbox(plan, 'Plant safety hazards')).toBeChecked();
  await trainee.showHistory();
  await expect(trainee.history.filter({ hasText: 'Check-off edited:' })).toHaveCount(1);
});

test('the checklist works from the keyboard: j/k, Space, n, Ctrl+Enter and ? for the shortcuts', async ({
  page,
  app,
}) => {
  await withTrainees(app, ['Ana Silva']);
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);
  const box = (i: number) => trainee.checkbox(plan, EMERGING_TOPICS[i] ?? '');

  await box(0).focus();
  await page.keyboard.press('j');
  await expect(box(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(box(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(box(1)).toBeFocused();

  await page.keyboard.press('Space');
  await expect(box(1)).toBeChecked();
  await expect(trainee.quickForm.getByLabel('Evidence note')).toBeFocused();
  // Typed into the note, j and ? are letters, not shortcuts.
  await page.keyboard.type('j?k');
  await expect(trainee.shortcutsHelp).toHaveCount(0);
  // Escape asks before the typing is dropped; the question's Enter closes, the tick stays and has the focus.
  await page.keyboard.press('Escape');
  const question = page.getByRole('dialog', { name: 'Close without saving?' });
  await question.getByRole('button', { name: 'Close without saving' }).click();
  await expect(box(1)).toBeFocused();

  await page.keyboard.press('n');
  await expect(trainee.quickForm.getByLabel('Evidence note')).toBeFocused();
  // Escape kept the tick, not the typing: the note opens empty again.
  await expect(trainee.quickForm.getByLabel('Evidence note')).toHaveValue('');
  await page.keyboard.type('Talked it through');
  await page.keyboard.press('Control+Enter');
  await expect(trainee.item(plan, EMERGING_TOPICS[1] ?? '')).toContainText('Maria Keane · Talked it through');

  await box(1).focus();
  await page.keyboard.press('?');
  await expect(trainee.shortcutsHelp).toBeVisible();
  await expect(trainee.shortcutsHelp).toContainText('Tick or untick the statement');
  await page.screenshot({ path: `${SHOTS}/shortcuts.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(trainee.shortcutsHelp).toHaveCount(0);
  await plan.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(trainee.shortcutsHelp).toBeVisible();
});

test('"Show outstanding only" hides what is done and "Next outstanding" jumps to what is not', async ({
  page,
  app,
}) => {
  const [ana] = await withTrainees(app, ['Ana Silva']);
  const check = { achievedOn: daysFromToday(-1), assessor: 'Maria Keane', note: '' };
  await app.api('checkoffs:set', {
    planId: ana?.planId ?? '',
    changes: ['emerging.1', 'emerging.2', 'emerging.4'].map((statementId) => ({ statementId, checkoff: check })),
  });
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);

  await plan.getByRole('switch', { name: 'Show outstanding only' }).check();
  await expect(plan.getByTestId('checklist-item').and(page.locator('[data-checked="true"]'))).toHaveCount(0);
  await expect(trainee.checkbox(plan, EMERGING_TOPICS[0] ?? '')).toHaveCount(0);
  await plan.getByRole('button', { name: 'Next outstanding' }).click();
  await expect(trainee.checkbox(plan, 'Materials and equipment')).toBeFocused();
  await plan.getByRole('button', { name: 'Next outstanding' }).click();
  await expect(trainee.checkbox(plan, 'Control panels and gauges')).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/outstanding-only.png` });
});

test('several chosen statements of a level are ticked at once, one history entry each', async ({ page, app }) => {
  await withTrainees(app, ['Ana Silva']);
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);
  const chosen = [EMERGING_TOPICS[1] ?? '', EMERGING_TOPICS[4] ?? '', EMERGING_TOPICS[8] ?? ''];

  await trainee.select(plan, 'Emerging', chosen);
  await page.screenshot({ path: `${SHOTS}/selection.png` });
  await plan.getByRole('button', { name: 'Tick selected (3)' }).click();
  await trainee.fillCheckoff({ note: 'Seen on the night shift' });
  // Ctrl+Enter saves the form from the note, where Enter is a new line.
  await trainee.checkoffForm.getByLabel('Evidence note').press('Control+Enter');
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('3 / 10');
  for (const topic of chosen) await expect(trainee.item(plan, topic)).toContainText('Seen on the night shift');
  await expect(trainee.checkbox(plan, EMERGING_TOPICS[0] ?? '')).not.toBeChecked();
  await expect(trainee.confirmation).toHaveText(/Checked for Ana Silva: 3 statements in Emerging/);
  await trainee.showHistory();
  await expect(trainee.history.filter({ hasText: 'Checked off:' })).toHaveCount(3);
});

test('a check-off date before the plan or the trainee started is refused, naming that date', async ({ page, app }) => {
  await withTrainees(app, ['Ana Silva']);
  const { trainee } = await openTrainee(page, 'Ana Silva');
  const plan = trainee.plan(PLANT_TITLE);
  const topic = 'Materials and equipment';
  await trainee.tick(plan, topic);

  const date = trainee.quickForm.getByLabel('Date achieved');
  // The picker reaches back to the trainee's start: an earlier plan start is offered, not ruled out.
  await expect(date).toHaveAttribute('min', TRAINEE_START);
  await expect(date).toHaveAttribute('max', daysFromToday(0));
  await date.fill(daysFromToday(-61));
  await date.press('Enter');
  await expect(trainee.quickForm).toContainText(
    `The date achieved cannot be before this plan started (${shown(PLAN_START)}).`,
  );
  // The changed date is typed input: Escape asks before dropping it.
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Close without saving?' })
    .getByRole('button', { name: 'Close without saving' })
    .click();

  await plan.getByRole('button', { name: `Edit check-off: ${topic} (Emerging ` }).click();
  await trainee.fillCheckoff({ achievedOn: daysFromToday(2) });
  await trainee.checkoffForm.getByRole('button', { name: 'Save' }).click();
  await expect(trainee.checkoffForm).toContainText('The date achieved cannot be in the future');
  await page.screenshot({ path: `${SHOTS}/date-refused.png` });
  await trainee.checkoffForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(trainee.item(plan, topic)).toContainText(`Achieved ${shown(daysFromToday(0))}`);
});

test('a plan without a target date says so', async ({ page, app }) => {
  const trainee = await app.api('trainees:create', person('Ana Silva'));
  await app.api('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'advanced',
    targetDate: null,
    startDate: PLAN_START,
  });
  const { trainee: page_ } = await openTrainee(page, 'Ana Silva');
  await expect(page_.plan(PLANT_TITLE).getByTestId('plan-summary')).toContainText('Target: Advanced, no target date');
});
