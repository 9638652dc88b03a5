import { FrameworkEditor } from './pages/FrameworkEditor';
import { FrameworksPage } from './pages/FrameworksPage';
import { ReportsPage } from './pages/ReportsPage';
import { TraineePage } from './pages/TraineePage';
import { choose, TraineesPage } from './pages/TraineesPage';
import { screenshotsAtBothWidths } from './support/screenshots';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/shots-levels';

// Write, save, assign, tick and report: a long story on a loaded 2-core machine.
test.setTimeout(120_000);

test('a framework with only Emerging and Developing written is saved, offered and reported with those two levels', async ({
  page,
}) => {
  const frameworks = new FrameworksPage(page);
  const editor = new FrameworkEditor(page);
  await frameworks.open();
  await page.getByTestId('new-framework').click();
  await page.getByRole('heading', { name: 'New framework', level: 2 }).waitFor();
  await editor.field('Occupation or title').fill('Abkantpresse');
  await editor.topic('Emerging', 1).fill('Sicherheit');
  await editor.performance('Emerging', 1).fill('hält die Hände aus dem Werkzeugbereich');
  await editor.topic('Developing', 1).fill('Rüsten');
  await editor.performance('Developing', 1).fill('setzt Stempel und Matrize mit Hilfe ein');
  // Proficient and Advanced are not ready: their blank rows stay as the form showed them.
  await expect(editor.performance('Proficient', 1)).toHaveValue('');
  await screenshotsAtBothWidths(page, SHOTS, 'editor');
  await editor.save.click();

  await page.getByRole('heading', { name: 'Abkantpresse', level: 2 }).waitFor();
  const shownLevels = page.getByTestId('framework-level');
  await expect(shownLevels).toHaveCount(2);
  await expect(shownLevels.getByRole('heading')).toHaveText([/^Emerging/, /^Developing/]);
  await expect(page.getByRole('main')).not.toContainText('Proficient');
  await expect(page.getByRole('main')).not.toContainText('Advanced');
  await screenshotsAtBothWidths(page, SHOTS, 'framework');

  const trainees = new TraineesPage(page);
  const trainee = new TraineePage(page);
  await trainees.open();
  await trainees.add({ fullName: 'Paweł Nowak' });
  await page.getByRole('button', { name: 'Assign framework' }).click();
  const form = page.getByTestId('assign-plan-form');
  await choose(page, 'Framework', 'Abkantpresse', form);
  // The target offers only the levels the framework has, and says so.
  await form.getByRole('combobox', { name: 'Target level', exact: true }).click();
  await expect(page.getByRole('option')).toHaveText(['Emerging', 'Developing']);
  await page.getByRole('option', { name: 'Developing' }).click();
  await expect(form).toContainText('This framework has the levels Emerging, Developing');
  await screenshotsAtBothWidths(page, SHOTS, 'assign');
  await form.getByRole('button', { name: 'Assign' }).click();
  const plan = trainee.plan('Abkantpresse');
  await plan.waitFor();

  // The checklist has the two levels; no placeholder level shows anywhere.
  await trainee.tick(plan, 'Sicherheit');
  await expect(trainee.attained(plan)).toContainText('Emerging');
  await expect(plan).not.toContainText('Proficient');
  await expect(plan).not.toContainText('Advanced');
  await expect(page.getByRole('main')).not.toContainText(/\b[PA]1\b/);
  await screenshotsAtBothWidths(page, SHOTS, 'trainee');

  await page.getByRole('button', { name: 'Export progress report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Progress report: Paweł Nowak' });
  await dialog.getByRole('button', { name: 'Create report' }).click();
  const pdf = await new ReportsPage(page).saveFromPreview();
  expect(pdf.text).toContain('Emerging — 1 of 1 achieved');
  expect(pdf.text).toContain('Developing — 0 of 1 achieved');
  expect(pdf.text).not.toMatch(/Proficient|Advanced|\b[PA]1\b/);
});
