import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TraineesPage } from './pages/TraineesPage';
import { person } from './support/people';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/shots';

async function recordsFolder(dataDir: string): Promise<string> {
  return join(dataDir, (await readdir(dataDir)).find((name) => name.startsWith('records-')) ?? '');
}

test('one damaged trainee: the start screen says the backup left them out, Settings names them, and a good backup restores', async ({
  page,
  app,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const ana = await app.api('trainees:create', person('Aoife Byrne'));
  await app.api('trainees:create', person('Tom Hughes'));
  // Deleting someone writes everyone's own file (a checkpoint), as after the app has run a while.
  const extra = await app.api('trainees:create', person('Temp Person'));
  await app.api('trainees:delete', { id: extra.id, confirmName: 'Temp Person' });
  const good = await app.api('backups:create', {});
  const folder = await recordsFolder(app.dataDir);
  await app.restart(() => writeFile(join(folder, 'trainees', `${ana.id}.json`), ''));

  const banner = page.getByTestId('backup-warning-banner');
  await expect(banner).toContainText('The last backup left out Aoife Byrne (the file is empty)');
  await page.screenshot({ path: `${SHOTS}/i17-damage-start-banner.png`, fullPage: true });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByTestId('backups-card');
  await expect(card.getByTestId('backup-left-out').first()).toContainText('Left out: Aoife Byrne');
  await page.screenshot({ path: `${SHOTS}/i17-damage-backup-list.png`, fullPage: true });

  // An export leaves them out too, says so, and holds everyone else.
  const download = page.waitForEvent('download');
  await page.getByTestId('data-transfer-card').getByRole('button', { name: 'Export all data…' }).click();
  const exported = await readFile(await (await download).path(), 'utf8');
  expect(exported).toContain('Tom Hughes');
  expect(exported).not.toContain('"fullName":"Aoife Byrne","employeeId"');
  await expect(page.getByText('Data exported, some trainees left out')).toBeVisible();
  await expect(page.getByText(/Left out: Aoife Byrne \(the file is empty\)/).last()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/i17-damage-export.png`, fullPage: true });

  // The one made by hand before the damage holds both.
  const goodRow = card.getByTestId('backup-row').filter({ hasText: 'Made by you' });
  await expect(goodRow).toHaveCount(1);
  expect(good.traineeCount).toBe(2);
  await goodRow.getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Backup restored')).toBeVisible();
  await expect(page.getByText(/were kept as they were in .*set-aside-/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/i17-damage-restored.png`, fullPage: true });
  await expect(banner).toHaveCount(0);

  const list = new TraineesPage(page);
  await list.open();
  await expect(list.row('Aoife Byrne')).toBeVisible();
  await expect(list.row('Tom Hughes')).toBeVisible();
});

test('after Quit on the recovery screen, the next start asks again; records without trainplan.json are offered', async ({
  page,
  app,
}) => {
  await mkdir(SHOTS, { recursive: true });
  await app.api('trainees:create', person('Дмитрий Иванов'));
  await app.api('backups:create', {});
  await app.restart(() => writeFile(join(app.dataDir, 'trainplan.json'), '{"schemaVersion":3,'));
  const screen = page.getByTestId('recovery-screen');
  await expect(screen).toContainText('it is not valid JSON');
  await screen.getByRole('button', { name: 'Quit Trainplan' }).click();
  await expect(page.getByText('Trainplan will ask again the next time it starts')).toBeVisible();

  await app.restart();
  await expect(screen).toContainText('it was closed before you chose how to recover your records');
  await expect(screen).toContainText('trainplan.json.corrupt-');
  await expect(screen.getByTestId('recovery-backup')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/i17-damage-recovery-again.png`, fullPage: true });
  await screen.getByRole('button', { name: 'Restore the newest backup' }).click();
  const list = new TraineesPage(page);
  await expect(list.row('Дмитрий Иванов')).toBeVisible();

  // trainplan.json deleted beside a complete records folder: the folder is offered and opens as it is.
  await app.api('trainees:create', person('Aoife Byrne'));
  const aoife = await app.api('trainees:create', person('Temp Person'));
  await app.api('trainees:delete', { id: aoife.id, confirmName: 'Temp Person' });
  await app.restart(() => rm(join(app.dataDir, 'trainplan.json')));
  await expect(screen).toContainText('trainplan.json is missing, but the data folder holds records');
  // Newest first: the records in use until trainplan.json went; the one the damaged file named is offered too.
  const found = screen.getByTestId('recovery-found').first();
  await expect(found.getByRole('cell').nth(2)).toHaveText('2');
  await page.screenshot({ path: `${SHOTS}/i17-damage-found-records.png`, fullPage: true });
  await found.getByRole('button', { name: 'Open these records' }).click();
  await expect(list.row('Aoife Byrne')).toBeVisible();
  await expect(list.row('Дмитрий Иванов')).toBeVisible();
});
