import type { Page } from '@playwright/test';
import { choose, TraineesPage } from './pages/TraineesPage';
import { daysFromToday, shown } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';
import { screenshotsAtBothWidths } from './support/screenshots';

const SHOTS = '/tmp/shots-i18-list-manager';

const shots = (page: Page, name: string): Promise<void> => screenshotsAtBothWidths(page, SHOTS, name);

/** The confirmation saying this; the one before it may still be fading out. */
function confirmationSaying(page: Page, text: string) {
  return page.getByTestId('bulk-confirmation').filter({ hasText: text });
}

async function fourApprentices(app: App): Promise<void> {
  await app.api('trainees:create', person('Anna Berg', { team: 'Line 1', trainer: 'Maria Keane' }));
  await app.api('trainees:create', person('Ben Cole', { team: 'Line 1' }));
  await app.api('trainees:create', person('Cara Diaz', { team: 'Line 1' }));
  await app.api('trainees:create', person('Dev Patel', { team: 'Press line' }));
}

test.describe('changing several trainees at once from the list', () => {
  test('shift-click selects a range, one plan goes to all of them, and one Undo takes it back', async ({
    page,
    app,
  }) => {
    await fourApprentices(app);
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await page.getByRole('checkbox', { name: 'Select Anna Berg' }).click();
    await page.getByRole('checkbox', { name: 'Select Cara Diaz' }).click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('selected-count')).toHaveText('3 trainees selected');
    await expect(page.getByRole('checkbox', { name: 'Select Ben Cole' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Select Dev Patel' })).not.toBeChecked();

    await page.getByRole('button', { name: 'Assign plan…' }).click();
    const form = page.getByTestId('bulk-assign-form');
    await choose(page, 'Framework', PLANT_TITLE, form);
    await choose(page, 'Target level', 'Developing', form);
    await form.getByLabel('Target date').fill(daysFromToday(200));
    // The trainer field offers the trainers already in use.
    await form.getByRole('combobox', { name: 'Trainer' }).fill('mar');
    await page.getByRole('option', { name: 'Maria Keane' }).click();
    await shots(page, 'bulk-assign-plan');
    await form.getByRole('button', { name: 'Assign' }).click();

    const confirmation = confirmationSaying(page, 'Plan assigned to 3 trainees.');
    await expect(confirmation).toBeVisible();
    for (const name of ['Anna Berg', 'Ben Cole', 'Cara Diaz']) {
      await expect(list.row(name).getByTestId('plan-levels')).toContainText('Developing');
      await expect(list.row(name)).toContainText('Maria Keane');
    }
    await expect(list.row('Dev Patel')).toContainText('No plan yet');
    await expect(page.getByTestId('bulk-actions')).toBeHidden();

    await confirmation.getByRole('button', { name: 'Undo' }).click();
    await expect(confirmationSaying(page, 'Undone for 3 trainees.')).toBeVisible();
    for (const name of ['Anna Berg', 'Ben Cole', 'Cara Diaz']) {
      await expect(list.row(name)).toContainText('No plan yet');
    }
    await expect(list.row('Ben Cole')).not.toContainText('Maria Keane');
  });

  test('a plan given to several starts on each trainee’s own start date, or on one date chosen for all', async ({
    page,
    app,
  }) => {
    const early = daysFromToday(-120);
    const late = daysFromToday(-30);
    await app.api('trainees:create', person('Anna Berg', { team: 'Line 1', startDate: early }));
    await app.api('trainees:create', person('Ben Cole', { team: 'Line 1', startDate: late }));
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await page.getByRole('checkbox', { name: 'Select Anna Berg' }).click();
    await page.getByRole('checkbox', { name: 'Select Ben Cole' }).click();
    await page.getByRole('button', { name: 'Assign plan…' }).click();
    const form = page.getByTestId('bulk-assign-form');
    await expect(form.getByRole('radio', { name: /Each trainee’s own start date/ })).toBeChecked();
    await expect(form.getByRole('textbox', { name: /^Start date/ })).toHaveCount(0);
    await choose(page, 'Framework', PLANT_TITLE, form);
    // One date for all is there to be chosen; a date before Ben started is refused, naming him.
    await form.getByRole('radio', { name: 'One date for all' }).check();
    await form.getByRole('textbox', { name: /^Start date/ }).fill(daysFromToday(-60));
    await shots(page, 'bulk-assign-start');
    await form.getByRole('button', { name: 'Assign' }).click();
    await expect(form).toContainText(`The plan cannot start before Ben Cole started on ${shown(late)}.`);
    await form.getByRole('radio', { name: /Each trainee’s own start date/ }).check();
    await form.getByRole('button', { name: 'Assign' }).click();
    await expect(confirmationSaying(page, 'Plan assigned to 2 trainees.')).toBeVisible();

    for (const [name, start] of [
      ['Anna Berg', early],
      ['Ben Cole', late],
    ] as const) {
      await list.row(name).getByRole('link').click();
      await expect(page.getByTestId('plan-card')).toContainText(`started ${shown(start)}`);
      await page.getByRole('link', { name: '← All trainees' }).click();
    }
  });

  test('select all shown, set the team by picking an existing one, then archive them', async ({ page, app }) => {
    await fourApprentices(app);
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await expect(list.rows).toHaveCount(4);
    await list.filter('Team', 'Line 1');
    await expect(list.rows).toHaveCount(3);
    await page.getByRole('checkbox', { name: 'Select all shown' }).click();
    await expect(page.getByTestId('selected-count')).toHaveText('3 trainees selected');

    await page.getByRole('button', { name: 'Set team…' }).click();
    const form = page.getByTestId('bulk-value-form');
    await form.getByRole('combobox', { name: 'Team or department' }).fill('pres');
    await page.getByRole('option', { name: 'Press line' }).click();
    await shots(page, 'bulk-set-team');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(confirmationSaying(page, 'Team set for 3 trainees.')).toBeVisible();

    await list.clearFilters();
    await list.filter('Team', 'Press line');
    await expect(list.rows).toHaveCount(4);
    await page.getByRole('checkbox', { name: 'Select Anna Berg' }).click();
    await page.getByRole('checkbox', { name: 'Select Ben Cole' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    const archived = confirmationSaying(page, 'Archived 2 trainees.');
    await expect(archived).toBeVisible();
    await expect(list.rows).toHaveCount(2);
    await archived.getByRole('button', { name: 'Undo' }).click();
    await expect(list.rows).toHaveCount(4);
  });
});
