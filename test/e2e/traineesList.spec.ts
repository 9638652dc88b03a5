import { cohortDataFile } from '../fixtures/cohortData';
import { OFFICE, PLANT } from '../unit/support/ids';
import { TraineesPage } from './pages/TraineesPage';
import { daysFromToday, shown } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const OFFICE_TITLE = 'Office Machine Operators, Except Computer';

/** A trainee with a plan per framework given, made through the API. */
async function traineeWithPlans(app: App, fullName: string, team: string, frameworkIds: string[]) {
  const trainee = await app.api('trainees:create', person(fullName, { team, trainer: 'Maria Keane' }));
  for (const [i, frameworkId] of frameworkIds.entries()) {
    await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId,
      targetLevel: 'developing',
      targetDate: daysFromToday(100 + i * 100),
      startDate: daysFromToday(-10),
    });
  }
  return trainee;
}

test.describe('the trainees list keeps its state', () => {
  test('search, filter and sort survive opening a trainee and coming back by the link or by Back', async ({
    page,
    app,
  }) => {
    await traineeWithPlans(app, 'Łukasz Żółć', 'Line 2', [PLANT]);
    await traineeWithPlans(app, 'Lucía Łopez', 'Line 2', [OFFICE]);
    await traineeWithPlans(app, 'Luca Rossi', 'Line 1', [PLANT]);
    await traineeWithPlans(app, 'Aoife Byrne', 'Line 2', [PLANT]);
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await expect(list.count).toHaveText('4 of 4 trainees shown');

    await list.search('lu');
    await list.filter('Team', 'Line 2');
    await list.sortBy('Name');
    const expected = ['Łukasz Żółć', 'Lucía Łopez'];
    await expect.poll(() => list.names()).toEqual(expected);

    const expectSameState = async () => {
      await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('lu');
      await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toHaveValue('Line 2');
      await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
      await expect(list.count).toHaveText('2 of 4 trainees shown');
      await expect.poll(() => list.names()).toEqual(expected);
    };

    await list.row('Lucía Łopez').getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Lucía Łopez', level: 2 })).toBeVisible();
    await page.getByRole('link', { name: '← All trainees' }).click();
    await expectSameState();

    await list.row('Łukasz Żółć').getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Łukasz Żółć', level: 2 })).toBeVisible();
    await page.goBack();
    await expectSameState();

    // The state is in the list's address: a reload keeps it as well.
    expect(page.url()).toContain('q=lu');
    await page.reload();
    await expectSameState();

    // Cleared by hand, the list stays cleared when the trainer comes back to it.
    await list.search('');
    // Choosing the selected team again clears it.
    await list.filter('Team', 'Line 2');
    await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toHaveValue('');
    await expect(list.count).toHaveText('4 of 4 trainees shown');
    await list.row('Aoife Byrne').getByRole('link').click();
    await page.getByRole('link', { name: '← All trainees' }).click();
    await expect(list.count).toHaveText('4 of 4 trainees shown');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  test('the sidebar’s Trainees link starts the list without filters, and that fresh list is the one to come back to', async ({
    page,
    app,
  }) => {
    await traineeWithPlans(app, 'Łukasz Żółć', 'Line 2', [PLANT]);
    await traineeWithPlans(app, 'Luca Rossi', 'Line 1', [PLANT]);
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await list.search('lu');
    await list.filter('Team', 'Line 2');
    await expect(list.count).toHaveText('1 of 2 trainees shown');

    const sidebar = page.getByRole('navigation', { name: 'Main' });
    await sidebar.getByRole('link', { name: 'Frameworks' }).click();
    await sidebar.getByRole('link', { name: 'Trainees' }).click();
    await expect(list.count).toHaveText('2 of 2 trainees shown');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toHaveValue('');

    // The filters are not waiting behind the next visit: "← All trainees" comes back to the list as it now is.
    await list.row('Luca Rossi').getByRole('link').click();
    await page.getByRole('link', { name: '← All trainees' }).click();
    await expect(list.count).toHaveText('2 of 2 trainees shown');

    // Even while the list is open and filtered, its sidebar link starts it afresh.
    await list.filter('Team', 'Line 1');
    await expect(list.count).toHaveText('1 of 2 trainees shown');
    await sidebar.getByRole('link', { name: 'Trainees' }).click();
    await expect(list.count).toHaveText('2 of 2 trainees shown');
  });
});

test.describe('the trainees list at 1024 px with many trainees', () => {
  test.use({ initialData: cohortDataFile(300), viewport: { width: 1024, height: 768 } });

  test('fits the window: no sideways scrolling, one vertical scroller, a full-height sidebar, plans in line', async ({
    page,
    app,
  }) => {
    await traineeWithPlans(app, 'Zofia Wiśniewska', 'Line 1', [PLANT, OFFICE]);
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await expect(list.count).toHaveText('301 of 301 trainees shown');
    await list.settled();

    const layout = await page.evaluate(() => {
      const scrollers = Array.from(document.querySelectorAll<HTMLElement>('*')).filter((el) => {
        const { overflowY } = getComputedStyle(el);
        return (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
      });
      const root = document.scrollingElement ?? document.documentElement;
      const nav = document.querySelector('nav')?.getBoundingClientRect();
      return {
        sideways: root.scrollWidth - root.clientWidth,
        pageScrolls: root.scrollHeight > root.clientHeight + 1,
        scrollers: scrollers.map((el) => el.dataset.testid ?? el.tagName),
        navBottom: nav?.bottom,
        windowHeight: window.innerHeight,
      };
    });
    expect(layout.sideways).toBeLessThanOrEqual(0);
    expect(layout.pageScrolls).toBe(false);
    expect(layout.scrollers).toEqual(['trainee-table-scroll']);
    expect(layout.navBottom).toBe(layout.windowHeight);

    // Names are never cut to nothing: the name column is at least as wide as a short name.
    const firstName = list.rows.first().getByRole('link');
    expect((await firstName.boundingBox())?.width).toBeGreaterThan(100);

    await list.search('Zofia');
    await expect(list.rows).toHaveCount(1);
    await list.settled();
    const row = list.rows.first();
    const centre = async (locator: ReturnType<typeof row.getByRole>) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error('not drawn');
      return box.y + box.height / 2;
    };
    const titles = [PLANT_TITLE, OFFICE_TITLE];
    for (const [i, title] of titles.entries()) {
      const name = row.getByTestId('plan-levels').nth(i);
      await expect(name).toContainText(title);
      const bar = row.getByRole('progressbar', { name: `${title}: progress to target` });
      const badge = row.getByTestId('status-badge').nth(i);
      expect(Math.abs((await centre(bar)) - (await centre(name)))).toBeLessThanOrEqual(3);
      expect(Math.abs((await centre(badge)) - (await centre(name)))).toBeLessThanOrEqual(3);
    }
  });
});

test.describe('dates in a German locale', () => {
  test.use({ locale: 'de-DE' });

  test('the list and the trainee page write dates the German way', async ({ page, app }) => {
    const trainee = await app.api('trainees:create', person('Jürgen Weiß', { startDate: '2026-09-01' }));
    await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: '2027-03-31',
      startDate: '2026-09-01',
    });
    await page.reload();
    const list = new TraineesPage(page);
    await list.open();
    await expect(list.row('Jürgen Weiß')).toContainText('31.03.2027');
    expect(shown('2027-03-31', 'de-DE')).toBe('31.03.2027');

    await list.row('Jürgen Weiß').getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Jürgen Weiß', level: 2 })).toBeVisible();
    await expect(page.getByText('01.09.2026').first()).toBeVisible();
    await expect(page.getByText('Developing by 31.03.2027', { exact: false }).first()).toBeVisible();
  });
});
