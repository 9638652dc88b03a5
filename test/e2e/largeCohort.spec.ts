import { cohortDataFile } from '../fixtures/cohortData';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';

const COUNT = 3000;
test.use({ initialData: cohortDataFile(COUNT) });

test('the trainees list stays usable with 3,000 trainees: only visible rows are drawn', async ({ page }) => {
  const list = new TraineesPage(page);
  await list.open();
  await expect(list.count).toHaveText(`${COUNT} of ${COUNT} trainees shown`);
  const drawn = await list.rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);

  await page.getByTestId('trainee-table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(list.rows.last()).toHaveAttribute('aria-rowindex', String(COUNT + 1));

  await list.search('B-12345');
  await expect(list.count).toHaveText(`1 of ${COUNT} trainees shown`);
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('B-12345');
});
