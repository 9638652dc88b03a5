import { mkdir } from 'node:fs/promises';
import dayjs from 'dayjs';
import { ATTENTION_LIST_LIMIT } from '../../src/shared/overview/dashboard';
import { NO_FILTER } from '../../src/shared/trainees/traineeFilter';
import { cohortDataFile } from '../fixtures/cohortData';
import { OFFICE, PLANT } from '../unit/support/ids';
import { DashboardPage } from './pages/DashboardPage';
import { SettingsPage } from './pages/SettingsPage';
import { TraineesPage } from './pages/TraineesPage';
import { seriousViolations } from './support/axe';
import { daysFromToday, shown, TEST_LOCALE } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const OFFICE_TITLE = 'Office Machine Operators, Except Computer';
const SHOTS = '/tmp/shots';

/** A day in the month `monthsAgo` before this one (the 10th: always in the past for earlier months). */
function inMonthAgo(monthsAgo: number): string {
  return dayjs().subtract(monthsAgo, 'month').date(10).format('YYYY-MM-DD');
}

function monthName(monthsAgo: number): string {
  const date = dayjs().subtract(monthsAgo, 'month');
  return new Intl.DateTimeFormat(TEST_LOCALE, { month: 'long', year: 'numeric' }).format(
    new Date(date.year(), date.month(), 1),
  );
}

const emerging = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `emerging.${String(from + i)}`);

interface PlanSetUp {
  frameworkId: string;
  targetLevel: 'emerging' | 'developing';
  startDays: number;
  targetDays: number | null;
  /** Statements achieved, by the date they were achieved on. */
  achieved?: [string, string[]][];
}

async function trainee(app: App, fullName: string, team: string, plan: PlanSetUp | null): Promise<string> {
  const { id } = await app.api('trainees:create', person(fullName, { team }));
  if (plan === null) return id;
  const { planId } = await app.api('plans:assign', {
    traineeId: id,
    frameworkId: plan.frameworkId,
    targetLevel: plan.targetLevel,
    startDate: daysFromToday(plan.startDays),
    targetDate: plan.targetDays === null ? null : daysFromToday(plan.targetDays),
  });
  for (const [achievedOn, statementIds] of plan.achieved ?? []) {
    await app.api('checkoffs:set', {
      planId,
      changes: statementIds.map((statementId) => ({
        statementId,
        checkoff: { achievedOn, assessor: 'Maria Keane', note: '' },
      })),
    });
  }
  return id;
}

/**
 * Two teams, plans on two frameworks, one trainee per status:
 * Line 1: Ana (Plant, overdue), Ben (Office, behind, due in 80 days), Chloé (Plant, Emerging met).
 * Line 2: Dev (Plant, due soon), Eve (Office, on track), Femi (Office, no date), Hana (Office, overdue), Gus (no plan).
 * Achievements: this month 3 (Ana 1, Dev 2), last month 1 (Ben), two months ago 13 (Ana 3, Chloé 10).
 */
async function cohort(app: App): Promise<Record<string, string>> {
  const today = daysFromToday(0);
  const ids: Record<string, string> = {};
  ids.ana = await trainee(app, 'Ana Lima', 'Line 1', {
    frameworkId: PLANT,
    targetLevel: 'developing',
    startDays: -200,
    targetDays: -10,
    achieved: [
      [inMonthAgo(2), emerging(1, 3)],
      [today, ['emerging.4']],
    ],
  });
  ids.ben = await trainee(app, 'Ben Okafor', 'Line 1', {
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    startDays: -100,
    targetDays: 80,
    achieved: [[inMonthAgo(1), ['emerging.1']]],
  });
  ids.chloe = await trainee(app, 'Chloé Dubois', 'Line 1', {
    frameworkId: PLANT,
    targetLevel: 'emerging',
    startDays: -200,
    targetDays: 60,
    achieved: [[inMonthAgo(2), emerging(1, 10)]],
  });
  ids.dev = await trainee(app, 'Dev Patel', 'Line 2', {
    frameworkId: PLANT,
    targetLevel: 'emerging',
    startDays: -10,
    targetDays: 20,
    achieved: [[today, emerging(1, 2)]],
  });
  ids.eve = await trainee(app, 'Eve Novak', 'Line 2', {
    frameworkId: OFFICE,
    targetLevel: 'developing',
    startDays: -10,
    targetDays: 200,
  });
  ids.femi = await trainee(app, 'Femi Adeyemi', 'Line 2', {
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    startDays: -10,
    targetDays: null,
  });
  ids.hana = await trainee(app, 'Hana Sato', 'Line 2', {
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    startDays: -100,
    targetDays: -5,
  });
  ids.gus = await trainee(app, 'Gus Berg', 'Line 2', null);
  return ids;
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test('an empty data folder says what to do first', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(page.getByTestId('dashboard-empty')).toContainText('No trainees yet');
  await expect(page.getByTestId('dashboard-empty').getByRole('link', { name: 'Trainees' })).toBeVisible();
});

