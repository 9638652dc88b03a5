import { PLANT } from '../unit/support/ids';
import { FrameworkEditor } from './pages/FrameworkEditor';
import { GroupSignoffPage } from './pages/GroupSignoffPage';
import { SettingsPage } from './pages/SettingsPage';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';
import { daysFromToday } from './support/dates';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const SHOTS = '/tmp/shots-i18-trainer-day';

test('the framework editor asks before typed work is left by the sidebar, Back or closing the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click();
  await page.getByRole('button', { name: 'New framework' }).click();
  const editor = new FrameworkEditor(page);
  await editor.field('Occupation or title').fill('Abkantpresse');
  await editor.topic('Emerging', 1).fill('Sicherheit');

  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(ask).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/leave-without-saving-1366.png` });
  await ask.getByRole('button', { name: 'Stay here' }).click();
  await expect(editor.field('Occupation or title')).toHaveValue('Abkantpresse');
  await expect(editor.topic('Emerging', 1)).toHaveValue('Sicherheit');

  await page.goBack();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay here' }).click();
  await expect(editor.field('Occupation or title')).toHaveValue('Abkantpresse');

  // A reload or closing the window asks too (the browser's own question).
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(editor.field('Occupation or title')).toHaveValue('Abkantpresse');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
});

test('Back while "Add trainee" holds a typed name asks before discarding it; a saved trainee leaves freely', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Ana Silva'));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();
  const list = new TraineesPage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await list.open();
  await page.getByRole('button', { name: 'Add trainee' }).click();
  await list.fillForm({ fullName: 'Łukasz Kowalczyk' });
  await page.goBack();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/add-trainee-back-1024.png` });
  await ask.getByRole('button', { name: 'Stay here' }).click();
  await expect(list.form.getByLabel('Full name')).toHaveValue('Łukasz Kowalczyk');

  // Saving opens the new trainee's page without a question.
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(page.getByRole('heading', { name: 'Łukasz Kowalczyk', level: 2 })).toBeVisible();
  await expect(ask).toHaveCount(0);
});

test('Settings and the group sign-off ask before a typed name or a chosen group is left by the sidebar or Back', async ({
  page,
  app,
}) => {
  const { id } = await app.api('trainees:create', person('Ana Silva'));
  await app.api('plans:assign', {
    traineeId: id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: null,
    startDate: daysFromToday(-30),
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  const sidebar = page.getByRole('navigation', { name: 'Main' });

  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByLabel('Organisation name').fill('Northfield Presswerk');
  await sidebar.getByRole('link', { name: 'Dashboard' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay here' }).click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Northfield Presswerk');
  await page.goBack();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await settings.open();
  await expect(page.getByLabel('Organisation name')).not.toHaveValue('Northfield Presswerk');

  const signoff = new GroupSignoffPage(page);
  await signoff.open();
  await signoff.chooseFramework(PLANT_TITLE);
  await signoff.chooseTrainee('Ana Silva');
  await sidebar.getByRole('link', { name: 'Trainees' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay here' }).click();
  await expect(page.getByRole('checkbox', { name: 'Choose Ana Silva', exact: true })).toBeChecked();
  await sidebar.getByRole('link', { name: 'Trainees' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Trainees', level: 2 })).toBeVisible();
});
