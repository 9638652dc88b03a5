import { expect, test } from './support/fixtures';
import { openPlantTrainee } from './support/plantTrainee';
import { EMERGING_TOPICS } from './support/plantFramework';

const SHOTS = '/tmp/shots-i18-trainer-day';

test('a tick with a note counts as one tick, and "Undo last" takes back only the mistaken one', async ({
  page,
  app,
}) => {
  await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
  const { trainee, plan } = await openPlantTrainee(page, app, 'Paweł Nowak');
  const [first = '', second = ''] = EMERGING_TOPICS;

  await trainee.tick(plan, first);
  await trainee.quickForm.getByLabel('Evidence note').fill('Toolbox talk, press line 2');
  await trainee.quickForm.getByLabel('Evidence note').press('Enter');
  await expect(trainee.item(plan, first)).toContainText('Toolbox talk, press line 2');
  await expect(trainee.confirmation).toHaveText(/^Checked for Paweł Nowak: /);
  await expect(trainee.confirmation.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();

  await trainee.tick(plan, second);
  await trainee.quickForm.getByLabel('Evidence note').fill('Shown on the brake');
  await trainee.quickForm.getByLabel('Evidence note').press('Enter');
  await expect(trainee.item(plan, second)).toContainText('Shown on the brake');
  await expect(trainee.confirmation).toHaveText(/^2 ticks for Paweł Nowak/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/undo-last-1366.png` });

  await trainee.confirmation.getByRole('button', { name: 'Undo last' }).click();
  await expect(trainee.checkbox(plan, second)).not.toBeChecked();
  await expect(trainee.checkbox(plan, first)).toBeChecked();
  await expect(trainee.item(plan, first)).toContainText('Toolbox talk, press line 2');
  await expect(trainee.confirmation).toContainText(`Undone for Paweł Nowak: ${second}. Still saved: ${first}`);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/undo-last-done-1024.png` });

  // What is still saved keeps its own Undo.
  await trainee.confirmation.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(trainee.checkbox(plan, first)).not.toBeChecked();
  await expect(trainee.levelCount(plan, 'emerging')).toHaveText('0 / 10');
});
