import { FrameworkEditor } from './pages/FrameworkEditor';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';
import { person } from './support/people';

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
