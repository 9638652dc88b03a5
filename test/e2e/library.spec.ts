import { newFrameworkText } from '../fixtures/frameworkFiles';
import { FrameworksPage } from './pages/FrameworksPage';
import { SettingsPage } from './pages/SettingsPage';
import { seriousViolations } from './support/axe';
import { startBridgeProcess } from './support/bridgeProcess';
import { expect, test } from './support/fixtures';
import { person } from './support/people';

const SHOTS = '/tmp/shots/library';
const MACHINISTS = '51-4041.00@v.26.05';

test('a framework file fixed after a failed import can be chosen again and is read afresh', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'machinists.json', text: '{ "occupation": ' });
  await expect(frameworks.importError).toContainText('The file is not valid JSON');
  // The input is emptied after each choice: a browser only reports a choice when it differs from the input's value.
  await expect(frameworks.fileInput).toHaveValue('');

  await frameworks.importFile({ name: 'machinists.json', text: newFrameworkText() });
  await expect(frameworks.row('Machinists')).toBeVisible();
  await expect(page.getByText('Machinists (51-4041.00), version v.26.05: 40 statements.')).toBeVisible();
  await expect(frameworks.fileInput).toHaveValue('');
});

test('a framework already in the library says so and nothing is imported', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'machinists.json', text: newFrameworkText() });
  await expect(frameworks.rows).toHaveCount(4);
  await frameworks.importFile({ name: 'machinists.json', text: newFrameworkText() });
  await expect(frameworks.importError).toContainText(
    'Machinists (SOC 51-4041.00) is already in your library — nothing was imported.',
  );
  await page.screenshot({ path: `${SHOTS}/already-in-library.png` });
  await expect(frameworks.rows).toHaveCount(4);
});

test('a file that is not JSON, or a data file, given to framework import says what it is', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'photo.png', text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x07]) });
  await expect(frameworks.importError).toContainText(
    '“photo.png”: This is not a framework file (it is not text or a workbook).',
  );
  await expect(frameworks.importError).not.toContainText('Unexpected token');
  await page.screenshot({ path: `${SHOTS}/not-json.png` });

  await frameworks.importFile({
    name: 'Trainplan data - 2026-11-30.jsonl',
    text: '{"format":"trainplan-data","schemaVersion":3}\n{"end":true,"trainees":0}\n',
  });
  await expect(frameworks.importError).toContainText(
    'This is a Trainplan data file (a backup or an export of all records), not a framework — import it in Settings',
  );
  await expect(frameworks.rows).toHaveCount(3);
});

test('a framework file given to data import says to import it on the Frameworks page', async ({ page, app }) => {
  await app.api('trainees:create', person('Aoife Byrne'));
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.importDataFile({ name: 'machinists.json', text: newFrameworkText() });
  await expect(
    page.getByText(
      '“machinists.json”: This looks like a framework file — import it on the Frameworks page. Nothing was changed.',
    ),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/framework-to-data-import.png` });
  await expect(settings.dataFileInput).toHaveValue('');

  await settings.importDataFile({ name: 'notes.txt', text: 'Shift notes for Monday' });
  await expect(page.getByText('“notes.txt”: This is not a Trainplan data file (it is not JSON)')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Replace all records?' })).toHaveCount(0);
  expect(await app.api('trainees:list', {})).toHaveLength(1);
});

test('a data export re-written by another tool is still recognised; a wrong first line is told in words', async ({
  page,
}) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({
    name: 'data (pretty).jsonl',
    text: '{ "schemaVersion": 3, "trainees": 0, "format": "trainplan-data" }\r\n{ "trainees": 0, "end": true }\r\n',
  });
  await expect(frameworks.importError).toContainText(
    'This is a Trainplan data file (a backup or an export of all records), not a framework — import it in Settings',
  );

  const settings = new SettingsPage(page);
  await settings.open();
  await settings.importDataFile({
    name: 'timesheets.jsonl',
    text: '{"format":"timesheet-export","version":2}\n{"name":"Aoife","hours":8}\n',
  });
  const refusal = page.getByText(
    '“timesheets.jsonl” is not a Trainplan data export: Its first line says it is a “timesheet-export” file; a Trainplan data export says “trainplan-data” there. Choose a file made by “Export all data…”. Nothing was changed.',
  );
  await expect(refusal).toBeVisible();
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots-i18-frameworks/data-import-wrong-first-line-${width}.png` });
  }
});

