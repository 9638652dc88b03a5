import { readFile } from 'node:fs/promises';
import { cohortDataFile } from '../fixtures/cohortData';
import { OFFICE, PLANT } from '../unit/support/ids';
import { MatrixPage } from './pages/MatrixPage';
import { seriousViolations } from './support/axe';
import { daysFromToday, shown } from './support/dates';
import { expect, test, type App } from './support/fixtures';
import { person } from './support/people';
import { PLANT_TITLE } from './support/plantFramework';

const SHOTS = '/tmp/shots/matrix';
const EMERGING = Array.from({ length: 10 }, (_, i) => `emerging.${String(i + 1)}`);
const TICKED_ON = daysFromToday(-12);

/**
 * Four trainees on the Plant framework, two per team: Ana has E1–E3 (target Developing) and an Office plan,
 * Ben all of Emerging and D1 (target Proficient, overdue), Chen all of Emerging (target Emerging, met), Dana
 * nothing yet.
 */
async function crew(app: App) {
  const people = [
    { name: 'Ana Silva', team: 'Line 1', target: 'developing', ticks: EMERGING.slice(0, 3), date: null },
    { name: 'Ben Okafor', team: 'Line 1', target: 'proficient', ticks: [...EMERGING, 'developing.1'], date: -5 },
    { name: 'Chen Wei', team: 'Line 2', target: 'emerging', ticks: EMERGING, date: null },
    { name: 'Dana Byrne', team: 'Line 2', target: 'developing', ticks: [], date: null },
  ] as const;
  const made: Record<string, { id: string; planId: string }> = {};
  for (const p of people) {
    const trainee = await app.api('trainees:create', person(p.name, { team: p.team, site: 'Leeds' }));
    const { planId } = await app.api('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: p.target,
      targetDate: p.date === null ? null : daysFromToday(p.date),
      startDate: daysFromToday(-90),
    });
    if (p.ticks.length > 0)
      await app.api('checkoffs:set', {
        planId,
        changes: p.ticks.map((statementId) => ({
          statementId,
          checkoff: { achievedOn: TICKED_ON, assessor: 'Dev Patel', note: '' },
        })),
      });
    made[p.name] = { id: trainee.id, planId };
  }
  await app.api('plans:assign', {
    traineeId: made['Ana Silva']?.id ?? '',
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    targetDate: null,
    startDate: daysFromToday(-30),
  });
  return made;
}

