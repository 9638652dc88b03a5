import { startBridgeProcess } from './support/bridgeProcess';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';

test('a second Trainplan on the same data folder opens read-only, says who holds it, and saves nothing', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', {
    fullName: 'Aoife Byrne',
    employeeId: '',
    team: '',
    site: '',
    trainer: '',
    startDate: '',
    notes: '',
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

    await page.getByRole('button', { name: 'Add trainee' }).click();
    await list.fillForm({ fullName: 'Tom Hughes' });
    await list.form.getByRole('button', { name: 'Add trainee' }).click();
    await expect(list.form).toContainText('Not saved: Trainplan on');
    await list.form.getByRole('button', { name: 'Cancel' }).click();
    await expect(list.rows).toHaveCount(1);
  } finally {
    await second.stop();
  }
  // The first one still writes.
  await page.goto(app.bridge.url);
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
});
