import { appendFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TraineesPage } from './pages/TraineesPage';
import { person } from './support/people';
import { expect, test } from './support/fixtures';

test('a save cut short is set aside and the trainer is told, with every confirmed change still there', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Aoife Byrne'));
  await app.restart(async () => {
    // What a power cut in the middle of the next save leaves: the start of a line, no newline.
    const records = (await readdir(app.dataDir)).find((name) => name.startsWith('records-')) ?? '';
    const journals = (await readdir(join(app.dataDir, records))).filter((name) => /^journal-\d+\.jsonl$/.test(name));
    await appendFile(join(app.dataDir, records, journals.sort().at(-1) ?? ''), '{"crc":"5eed0000","rec":{"seq":2,"do');
  });
  const banner = page.getByTestId('set-aside-banner');
  await expect(banner).toContainText('A save that was cut short was set aside');
  await expect(banner).toContainText(/journal-\d+\.jsonl\.torn-\d+/);
  await expect(banner).toContainText('Everything Trainplan confirmed as saved is in the records.');
  await expect(new TraineesPage(page).row('Aoife Byrne')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/i17-integrity-set-aside.png', fullPage: true });
  await banner.getByRole('button', { name: 'Close this message' }).click();
  await expect(banner).toHaveCount(0);
});
