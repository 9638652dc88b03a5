import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { openTestApp, OFFICE, PLANT } from '../support/testApp';

/** A name a CSV must quote: a comma, quotes and letters beyond Latin-1. */
export const QUOTED_NAME = 'Nguyễn, "Tí" Hương';
/** A name a spreadsheet would run as a formula if it were written as it is. */
export const FORMULA_NAME = '=HYPERLINK("http://example.com","Open")';

const person = (fullName: string, team: string, extra: { employeeId?: string; trainer?: string } = {}) => ({
  fullName,
  employeeId: extra.employeeId ?? '',
  team,
  site: 'Leeds',
  trainer: extra.trainer ?? 'Maria Keane',
  startDate: '2026-09-01',
  notes: '',
});

const CHECK = { achievedOn: '2026-11-20', assessor: 'Maria Keane', note: '' };

/**
 * Four trainees over a temp folder (the test clock says 22 Nov 2026):
 * - QUOTED_NAME, Line 1, on the Plant framework (target Developing, due 2026-12-10: behind) with E1, E2, E3 and D1;
 * - Ana Silva, Line 2, on Plant (target Emerging, no date, all ten Emerging statements: target met) and Office (behind);
 * - FORMULA_NAME, Line 1, badge "-42", on Office (target Proficient, overdue since 2026-11-01);
 * - Ben Okafor, Line 1, no plan yet.
 */
export async function exportFixture(dir: string) {
  const ctx = await openTestApp(dir);
  const { call } = ctx;
  await call('settings:update', { ...(await call('settings:get', {})), organisationName: 'Acme Plastics' });
  const assign = (
    traineeId: string,
    frameworkId: string,
    targetLevel: 'emerging' | 'developing' | 'proficient',
    targetDate: string | null,
  ) => call('plans:assign', { traineeId, frameworkId, targetLevel, targetDate, startDate: '2026-09-01' });
  const tick = (planId: string, ids: string[]) =>
    call('checkoffs:set', { planId, changes: ids.map((statementId) => ({ statementId, checkoff: CHECK })) });

  const quoted = await call('trainees:create', person(QUOTED_NAME, 'Line 1', { employeeId: 'B-1001' }));
  const quotedPlan = await assign(quoted.id, PLANT, 'developing', '2026-12-10');
  await tick(quotedPlan.planId, ['emerging.1', 'emerging.2', 'emerging.3', 'developing.1']);

  const ana = await call(
    'trainees:create',
    person('Ana Silva', 'Line 2', { employeeId: 'B-1002', trainer: 'Dev Patel' }),
  );
  const anaPlant = await assign(ana.id, PLANT, 'emerging', null);
  await tick(
    anaPlant.planId,
    Array.from({ length: 10 }, (_, i) => `emerging.${String(i + 1)}`),
  );
  await assign(ana.id, OFFICE, 'developing', '2027-03-01');

  const formula = await call('trainees:create', person(FORMULA_NAME, 'Line 1', { employeeId: '-42', trainer: '@Sam' }));
  await assign(formula.id, OFFICE, 'proficient', '2026-11-01');

  const ben = await call('trainees:create', person('Ben Okafor', 'Line 1'));
  return { ...ctx, ids: { quoted: quoted.id, ana: ana.id, formula: formula.id, ben: ben.id } };
}

export const NAME_SORT = { key: 'name', direction: 'asc' } as const;
export const MATRIX_NAME_SORT = { key: 'name', column: null, direction: 'asc' } as const;
export const EVERYONE = NO_FILTER;
