import { PLANT } from '../unit/support/ids';
import { daysFromToday } from './support/dates';
import { expect, test } from './support/fixtures';
import { seriousViolations } from './support/axe';

test('every page passes axe with no serious or critical violations', async ({ page, app }) => {
  // Every page in turn, each scanned by axe: up to a minute on a loaded 2-core machine.
  test.setTimeout(120_000);
  await app.api('settings:update', { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' });
  const t = await app.api('trainees:create', {
    fullName: 'Łukasz Żółć',
    employeeId: 'B-1',
    team: 'Line 1',
    site: 'Leeds',
    trainer: 'Maria Keane',
    startDate: '2026-09-01',
    notes: 'Night shift',
  });
  const { planId } = await app.api('plans:assign', {
    traineeId: t.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: daysFromToday(20),
    startDate: daysFromToday(-20),
  });
  await app.api('checkoffs:set', {
    planId,
    changes: [
      { statementId: 'emerging.1', checkoff: { achievedOn: daysFromToday(-1), assessor: 'Maria Keane', note: 'Seen' } },
    ],
  });
  const base = app.bridge.url.split('?')[0] ?? '';
  await page.reload();

  const pages: [string, string][] = [
    ['#/trainees', 'Trainees'],
    ['#/dashboard', 'Dashboard'],
    ['#/matrix', 'Skills matrix'],
    [`#/matrix?view=framework&fw=${encodeURIComponent(PLANT)}`, 'Skills matrix'],
    [`#/trainees/${t.id}`, 'Łukasz Żółć'],
    ['#/frameworks', 'Frameworks'],
    [`#/frameworks/${encodeURIComponent(PLANT)}`, 'Plant and System Operators, All Other'],
    ['#/reports', 'Reports'],
    ['#/settings', 'Settings'],
  ];
  for (const [hash, heading] of pages) {
    await page.goto(`${base}${hash}`);
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    expect(await seriousViolations(page), hash).toEqual([]);
  }

  await page.goto(`${base}#/trainees`);
  await page.getByRole('button', { name: 'Add trainee' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'add trainee dialog').toEqual([]);
});

test('a trainer can add a trainee, assign a plan and check a statement with the keyboard alone', async ({
  page,
  app,
}) => {
  await app.api('settings:update', { organisationName: '', trainerName: 'Maria Keane', paperSize: 'A4' });
  await page.reload();
  await page.getByRole('heading', { name: 'Trainees', level: 2 }).waitFor();

  const tabTo = async (name: RegExp): Promise<void> => {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`.trim();
      });
      if (name.test(focused)) return;
    }
    throw new Error(`Could not reach ${String(name)} with Tab`);
  };

  await tabTo(/^Add trainee$/);
  await page.keyboard.press('Enter');
  // The dialog moves focus to its first field once it has opened; typing before that loses keys.
  await expect(page.getByRole('dialog').getByLabel('Full name')).toBeFocused();
  await page.keyboard.type('Nguyễn Thị Hương');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nguyễn Thị Hương', level: 2 })).toBeVisible();

  await tabTo(/^Assign framework$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Plant');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Assign' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-card')).toBeVisible();

  await tabTo(/Achieved: Safety and sanitation regulations \(Emerging 1\)/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /Safety and sanitation regulations \(Emerging 1\)/ })).toBeChecked();
  await expect(page.getByTestId('level-count-emerging')).toHaveText('1 / 10');
});