test('the overview shows each trainee’s attained level against the target, coverage per framework, and opens a plan', async ({
  page,
  app,
}) => {
  await crew(app);
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.settled();
  await expect(matrix.count).toHaveText('4 of 4 trainees shown');
  expect(await matrix.shownNames()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Byrne']);

  const ben = matrix.cell('Ben Okafor', PLANT_TITLE);
  await expect(ben).toHaveAccessibleName(
    `${PLANT_TITLE}: Emerging, target Proficient, expected 100 % by now, 36 % done, Overdue`,
  );
  await expect(ben).toContainText('Emerging');
  await expect(ben).toContainText('Emerging → Proficient');
  await expect(matrix.cell('Chen Wei', PLANT_TITLE)).toHaveAttribute('data-status', 'met');
  await expect(matrix.cell('Dana Byrne', PLANT_TITLE)).toContainText('Not yet Emerging');
  // Only Ana has an Office plan: the others' Office cells say so.
  const office = (await app.api('frameworks:list', {})).find((f) => f.id === OFFICE)?.title ?? '';
  await expect(matrix.cell('Ben Okafor', office)).toHaveAccessibleName(`${office}: no plan`);

  // Coverage: one plan of four at target; two have attained at least Emerging.
  await expect(matrix.coverageOf(PLANT)).toContainText('1/4 at target');
  await expect(matrix.coverageOf(PLANT)).toContainText('E 2 · D 0 · P 0 · A 0');
  await expect(matrix.coverageOf(OFFICE)).toContainText('0/1 at target');

  await matrix.cell('Ben Okafor', PLANT_TITLE).hover();
  await expect(matrix.tooltip).toContainText('% of the way to target');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}-overview-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}-overview-1024.png` });

  // Sorting by a framework's column puts the highest level attained first, then the nearest their target.
  await matrix.columnHeader(PLANT).click();
  await matrix.settled();
  expect(await matrix.shownNames()).toEqual(['Chen Wei', 'Ben Okafor', 'Ana Silva', 'Dana Byrne']);

  // A framework's column opens that framework statement by statement.
  await page.getByRole('button', { name: `Show ${office} statement by statement` }).click();
  await expect(page.getByRole('radio', { name: 'Framework view' })).toBeChecked();
  expect(await matrix.shownNames()).toEqual(['Ana Silva']);
  await matrix.showView('Overview');

  await matrix.cell('Ben Okafor', PLANT_TITLE).click();
  await expect(page.getByRole('heading', { name: 'Ben Okafor', level: 2 })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/\?plan=/);
});

test('the framework view filters, sorts by a statement, tells who signed a cell off, folds levels and opens the check-off', async ({
  page,
  app,
}) => {
  await crew(app);
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.showView('Framework view');
  await matrix.chooseFramework(PLANT_TITLE);
  expect(await matrix.shownNames()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Byrne']);
  await expect(matrix.cell('Ana Silva', 'E3 ')).toHaveAttribute('data-achieved', 'true');
  await expect(matrix.cell('Ana Silva', 'E4 ')).toHaveAttribute('data-achieved', 'false');

  // Coverage: who holds each statement, and who holds the whole level.
  await expect(matrix.coverageOf('emerging.2')).toHaveText('3');
  await expect(matrix.coverageOf('emerging.4')).toHaveText('2');
  await expect(matrix.coverageOf('developing.1')).toHaveText('1');
  await expect(page.getByTestId('matrix-level-emerging')).toContainText('whole level: 2/4');

  await matrix.filter('Team', 'Line 1');
  expect(await matrix.shownNames()).toEqual(['Ana Silva', 'Ben Okafor']);
  await expect(matrix.coverageOf('emerging.4')).toHaveText('1');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await matrix.settled();
  expect(await matrix.shownNames()).toHaveLength(4);

  // Sorting by E4: those who hold it first (by name), then the rest.
  await matrix.columnHeader('emerging.4').click();
  await matrix.settled();
  expect(await matrix.shownNames()).toEqual(['Ben Okafor', 'Chen Wei', 'Ana Silva', 'Dana Byrne']);
  await expect(page.getByRole('columnheader', { name: /^E4 .*Sort by this column/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // The export takes the matrix as shown: this framework, in this order.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const order = ['Ben Okafor', 'Chen Wei', 'Ana Silva', 'Dana Byrne'].map((name) => csv.indexOf(name));
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);

  // Pointing at a ticked cell shows when and by whom.
  await matrix.cell('Ana Silva', 'E2 ').hover();
  await expect(matrix.tooltip).toContainText(`Achieved ${shown(TICKED_ON)} · Dev Patel`);
  await matrix.cell('Dana Byrne', 'E2 ').hover();
  await expect(matrix.tooltip).toContainText('Not yet achieved');

  // The keyboard moves between cells; the focused cell says what it is, and its details show too.
  await matrix.cell('Ana Silva', 'E2 ').focus();
  await page.keyboard.press('ArrowRight');
  expect(await matrix.focused()).toMatch(/^E3 .*: achieved$/);
  await expect(matrix.tooltip).toContainText('Dev Patel');
  await page.keyboard.press('ArrowDown');
  expect(await matrix.focused()).toMatch(/^E3 .*: not yet achieved$/);
  await page.keyboard.press('End');
  expect(await matrix.focused()).toMatch(/^A10 /);
  await page.keyboard.press('Home');
  expect(await matrix.focused()).toMatch(/^E1 /);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await matrix.focused()).toMatch(/^E1 /);
  // Ana is third when sorted by E4; Dana below her, two rows up is Chen.
  await expect(matrix.cell('Chen Wei', 'E1 ')).toBeFocused();
  await expect(matrix.grid.locator('[tabindex="0"]')).toHaveCount(1);

  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}-framework-1366.png` });

  // Folding Emerging shows achieved/total per trainee, coloured, and the level's coverage.
  await matrix.levelToggle('Emerging').click();
  await expect(matrix.cell('Ben Okafor', 'Emerging:')).toHaveAccessibleName('Emerging: 10 of 10 achieved');
  await expect(matrix.cell('Ben Okafor', 'Emerging:')).toHaveText('10/10');
  await expect(matrix.cell('Ana Silva', 'Emerging:')).toHaveText('3/10');
  await expect(matrix.coverageOf('emerging')).toHaveText('2/4');
  await page.getByRole('switch', { name: 'Fold every level' }).click({ force: true });
  await expect(matrix.cell('Ben Okafor', 'Developing:')).toHaveText('1/10');
  await expect(matrix.grid.locator('[data-achieved]')).toHaveCount(0);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}-framework-folded-1024.png` });
  await page.getByRole('switch', { name: 'Fold every level' }).click({ force: true });
  await expect(matrix.cell('Ana Silva', 'E2 ')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-framework-1024.png` });

  // Opening a cell lands on the trainee's page at that statement, its level open and the statement focused.
  await matrix.cell('Ana Silva', 'E2 ').click();
  await expect(page.getByRole('heading', { name: 'Ana Silva', level: 2 })).toBeVisible();
  expect(new URL(page.url()).hash).toContain('statement=emerging.2');
  const plan = page.getByTestId('plan-card').filter({ hasText: PLANT_TITLE });
  const statement = plan.getByRole('checkbox', { name: /^Achieved: .*\(Emerging 2\)$/ });
  await expect(statement).toBeFocused();
  await expect(plan.locator('[data-highlighted="true"]')).toContainText('Attendance and hours records');
  await page.screenshot({ path: `${SHOTS}-trainee-at-statement.png` });

  // Back comes to the matrix as it was left: the framework view, sorted by E4.
  await page.goBack();
  await matrix.settled();
  expect(await matrix.shownNames()).toEqual(['Ben Okafor', 'Chen Wei', 'Ana Silva', 'Dana Byrne']);
  await page.reload();
  await matrix.settled();
  expect(await matrix.shownNames()).toEqual(['Ben Okafor', 'Chen Wei', 'Ana Silva', 'Dana Byrne']);
});

