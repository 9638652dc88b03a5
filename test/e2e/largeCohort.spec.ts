import type { Page, Request } from '@playwright/test';
import { cohortDataFile } from '../fixtures/cohortData';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';

const COUNT = 3000;
test.use({ initialData: cohortDataFile(COUNT) });

interface ApiCall {
  name: string;
  input: { offset?: number; limit?: number; filter?: { search?: string } };
  bytes: Promise<number>;
}

/** Every API call the page makes from now on, with the size of its answer. */
function recordApiCalls(page: Page): ApiCall[] {
  const calls: ApiCall[] = [];
  page.on('request', (request: Request) => {
    const match = /\/api\/([^/?]+)$/.exec(new URL(request.url()).pathname);
    if (!match?.[1]) return;
    calls.push({
      name: decodeURIComponent(match[1]),
      input: (request.postDataJSON() ?? {}) as ApiCall['input'],
      bytes: request.response().then(async (response) => (response ? (await response.body()).length : 0)),
    });
  });
  return calls;
}

const totalBytes = async (calls: ApiCall[]): Promise<number> =>
  (await Promise.all(calls.map((c) => c.bytes))).reduce((sum, n) => sum + n, 0);

test('the trainees list stays usable with 3,000 trainees: only visible rows are drawn', async ({ page }) => {
  const list = new TraineesPage(page);
  await list.open();
  await expect(list.count).toHaveText(`${COUNT} of ${COUNT} trainees shown`);
  await list.settled();
  const drawn = await list.rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);

  await list.scrollToEnd();
  await expect(list.rows.last()).toHaveAttribute('aria-rowindex', String(COUNT + 1));

  await list.search('B-12345');
  await expect(list.count).toHaveText(`1 of ${COUNT} trainees shown`);
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('B-12345');
});

test('the first screen asks for a page of rows, not the whole list; scrolling fetches the rows it reaches', async ({
  page,
  app,
}) => {
  const wholeList = JSON.stringify(await app.api('trainees:list', {})).length;
  const list = new TraineesPage(page);
  // Let the page the fixture opened finish its own calls, then count those of a fresh start.
  await expect(list.count).toHaveText(`${COUNT} of ${COUNT} trainees shown`);
  await list.settled();
  const calls = recordApiCalls(page);
  await page.reload();
  await expect(list.count).toHaveText(`${COUNT} of ${COUNT} trainees shown`);
  await list.settled();

  const firstScreen = [...calls];
  expect(firstScreen.map((c) => c.name)).not.toContain('trainees:list');
  expect(firstScreen.filter((c) => c.name === 'trainees:query').length).toBeGreaterThan(0);
  const firstScreenBytes = await totalBytes(firstScreen);
  expect(firstScreenBytes).toBeLessThan(200_000);
  expect(firstScreenBytes).toBeLessThan(wholeList / 10);

  await list.scrollToEnd();
  await expect(list.rows.last()).toHaveAttribute('aria-rowindex', String(COUNT + 1));
  await expect(list.rows.last().getByRole('link')).toBeVisible();
  const queries = calls.filter((c) => c.name === 'trainees:query');
  const lastPage = queries.find(({ input: { offset = 0, limit = 0 } }) => offset < COUNT && offset + limit >= COUNT);
  expect(lastPage, 'a call for the rows at the end of the list').toBeDefined();
  expect(await lastPage?.bytes).toBeGreaterThan(0);
  // Only the pages the table passed over on its way down: far from every row.
  expect(queries.reduce((rows, c) => rows + (c.input.limit ?? 0), 0)).toBeLessThan(COUNT / 2);

  // Typing asks once the trainer pauses, not at every key.
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('B-12345', { delay: 20 });
  await expect(list.count).toHaveText(`1 of ${COUNT} trainees shown`);
  const searches = calls.filter((c) => c.name === 'trainees:query' && c.input.filter?.search);
  expect(searches.length).toBeLessThanOrEqual(3);
  expect(searches.at(-1)?.input.filter?.search).toBe('B-12345');

  expect(calls.map((c) => c.name)).not.toContain('trainees:list');
});

test('filtering by team shows that team’s trainees from the team menu the main process offers', async ({ page }) => {
  const list = new TraineesPage(page);
  await list.open();
  await expect(list.count).toHaveText(`${COUNT} of ${COUNT} trainees shown`);

  // cohortData gives trainee i the team TEAMS[i % 5]: 600 of the 3,000 are on Line 2.
  await page.getByTestId('trainee-filters').getByRole('combobox', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('option')).toHaveText(['Line 1', 'Line 2', 'Line 3', 'Maintenance', 'Print room']);
  await page.getByRole('option', { name: 'Line 2' }).click();
  await expect(list.count).toHaveText(`${COUNT / 5} of ${COUNT} trainees shown`);
  await list.settled();
  // Column 1 holds the row's tick box, column 2 the name.
  const teams = await list.rows.locator('td:nth-child(3)').allTextContents();
  expect(teams.length).toBeGreaterThan(5);
  expect(new Set(teams)).toEqual(new Set(['Line 2']));

  await list.scrollToEnd();
  await expect(list.rows.last()).toHaveAttribute('aria-rowindex', String(COUNT / 5 + 1));
  await expect(list.rows.last().locator('td:nth-child(3)')).toHaveText('Line 2');
});