test('removing a framework in use names the trainees first; an unused one is removed and the dialog closes', async ({
  page,
  app,
}) => {
  await app.api('frameworks:import', { fileName: 'machinists.json', text: newFrameworkText() });
  await app.api('frameworks:import', {
    fileName: 'welders.json',
    text: newFrameworkText({ soc: '51-4121.00', title: 'Welders' }),
  });
  for (let i = 1; i <= 12; i += 1) {
    const trainee = await app.api('trainees:create', person(`Apprentice ${String(i).padStart(2, '0')}`));
    await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: MACHINISTS,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
  }
  // The page opened before these were made through the API.
  await page.reload();
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.openRemove('Machinists');
  await expect(frameworks.removeDialog).toContainText('it is used by the plans of 12 trainees');
  const users = frameworks.removeDialog.getByTestId('framework-users').getByRole('listitem');
  await expect(users).toHaveCount(10);
  await expect(users.first()).toHaveText('Apprentice 01');
  await expect(frameworks.removeDialog).toContainText('and 2 more');
  await expect(frameworks.removeDialog.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/remove-in-use.png` });
  await frameworks.removeDialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(frameworks.row('Machinists')).toBeVisible();

  // A plan added while the dialog was open: the refusal shows inside the dialog.
  await frameworks.openRemove('Welders');
  await expect(frameworks.removeDialog).toContainText('No trainee uses it');
  const late = await app.api('trainees:create', person('Late Starter'));
  const latePlan = await app.api('plans:assign', {
    traineeId: late.id,
    frameworkId: '51-4121.00@v.26.05',
    targetLevel: 'emerging',
    targetDate: null,
    startDate: '2026-09-01',
  });
  await frameworks.removeDialog.getByRole('button', { name: 'Remove' }).click();
  await expect(frameworks.removeDialog.getByRole('alert')).toContainText('Welders is used by one trainee’s plan');
  await page.screenshot({ path: `${SHOTS}/remove-error-inside.png` });
  await frameworks.removeDialog.getByRole('button', { name: 'Keep it' }).click();

  await app.api('plans:remove', { planId: latePlan.planId });
  await frameworks.openRemove('Welders');
  await frameworks.removeDialog.getByRole('button', { name: 'Remove' }).click();
  await expect(frameworks.removeDialog).toHaveCount(0);
  await expect(frameworks.row('Welders')).toHaveCount(0);
});

test('the backups list says what each backup is', async ({ page, app }) => {
  await app.api('trainees:create', person('Aoife Byrne'));
  const exported = await app.api('data:export', {});
  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByRole('button', { name: 'Make a backup now' }).click();
  await expect(page.getByText('Backup made: 1 trainee.')).toBeVisible();
  await settings.importDataFile({ name: exported.fileName, text: exported.text });
  const replace = page.getByRole('dialog', { name: 'Replace all records?' });
  await expect(replace).toContainText('holds 1 trainee, 0 plans, 0 check-offs, 0 imported frameworks');
  await replace.getByRole('button', { name: 'Replace all records' }).click();
  await expect(page.getByText('Data imported')).toBeVisible();
  await app.restart();
  await settings.open();
  const kinds = settings.backupRows.getByTestId('backup-kind');
  await expect(kinds).toContainText(['Automatic, at start-up']);
  await expect(kinds.filter({ hasText: 'Made by you' })).toHaveCount(1);
  await expect(kinds.filter({ hasText: 'Before a data import' })).toHaveCount(1);
  await expect(kinds.filter({ hasText: 'Automatic, while you worked' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/backups-kinds.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('the first start', () => {
  test.use({ trainerNameAsked: false });

  test('asks the trainer’s name once; Later is remembered, and the name can be set in Settings', async ({
    page,
    app,
  }) => {
    const settings = new SettingsPage(page);
    await expect(settings.namePrompt).toBeVisible();
    await expect(
      settings.namePrompt.getByLabel('Your name, as it will appear as assessor on check-offs'),
    ).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/name-prompt.png` });

    // A read-only window (another Trainplan holds the folder) does not ask: it could not save the answer.
    const second = await startBridgeProcess(app.dataDir);
    try {
      const other = await page.context().newPage();
      await other.goto(second.url);
      await other.getByTestId('read-only-banner').waitFor();
      await expect(other.getByRole('dialog', { name: 'Welcome to Trainplan' })).toHaveCount(0);
      await other.close();
    } finally {
      await second.stop();
    }

    await settings.namePrompt.getByRole('button', { name: 'Later' }).click();
    await expect(settings.namePrompt).toHaveCount(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Trainees', level: 2 }).waitFor();
    await app.restart();
    await page.getByRole('heading', { name: 'Trainees', level: 2 }).waitFor();
    await expect(settings.namePrompt).toHaveCount(0);

    await settings.save({ trainerName: 'Maria Keane' });
    await page.reload();
    await expect(page.getByLabel('Your name (trainer)')).toHaveValue('Maria Keane');
    await expect(settings.namePrompt).toHaveCount(0);
  });

  test('a name given at the first start is saved as the trainer’s name', async ({ page, app }) => {
    const settings = new SettingsPage(page);
    const field = settings.namePrompt.getByLabel('Your name, as it will appear as assessor on check-offs');
    await settings.namePrompt.getByRole('button', { name: 'Save my name' }).click();
    await expect(settings.namePrompt).toContainText('Enter your name, or choose Later.');
    await field.fill('Łukasz Żółć');
    await field.press('Enter');
    await expect(settings.namePrompt).toHaveCount(0);
    await expect(page.getByText('Check-offs will be recorded as Łukasz Żółć.')).toBeVisible();
    expect(await app.api('settings:get', {})).toMatchObject({ trainerName: 'Łukasz Żółć', trainerNameAsked: true });
    await app.restart();
    await settings.open();
    await expect(page.getByLabel('Your name (trainer)')).toHaveValue('Łukasz Żółć');
    await expect(settings.namePrompt).toHaveCount(0);
  });
});
