import { PLANT } from '../unit/support/ids';
import { GroupSignoffPage } from './pages/GroupSignoffPage';
import { daysFromToday } from './support/dates';
import { expect, test } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const SHOTS = '/tmp/shots-i18-trainer-day';
const SAFETY = 'Safety and sanitation regulations';
const NAMES = ['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Byrne', 'Emil Novák', 'Fatima Shah', 'Gosia Wróbel'];

for (const width of [1366, 1024]) {
  test(`at ${String(width)} px the sign-off's confirmation shows where the trainer clicked, the form ready for the next group`, async ({
    page,
    app,
  }) => {
    await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
    for (const name of [...NAMES, 'Hana Kim']) {
      const { id } = await app.api('trainees:create', person(name));
      await app.api('plans:assign', {
        traineeId: id,
        frameworkId: PLANT,
        targetLevel: 'developing',
        targetDate: null,
        startDate: daysFromToday(-60),
      });
    }
    await page.setViewportSize({ width, height: 768 });
    await page.reload();
    const signoff = new GroupSignoffPage(page);
    await signoff.open();
    await signoff.chooseFramework(PLANT_TITLE);
    await signoff.statement(SAFETY).check();
    for (const name of NAMES) await signoff.chooseTrainee(name);
    await signoff.fill({ note: 'Toolbox talk, Friday' });
    await signoff.saveButton.click();

    await expect(signoff.outcome).toContainText('Signed off 1 statement for 7 trainees.');
    await expect(signoff.outcome).toBeInViewport();
    await expect(signoff.saveButton).toBeInViewport();
    await expect(signoff.form).not.toContainText('Choose statements and trainees first');
    await expect(signoff.form).toContainText('Choose the trainees who demonstrated it.');
    await page.screenshot({ path: `${SHOTS}/signoff-outcome-${String(width)}.png` });

    // The statement, date and note stay for the next group: choosing its trainees is all that is left.
    await expect(signoff.statement(SAFETY)).toBeChecked();
    await expect(signoff.form.getByLabel('Evidence note')).toHaveValue('Toolbox talk, Friday');
    await signoff.chooseTrainee('Hana Kim');
    await expect(signoff.form).toContainText('Signs off 1 statement for 1 trainee.');
    await signoff.saveButton.click();
    await expect(signoff.outcome).toContainText('Signed off 1 statement for 1 trainee.');
    await expect(signoff.outcome).toBeInViewport();

    await signoff.outcome.getByRole('button', { name: 'Undo' }).click();
    await expect(signoff.outcome).toContainText('Undone: 1 check-off removed from 1 trainee.');
    await expect(signoff.outcome).toBeInViewport();
  });
}
