import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startBridgeProcess } from './support/bridgeProcess';
import { callBridge } from './support/callBridge';
import { TraineesPage } from './pages/TraineesPage';
import { person } from './support/people';
import { expect, test } from './support/fixtures';

test('a second Trainplan on the same data folder opens read-only, says who holds it, and saves nothing', async ({
  page,
  app,
}) => {
  const aoife = await app.api('trainees:create', person('Aoife Byrne'));
  await app.api('plans:assign', {
    traineeId: aoife.id,
    frameworkId: (await app.api('frameworks:list', {}))[0]?.id ?? '',
    targetLevel: 'developing',
    targetDate: null,
    startDate: '2026-01-05',
  });
  const second = await startBridgeProcess(app.dataDir);
  try {
    expect(second.output()).toContain('Read-only: Trainplan on');
    await page.goto(second.url);
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toContainText(`(process `);
    await expect(banner).toContainText('changes are not saved');
    const list = new TraineesPage(page);
    await expect(list.row('Aoife Byrne')).toBeVisible();

    // Every edit control is disabled up front and says why, rather than failing after the click.
    const why = /Read-only: Trainplan on .* Close Trainplan there to make changes here\./;
    const addTrainee = page.getByRole('button', { name: 'Add trainee' });
    await expect(addTrainee).toBeDisabled();
    await expect(addTrainee).toHaveAttribute('title', why);
    await list.row('Aoife Byrne').getByRole('link', { name: 'Aoife Byrne' }).click();
    for (const name of ['Edit details', 'Archive', 'Delete…', 'Assign framework']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
    }
    const firstTick = page.getByRole('checkbox', { name: /^Achieved: / }).first();
    await expect(firstTick).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Export progress report' })).toBeEnabled();
    await page.getByRole('link', { name: 'Frameworks' }).click();
    await expect(page.getByTestId('import-framework')).toBeDisabled();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Import data…' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Export all data…' })).toBeEnabled();
    // And main refuses a change sent anyway.
    await expect(callBridge(second.url, 'trainees:create', person('Tom Hughes'))).rejects.toThrow(
      /trainees:create failed: .*Trainplan on/,
    );
    await page.getByRole('link', { name: 'Trainees' }).click();
    await expect(list.rows).toHaveCount(1);
  } finally {
    await second.stop();
  }
  // The first one still writes.
  await page.goto(app.bridge.url);
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
});

test('settings lists the backups, makes one now, and restores one after backing up the current records', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Aoife Byrne'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByTestId('backups-card');
  await card.getByRole('button', { name: 'Make a backup now' }).click();
  await expect(page.getByText('Backup made: 1 trainee.')).toBeVisible();
  // The first change in the new folder made one already; this is the second.
  await expect(card.getByTestId('backup-row')).toHaveCount(2);

  await app.api('trainees:create', person('Tom Hughes'));
  await card.getByTestId('backup-row').first().getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Backup restored')).toBeVisible();
  await expect(card.getByTestId('backup-row')).toHaveCount(3);
  await expect(card.getByTestId('backup-row').first()).toContainText('2');

  const list = new TraineesPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('Aoife Byrne')).toBeVisible();
});

test('a backup can be deleted from settings to free disk space, after confirmation', async ({ page, app }) => {
  await app.api('trainees:create', person('Aoife Byrne'));
  await app.api('backups:create', {});
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByTestId('backups-card');
  await expect(card.getByTestId('backup-row')).toHaveCount(2);
  const before = await readdir(join(app.dataDir, 'backups'));

  await card.getByTestId('backup-row').first().getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this backup?' });
  await expect(dialog).toContainText('1 trainee,');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Backup deleted.')).toBeVisible();
  await expect(card.getByTestId('backup-row')).toHaveCount(1);
  expect(await readdir(join(app.dataDir, 'backups'))).toHaveLength(before.length - 1);

  // The records are untouched.
  const list = new TraineesPage(page);
  await list.open();
  await expect(list.row('Aoife Byrne')).toBeVisible();
});

test('a damaged data file is moved aside and the recovery screen restores the newest backup', async ({ page, app }) => {
  await app.api('trainees:create', person('Дмитрий Иванов'));
  await app.api('backups:create', {});
  await app.restart(() =>
    writeFile(join(app.dataDir, 'trainplan.json'), '{"schemaVersion":2,"trainees":[{"fullName":'),
  );

  const screen = page.getByTestId('recovery-screen');
  await expect(screen).toContainText('Trainplan could not open its data file: it is not valid JSON');
  await expect(screen).toContainText('trainplan.json.corrupt-');
  await expect(screen.getByTestId('recovery-backup')).toHaveCount(2);
  expect((await readdir(app.dataDir)).some((name) => name.startsWith('trainplan.json.corrupt-'))).toBe(true);

  await screen.getByRole('button', { name: 'Restore the newest backup' }).click();
  const list = new TraineesPage(page);
  await expect(list.row('Дмитрий Иванов')).toBeVisible();
});

test('all data is exported to one file and imported into another Trainplan after confirmation', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Σοφία Παπαδοπούλου', { employeeId: 'B-5' }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByTestId('data-transfer-card');
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export all data…' }).click();
  const exported = await readFile(await (await download).path(), 'utf8');
  const [header, trainee, end] = exported
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
  expect(header).toMatchObject({ format: 'trainplan-data', trainees: 1 });
  expect(trainee).toMatchObject({ doc: { trainee: { fullName: 'Σοφία Παπαδοπούλου', employeeId: 'B-5' } } });
  expect(end).toEqual({ end: true, trainees: 1 });

  // Into the same app after a change: the import replaces the records as they are now.
  await app.api('trainees:create', person('Tom Hughes'));
  const chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'Import data…' }).click();
  await (await chooser).setFiles({ name: 'export.jsonl', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const dialog = page.getByRole('dialog', { name: 'Replace all records?' });
  await expect(dialog).toContainText('holds 1 trainee, 0 plans');
  await expect(dialog).toContainText('everything here now (2 trainees');
  await dialog.getByRole('button', { name: 'Replace all records' }).click();
  await expect(page.getByText('Data imported')).toBeVisible();
  const list = new TraineesPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('Σοφία Παπαδοπούλου')).toBeVisible();
});