test('says in words when no trainee matches the filters', async ({ page, app }) => {
  await crew(app);
  const matrix = new MatrixPage(page);
  await matrix.open();
  await page.getByRole('searchbox', { name: 'Search' }).fill('nobody by this name');
  await expect(matrix.empty).toContainText('No trainee matches these filters.');
});

test.describe('a large cohort', () => {
  // 900 trainees over three frameworks: 300 on the Plant framework, 40 statements each.
  test.use({ initialData: cohortDataFile(900) });

  test('draws only the cells in view, both ways, while every row is in the matrix', async ({ page }) => {
    const matrix = new MatrixPage(page);
    await matrix.open();
    await matrix.showView('Framework view');
    await matrix.chooseFramework(PLANT_TITLE);
    await expect(matrix.grid).toHaveAttribute('aria-rowcount', String(300 + 3));
    await expect(matrix.grid).toHaveAttribute('aria-colcount', String(40 + 1));
    const drawn = await matrix.cells.count();
    expect(drawn).toBeGreaterThan(50);
    expect(drawn).toBeLessThan(1000);
    expect(await matrix.rows.count()).toBeLessThan(60);
    // The last column (A10) and the last row are not drawn until they are reached.
    await expect(matrix.grid.locator('[aria-colindex="41"][role="gridcell"]')).toHaveCount(0);
    await expect(matrix.grid.locator('[aria-rowindex="302"]')).toHaveCount(0);

    await matrix.grid.locator('[data-cell="0:0"]').focus();
    await page.keyboard.press('Control+End');
    await expect(matrix.grid.locator('[data-cell="299:39"]')).toBeFocused();
    expect(await matrix.focused()).toMatch(/^A10 /);
    await expect(matrix.grid.locator('[aria-rowindex="302"]')).toHaveCount(1);
    await expect.poll(() => matrix.cells.count()).toBeLessThan(1000);
    await page.keyboard.press('PageUp');
    await expect(matrix.grid.locator('[data-cell^="2"][tabindex="0"]')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}-large-end.png` });
  });
});
