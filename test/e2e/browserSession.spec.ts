import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';
import { person } from './support/people';

test('a second tab or a bookmarked address without ?token works after the printed address was opened', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Finn Walsh'));
  const bookmark = new URL(app.bridge.url);
  bookmark.search = '';
  bookmark.hash = '#/trainees';
  const second = await page.context().newPage();
  await second.goto(bookmark.toString());
  const list = new TraineesPage(second);
  await expect(list.count).toHaveText('1 of 1 trainees shown');
  await expect(second.getByText('not connected to Trainplan')).toHaveCount(0);

  // A browser that never opened the printed address has no session and is still refused.
  const browser = page.context().browser();
  if (!browser) throw new Error('The test needs the browser the page runs in.');
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(bookmark.toString());
  await expect(strangerPage.getByText('not connected to Trainplan').first()).toBeVisible();
  // It says how to get back in: the printed address, with its token.
  await expect(
    strangerPage.getByText('Open the address Trainplan printed when it started (npm start or npm run web').first(),
  ).toBeVisible();
  await strangerPage.screenshot({ path: '/tmp/shots-roster/session-refused-1366.png' });
  await stranger.close();
});