test('the figures count each status, and Overdue opens exactly the overdue trainees', async ({ page, app }) => {
  const ids = await cohort(app);
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.summary).toHaveText('8 trainees, 7 plans');
  const expected = { met: 1, on_track: 1, behind: 1, due_soon: 1, overdue: 2, no_date: 1, no_plan: 1 } as const;
  for (const [status, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
    await expect(dashboard.count(status), status).toHaveText(String(count));
  }
  // Overdue plans first, then behind. Not the order among the overdue: the aggregate puts the least overdue first,
  // against its own comment (longest overdue first); reported, to be settled there.
  await expect(dashboard.attentionRows).toHaveCount(3);
  const listed = await dashboard.attentionRows.getByRole('link').allTextContents();
  expect(listed.slice(0, 2).sort()).toEqual(['Ana Lima', 'Hana Sato']);
  expect(listed[2]).toBe('Ben Okafor');
  await expect(dashboard.attentionRows.filter({ hasText: 'Ana Lima' })).toContainText(shown(daysFromToday(-10)));
  await expect(dashboard.dueCard(30).getByTestId('figure-count')).toHaveText('1');
  await expect(dashboard.dueCard(90).getByTestId('figure-count')).toHaveText('2');
  await page.screenshot({ path: `${SHOTS}/dashboard-1366.png`, fullPage: true });

  await dashboard.card('overdue').click();
  await expect(dashboard.drawer).toContainText('Plans: Overdue');
  await expect.poll(() => dashboard.drillNames()).toEqual(['Ana Lima', 'Hana Sato']);
  await expect(dashboard.drillRows.first()).toContainText(shown(daysFromToday(-10)));
  await expect(dashboard.drillRows.nth(1)).toContainText(OFFICE_TITLE);
  await page.screenshot({ path: `${SHOTS}/dashboard-drawer.png` });
  await dashboard.drawer.getByRole('link', { name: 'Hana Sato' }).click();
  await expect(page.getByRole('heading', { name: 'Hana Sato', level: 2 })).toBeVisible();
  expect(page.url()).toContain(`/trainees/${ids.hana ?? ''}`);
});

test('a framework bar and a team bar open the trainees behind them', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();

  // The bars are in title order: Office, then Plant. Plant's "Not yet Emerging" part holds Ana and Dev.
  await expect(dashboard.segments('chart-framework', 'none')).toHaveCount(2);
  await dashboard.segments('chart-framework', 'none').nth(1).click();
  await expect(dashboard.drawer).toContainText(`${PLANT_TITLE}: Not yet Emerging`);
  await expect.poll(() => dashboard.drillNames()).toEqual(['Ana Lima', 'Dev Patel']);
  // A level attained is not something the trainees list can filter by, so it is not offered.
  await expect(dashboard.drawer.getByRole('link', { name: 'Open in trainees list' })).toHaveCount(0);
  await dashboard.closeDrawer();

  // Line 1's Emerging part, through the chart's table (the keyboard's way in).
  const teams = await dashboard.table('chart-team');
  const line1 = teams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Line 1' }) });
  await expect(line1.getByRole('cell')).toHaveText(['2', '1', '0', '0', '0', '3']);
  await line1.getByRole('button', { name: 'Line 1, Emerging: 1. Show them.' }).press('Enter');
  await expect.poll(() => dashboard.drillNames()).toEqual(['Chloé Dubois']);
  await dashboard.closeDrawer();

  // The whole of Line 2 can be said as a list filter: the list opens with it.
  await teams.getByRole('button', { name: 'Line 2, all plans: 4. Show them.' }).click();
  await expect.poll(() => dashboard.drillNames()).toEqual(['Dev Patel', 'Eve Novak', 'Femi Adeyemi', 'Hana Sato']);
  await dashboard.drawer.getByRole('link', { name: 'Open in trainees list' }).click();
  const list = new TraineesPage(page);
  await expect(list.count).toHaveText('5 of 8 trainees shown');
  await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toHaveValue('Line 2');
});

