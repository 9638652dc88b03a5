import type { Locator, Page } from '@playwright/test';
import { SettingsPage } from './pages/SettingsPage';
import { TraineesPage } from './pages/TraineesPage';
import { expect, test } from './support/fixtures';
import { person } from './support/people';
import { openPlantTrainee } from './support/plantTrainee';
import { EMERGING_TOPICS } from './support/plantFramework';

const SHOTS = '/tmp/shots-i18-trainer-day';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = [await box(a), await box(b)];
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

test('the note popover opens beside the tick that opened it, not over the status badge', async ({ page, app }) => {
  const { trainee, plan } = await openPlantTrainee(page, app, 'Paweł Nowak');
  const topic = EMERGING_TOPICS[1] ?? '';
  await trainee.tick(plan, topic);
  await expect(trainee.quickForm).toBeVisible();

  const tick = await box(trainee.checkbox(plan, topic));
  const popover = await box(page.getByRole('dialog', { name: /^Check-off details/ }));
  expect(popover.x - tick.x).toBeGreaterThanOrEqual(0);
  expect(popover.x - tick.x).toBeLessThan(60);
  // Below the tick, or above it when the window has no room below: either way beside it, not across the card.
  expect(popover.y > tick.y || popover.y + popover.height < tick.y + tick.height).toBe(true);
  expect(
    await overlaps(page.getByRole('dialog', { name: /^Check-off details/ }), plan.getByTestId('status-badge')),
  ).toBe(false);
  // The next statement's tick stays clickable beside the open note.
  await page.screenshot({ path: `${SHOTS}/popover-beside-tick-1366.png` });
  await trainee.tick(plan, EMERGING_TOPICS[2] ?? '');
});

async function addQuickly(page: Page, list: TraineesPage, names: string[]): Promise<void> {
  for (const name of names) {
    await list.open();
    await list.add({ fullName: name });
  }
  await list.open();
}

for (const width of [1366, 1024]) {
  test(`at ${String(width)} px stacked messages cover none of the list's buttons and filters, three at most`, async ({
    page,
    app,
  }) => {
    await app.api('trainees:create', person('Ana Silva'));
    await page.setViewportSize({ width, height: 768 });
    await page.reload();
    const list = new TraineesPage(page);
    await addQuickly(page, list, ['Ben Okafor', 'Chen Wei', 'Dana Byrne', 'Emil Novák']);
    const toasts = page.locator('.mantine-Notification-root');
    await expect(toasts.first()).toBeVisible();
    // For the moment one fades out as a waiting one comes in there are four in the page: the cap is on the rest.
    await expect.poll(() => toasts.count()).toBeLessThanOrEqual(3);
    await page.screenshot({ path: `${SHOTS}/toasts-${String(width)}.png` });
    const controls = [
      page.getByRole('button', { name: /^Export/ }),
      page.getByRole('button', { name: 'Import people…' }),
      page.getByRole('button', { name: 'Add trainee' }),
      page.getByTestId('trainee-filters'),
    ];
    // Measured at one moment: a message may close between listing them and measuring one.
    const shown = await toasts.evaluateAll((all) =>
      all.map((t) => {
        const { x, y, width, height } = t.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    for (const control of controls) {
      await expect(control).toBeVisible();
      const q = await box(control);
      for (const p of shown)
        expect(p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height).toBe(false);
    }
  });
}

test.describe('the first start', () => {
  test.use({ trainerNameAsked: false });

  test('closing the name question with × asks again at the next start; it is not "never ask"', async ({
    page,
    app,
  }) => {
    const settings = new SettingsPage(page);
    await expect(settings.namePrompt).toBeVisible();
    await settings.namePrompt.getByRole('button', { name: 'Close, and ask again at the next start' }).click();
    await expect(settings.namePrompt).toHaveCount(0);
    expect((await app.api('settings:get', {})).trainerNameAsked).toBe(false);
    await page.reload();
    await expect(settings.namePrompt).toBeVisible();
  });
});
