import { LEVEL_KEYS, type LevelKey } from '../../../src/shared/framework/levels';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { openTestApp, OFFICE, PLANT } from '../support/testApp';

/**
 * A hand-built cohort whose figures are worked out by hand in the tests (the test clock says 22 Nov 2026):
 *
 *  Ana (Line 1)   PLANT → Developing by 2026-10-01, Emerging all achieved in March: Overdue, 50 %.
 *  Ben (Line 1)   PLANT → Emerging, no date, Emerging achieved (5 in Oct, 5 in Nov): Target met.
 *                 OFFICE → Proficient by 2027-02-15, started 2026-11-01, nothing yet: On track (85 days left).
 *  Chen (Line 2)  PLANT → Advanced by 2026-12-12, started 2026-09-01, three levels achieved (Sep, Oct, Nov): Due soon.
 *  Dana (Line 2)  no plan.
 *  Eve (Line 2)   archived, PLANT with Emerging achieved in March: left out unless archived trainees are included.
 *  Finn (Line 1)  PLANT → Proficient by 2027-03-01, started 2026-05-01, nothing yet: Behind.
 */
export const filterAll = { ...NO_FILTER };

const person = (fullName: string, team: string) => ({
  fullName,
  employeeId: `B-${fullName.slice(0, 3).toUpperCase()}`,
  team,
  site: 'Leeds',
  trainer: 'Maria Keane',
  startDate: '',
  notes: '',
});

const level = (key: LevelKey) => Array.from({ length: 10 }, (_, i) => `${key}.${String(i + 1)}`);

export async function overviewCohort(dataDir: string) {
  const ctx = await openTestApp(dataDir);
  const { call } = ctx;
  const ids: Record<string, string> = {};
  const plans: Record<string, string> = {};
  async function trainee(name: string, team: string) {
    ids[name] = (await call('trainees:create', person(name, team))).id;
    return ids[name];
  }
  async function plan(
    name: string,
    frameworkId: string,
    targetLevel: LevelKey,
    startDate: string,
    targetDate: string | null,
  ) {
    const { planId } = await call('plans:assign', {
      traineeId: ids[name] ?? '',
      frameworkId,
      targetLevel,
      startDate,
      targetDate,
    });
    plans[`${name} ${frameworkId}`] = planId;
    return planId;
  }
  async function tick(planId: string, statementIds: string[], achievedOn: string) {
    await call('checkoffs:set', {
      planId,
      changes: statementIds.map((statementId) => ({
        statementId,
        checkoff: { achievedOn, assessor: 'Maria Keane', note: '' },
      })),
    });
  }

  await trainee('Ana', 'Line 1');
  await tick(await plan('Ana', PLANT, 'developing', '2026-01-01', '2026-10-01'), level('emerging'), '2026-03-10');
  await trainee('Ben', 'Line 1');
  const benPlant = await plan('Ben', PLANT, 'emerging', '2026-06-01', null);
  await tick(benPlant, level('emerging').slice(0, 5), '2026-10-05');
  await tick(benPlant, level('emerging').slice(5), '2026-11-02');
  await plan('Ben', OFFICE, 'proficient', '2026-11-01', '2027-02-15');
  await trainee('Chen', 'Line 2');
  const chen = await plan('Chen', PLANT, 'advanced', '2026-09-01', '2026-12-12');
  await tick(chen, level('emerging'), '2026-09-15');
  await tick(chen, level('developing'), '2026-10-15');
  await tick(chen, level('proficient'), '2026-11-15');
  await trainee('Dana', 'Line 2');
  await trainee('Eve', 'Line 2');
  await tick(await plan('Eve', PLANT, 'developing', '2026-01-01', null), level('emerging'), '2026-03-20');
  await call('trainees:set-archived', { id: ids.Eve ?? '', archived: true });
  await trainee('Finn', 'Line 1');
  await plan('Finn', PLANT, 'proficient', '2026-05-01', '2027-03-01');
  return { ...ctx, ids, plans };
}

export { LEVEL_KEYS, OFFICE, PLANT };