test('the month chart’s table counts the statements achieved in each month, and a month opens its trainees', async ({
  page,
  app,
}) => {
  await cohort(app);
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const months = await dashboard.table('chart-month');
  const rows = months.getByRole('row');
  // A header row and twelve months, oldest first, ending with this month.
  await expect(rows).toHaveCount(13);
  await expect(rows.nth(12)).toHaveText(`${monthName(0)}3`);
  await expect(rows.nth(11)).toHaveText(`${monthName(1)}1`);
  await expect(rows.nth(10)).toHaveText(`${monthName(2)}13`);
  await expect(rows.nth(9)).toHaveText(`${monthName(3)}0`);

  await months.getByRole('button', { name: `${monthName(2)}: 13. Show them.` }).click();
  await expect(dashboard.drawer).toContainText(`Achievements in ${monthName(2)}`);
  await expect.poll(() => dashboard.drillNames()).toEqual(['Ana Lima', 'Chloé Dubois']);
  await expect(dashboard.drillRows.nth(1)).toContainText('10 statements achieved');
});

test('a team filter changes every figure, stays in the address and survives a reload', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.summary).toHaveText('8 trainees, 7 plans');
  await dashboard.filter('Team', 'Line 1');
  await expect(dashboard.summary).toHaveText('3 trainees, 3 plans');
  const expected = { met: 1, on_track: 0, behind: 1, due_soon: 0, overdue: 1, no_date: 0, no_plan: 0 } as const;
  for (const [status, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
    await expect(dashboard.count(status), status).toHaveText(String(count));
  }
  await expect(dashboard.attentionRows.getByRole('link')).toHaveText(['Ana Lima', 'Ben Okafor']);
  const months = await dashboard.table('chart-month');
  await expect(months.getByRole('row').nth(12)).toHaveText(`${monthName(0)}1`);
  expect(page.url()).toContain('team=Line+1');

  await page.reload();
  await expect(dashboard.summary).toHaveText('3 trainees, 3 plans');
  await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toHaveValue('Line 1');

  // The overdue figure, opened from the keyboard, and in the list it keeps the team.
  await dashboard.card('overdue').press('Enter');
  await expect.poll(() => dashboard.drillNames()).toEqual(['Ana Lima']);
  await dashboard.drawer.getByRole('link', { name: 'Open in trainees list' }).click();
  const list = new TraineesPage(page);
  await expect.poll(() => list.rows.getByRole('link').allTextContents()).toEqual(['Ana Lima']);
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('Overdue');
});

test('the dashboard passes axe with its tables and the drawer open, and fits a 1024-pixel window', async ({
  page,
  app,
}) => {
  await cohort(app);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.count('overdue')).toHaveText('2');
  for (const name of ['chart-framework', 'chart-team', 'chart-month'] as const) {
    await expect(dashboard.panel(name).locator('svg[role="img"]')).toHaveAttribute('aria-label', /\S/);
    await dashboard.table(name);
  }
  // Nothing sideways: the cards wrap and the charts shrink to the window.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: `${SHOTS}/dashboard-1024.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await dashboard.dueCard(90).click();
  await expect.poll(() => dashboard.drillNames()).toEqual(['Dev Patel', 'Ben Okafor']);
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('a big cohort', () => {
  test.use({ initialData: cohortDataFile(1000) });

  test('lists the first 100 plans needing attention and says how many more there are', async ({ page, app }) => {
    // The figures themselves are the aggregate's (tested on its own); here: the page shows its limit and the rest.
    const figures = await app.api('overview:dashboard', { filter: NO_FILTER });
    expect(figures.attentionTotal).toBeGreaterThan(ATTENTION_LIST_LIMIT);
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await expect(dashboard.summary).toHaveText('1,000 trainees, 1,000 plans');
    await expect(dashboard.attentionRows).toHaveCount(ATTENTION_LIST_LIMIT);
    await expect(page.getByTestId('attention-more')).toHaveText(
      `and ${(figures.attentionTotal - ATTENTION_LIST_LIMIT).toLocaleString('en-US')} more. Open the Overdue or Behind figure above to see them all.`,
    );
    await expect(dashboard.count('overdue')).toHaveText(figures.statusCounts.overdue.toLocaleString('en-US'));
    for (const name of ['chart-framework', 'chart-month'] as const) {
      await dashboard.panel(name).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/dashboard-big-${name}.png` });
    }
  });
});

test('a manager’s Trainplan opens on the dashboard once chosen in Settings', async ({ page, app }) => {
  await page.goto(app.bridge.url);
  await expect(page.getByRole('heading', { name: 'Trainees', level: 2 })).toBeVisible();
  await new SettingsPage(page).save({ startPage: 'Dashboard' });
  await page.goto(app.bridge.url);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/#\/dashboard$/);
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await new SettingsPage(page).save({ startPage: 'Trainees list' });
  await page.goto(app.bridge.url);
  await expect(page.getByRole('heading', { name: 'Trainees', level: 2 })).toBeVisible();
});
