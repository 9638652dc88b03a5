import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { pressDraft } from '../unit/frameworks/editor/draftFixtures';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';
import { daysFromToday } from './support/dates';
import { expect, test } from './support/fixtures';
import { person } from './support/people';
import { openPlantTrainee } from './support/plantTrainee';
import { EMERGING_TOPICS } from './support/plantFramework';

const SHOTS = '/tmp/shots-guards';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (p: Box, q: Box): boolean =>
  p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** Every message on screen, measured at one moment (one may close between a count and a measure). */
function toastBoxes(page: Page): Promise<Box[]> {
  return page.locator('.mantine-Notification-root').evaluateAll((toasts) =>
    toasts.map((toast) => {
      const { x, y, width, height } = toast.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

async function boxOf(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

for (const width of [1366, 1024]) {
  test(`at ${String(width)} px five plans assigned quickly show three messages at most, off the list's toolbar`, async ({
    page,
    app,
  }) => {
    await app.api('frameworks:create', pressDraft({ title: 'Press Brake Operation' }));
    await app.api('frameworks:create', pressDraft({ title: 'Laser Cutting' }));
    await app.api('trainees:create', person('Paweł Nowak', { startDate: daysFromToday(-30) }));
    await page.setViewportSize({ width, height: 768 });
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    const trainee = new TraineePage(page);
    await trainee.openFromList('Paweł Nowak');
    const frameworks = await app.api('frameworks:list', {});
    expect(frameworks.length).toBeGreaterThanOrEqual(5);
    let most = 0;
    for (const framework of frameworks.slice(0, 5)) {
      await trainee.assign({ framework: framework.title, level: 'Emerging' });
      // For the moment one fades out as a waiting one comes in there are four in the page: the cap is on the rest.
      let seen = 0;
      await expect
        .poll(async () => {
          seen = (await toastBoxes(page)).length;
          return seen;
        })
        .toBeLessThanOrEqual(3);
      most = Math.max(most, seen);
    }
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(3);
    await page.screenshot({ path: `${SHOTS}/plan-assigned-toasts-${String(width)}.png` });

    await list.open();
    const toolbar = [
      page.getByRole('button', { name: /^Export/ }),
      page.getByRole('button', { name: 'Import people…' }),
      page.getByRole('button', { name: 'Add trainee' }),
      page.getByTestId('trainee-filters'),
    ];
    await expect.poll(async () => (await toastBoxes(page)).length).toBeLessThanOrEqual(3);
    const toasts = await toastBoxes(page);
    expect(toasts.length).toBeGreaterThan(0);
    expect(toasts.length).toBeLessThanOrEqual(3);
    await page.screenshot({ path: `${SHOTS}/list-with-toasts-${String(width)}.png` });
    for (const control of toolbar) {
      const box = await boxOf(control);
      for (const toast of toasts) expect(overlap(toast, box)).toBe(false);
    }
    // Clickable, not only apart: Playwright's trial click fails when something else would receive the click.
    for (const control of toolbar.slice(0, 3)) await control.click({ trial: true, timeout: 2000 });
  });

  test(`at ${String(width)} px the last checklist line opens its note above the tick, and no message covers it`, async ({
    page,
    app,
  }) => {
    const { trainee, plan } = await openPlantTrainee(page, app, 'Ana Silva', { targetLevel: 'emerging', width });
    const last = EMERGING_TOPICS[EMERGING_TOPICS.length - 1] ?? '';
    // The last line at the very bottom of the window: no room for the note below it.
    await trainee.item(plan, last).evaluate((item) => item.scrollIntoView({ block: 'end' }));
    await trainee.tick(plan, last);
    const popover = page.getByRole('dialog', { name: /^Check-off details/ });
    await expect(popover).toBeVisible();
    const tick = await boxOf(trainee.checkbox(plan, last));
    const note = await boxOf(popover);
    expect(note.y + note.height).toBeLessThanOrEqual(tick.y + 1);
    expect(note.x - tick.x).toBeGreaterThanOrEqual(0);
    expect(note.x - tick.x).toBeLessThan(60);
    expect(note.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/popover-last-line-${String(width)}.png` });

    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    await expect(trainee.confirmation).toBeVisible();
    // Scrolled to the end, the page leaves room for the messages: the last line sits above them.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(trainee.confirmation).toBeVisible();
    const line = await boxOf(trainee.item(plan, last));
    for (const toast of await toastBoxes(page)) expect(overlap(toast, line)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/last-line-with-toast-${String(width)}.png` });
  });
}
