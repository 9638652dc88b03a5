import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { RosterImport } from './pages/RosterImport';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';
import { openPlantTrainee } from './support/plantTrainee';
import { EMERGING_TOPICS } from './support/plantFramework';

const SHOTS = '/tmp/shots-guards';
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const leaveQuestion = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' });
const closeQuestion = (page: Page) => page.getByRole('dialog', { name: 'Close without saving?' });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test('a typed evidence note is not dropped by Esc, the sidebar or Back without a question', async ({ page, app }) => {
  const { trainee, plan } = await openPlantTrainee(page, app, 'Paweł Nowak');
  const topic = EMERGING_TOPICS[0] ?? '';
  await trainee.tick(plan, topic);
  const note = trainee.quickForm.getByLabel('Evidence note');
  await note.fill('Showed the lock-out on press 3');

  // Esc asks; "Keep editing" finds the note as it was.
  await page.keyboard.press('Escape');
  await expect(closeQuestion(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/note-close-question-1366.png` });
  await closeQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(note).toHaveValue('Showed the lock-out on press 3');

  // The sidebar asks once (a click outside no longer closes a note with typing in it).
  await sidebar(page).getByRole('link', { name: 'Dashboard' }).click();
  await expect(leaveQuestion(page)).toBeVisible();
  await expect(closeQuestion(page)).toHaveCount(0);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/note-leave-question-1024.png` });
  await leaveQuestion(page).getByRole('button', { name: 'Stay here' }).click();
  await expect(note).toHaveValue('Showed the lock-out on press 3');

  await page.goBack();
  await expect(leaveQuestion(page)).toBeVisible();
  await leaveQuestion(page).getByRole('button', { name: 'Stay here' }).click();
  await expect(note).toHaveValue('Showed the lock-out on press 3');

  // Ticking the next statement while the note holds typing asks too; "Keep editing" ticks nothing.
  const next = EMERGING_TOPICS[2] ?? '';
  await trainee.checkbox(plan, next).click();
  await expect(closeQuestion(page)).toBeVisible();
  await closeQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(note).toHaveValue('Showed the lock-out on press 3');
  await expect(trainee.checkbox(plan, next)).not.toBeChecked();

  // Closing without saving keeps the tick, as it was, without the note. (Focus went back to the sidebar link
  // with the question: Esc is the note's from inside it.)
  await note.click();
  await page.keyboard.press('Escape');
  await closeQuestion(page).getByRole('button', { name: 'Close without saving' }).click();
  await expect(trainee.quickForm).toHaveCount(0);
  await expect(trainee.checkbox(plan, topic)).toBeChecked();
  await expect(trainee.item(plan, topic)).not.toContainText('lock-out');
  // Nothing typed any more: the sidebar leaves without a question.
  await sidebar(page).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await expect(leaveQuestion(page)).toHaveCount(0);
});

test('the check-off dialog asks before Esc or Back drop a changed date, assessor or note', async ({ page, app }) => {
  const { trainee, plan } = await openPlantTrainee(page, app, 'Ana Silva');
  const topic = EMERGING_TOPICS[1] ?? '';
  await trainee.tick(plan, topic);
  await page.keyboard.press('Escape');
  await expect(trainee.quickForm).toHaveCount(0);
  await plan.getByRole('button', { name: new RegExp(`^Edit check-off: ${topic}`) }).click();
  const note = trainee.checkoffForm.getByLabel('Evidence note');
  await note.fill('Read the shift log aloud');

  await page.keyboard.press('Escape');
  await expect(closeQuestion(page)).toBeVisible();
  await closeQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(note).toHaveValue('Read the shift log aloud');

  await page.goBack();
  await expect(leaveQuestion(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/checkoff-dialog-back-1366.png` });
  await leaveQuestion(page).getByRole('button', { name: 'Stay here' }).click();
  await expect(note).toHaveValue('Read the shift log aloud');

  await page.goBack();
  await leaveQuestion(page).getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Trainees', level: 2 })).toBeVisible();
  await expect(trainee.checkoffForm).toHaveCount(0);
});

test('"Add trainee" asks before Esc or × drop a typed name; a clean form closes at once', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const list = new TraineesPage(page);
  await list.open();
  await page.getByRole('button', { name: 'Add trainee' }).click();
  await page.keyboard.press('Escape');
  await expect(list.form).toHaveCount(0);
  await expect(closeQuestion(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Add trainee' }).click();
  await list.fillForm({ fullName: 'Łukasz Kowalczyk' });
  await page.keyboard.press('Escape');
  await expect(closeQuestion(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/add-trainee-esc-1024.png` });
  await closeQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(list.form.getByLabel('Full name')).toHaveValue('Łukasz Kowalczyk');

  await page.getByRole('dialog', { name: 'Add trainee' }).getByRole('button', { name: 'Close' }).first().click();
  await closeQuestion(page).getByRole('button', { name: 'Close without saving' }).click();
  await expect(list.form).toHaveCount(0);
  await page.getByRole('button', { name: 'Add trainee' }).click();
  await expect(list.form.getByLabel('Full name')).toHaveValue('');
});

test('Back in the middle of the roster mapping asks before losing the columns the trainer set', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const list = new TraineesPage(page);
  const wizard = new RosterImport(page);
  await sidebar(page).getByRole('link', { name: 'Dashboard' }).click();
  await list.open();
  await wizard.importFile('kostenstellen.csv', 'Nachname;Vorname;PNr;Kostenstelle\r\nBerg;Anna;A-1;Presse 3\r\n');
  await wizard.mapColumn('Kostenstelle', 'Team or department');
  await expect(wizard.row(2)).toContainText('Presse 3');

  await page.goBack();
  await expect(leaveQuestion(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/roster-back-1366.png` });
  await leaveQuestion(page).getByRole('button', { name: 'Stay here' }).click();
  await expect(wizard.row(2)).toContainText('Presse 3');
  await expect(wizard.dialog.getByRole('combobox', { name: 'Column “Kostenstelle” goes to', exact: true })).toHaveValue(
    'Team or department',
  );

  await page.goBack();
  await leaveQuestion(page).getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await expect(wizard.dialog).toHaveCount(0);
});
