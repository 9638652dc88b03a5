import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardOf } from '../../../src/main/overview/dashboard';
import { dashboardDrill } from '../../../src/main/overview/dashboardDrill';
import { frameworkMatrix } from '../../../src/main/overview/frameworkMatrix';
import { overviewMatrix } from '../../../src/main/overview/overviewMatrix';
import type { TraineeSource } from '../../../src/main/overview/overviewSource';
import { loadBundledFrameworks } from '../../../src/main/frameworks/bundledFrameworks';
import { LEVEL_KEYS } from '../../../src/shared/framework/levels';
import { MATRIX_SORT_KEYS } from '../../../src/shared/overview/matrix';
import type { PlanStatus } from '../../../src/shared/progress/progressRules';
import { NO_FILTER, type TraineeFilter } from '../../../src/shared/trainees/traineeFilter';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';

const frameworks = await loadBundledFrameworks(SEEDS_DIR);
const ids = frameworks.map((f) => f.id);
const statementIds = LEVEL_KEYS.flatMap((level) => Array.from({ length: 10 }, (_, i) => `${level}.${String(i + 1)}`));
const STATUSES: PlanStatus[] = ['met', 'on_track', 'behind', 'due_soon', 'overdue', 'no_date'];
const TODAY = '2026-11-22';
type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

const plan = fc.record({
  frameworkAt: fc.nat(ids.length - 1),
  status: fc.constantFrom(...STATUSES),
  target: fc.constantFrom(...LEVEL_KEYS),
  attained: fc.option(fc.constantFrom(...LEVEL_KEYS), { nil: null }),
  percent: fc.nat(100),
  targetDate: fc.option(fc.integer({ min: -60, max: 200 }), { nil: null }),
  achieved: fc.subarray(statementIds),
  months: fc.dictionary(fc.constantFrom('2025-11', '2026-01', '2026-06', '2026-11', '2027-01'), fc.nat(40)),
});
const trainee = fc.record({
  name: fc.constantFrom('Ana', 'Ben', 'Łukasz', 'Đặng', 'Zoë', ''),
  team: fc.constantFrom('Line 1', 'Line 2', ''),
  archived: fc.boolean(),
  plans: fc.array(plan, { maxLength: 3 }),
});

function sources(people: Generated<typeof trainee>[]): TraineeSource[] {
  return people.map((p, i) => {
    const plans = p.plans.map((pl, j) => ({
      summary: {
        planId: `p${String(i)}-${String(j)}`,
        frameworkId: ids[pl.frameworkAt] ?? '',
        frameworkTitle: frameworks[pl.frameworkAt]?.occupation.title ?? '',
        soc: '',
        targetLevel: pl.target,
        // As the progress rules make them: "No target date" exactly when there is none.
        targetDate:
          pl.status === 'no_date'
            ? null
            : new Date(Date.UTC(2026, 10, 22 + (pl.targetDate ?? 10))).toISOString().slice(0, 10),
        attained: pl.attained,
        toTarget: { achieved: 0, total: 0, percent: pl.percent },
        expectedPercent: null,
        status: pl.status,
      },
      startDate: '2026-01-01',
      achieved: pl.achieved,
      achievedMonths: pl.months,
    }));
    const row = {
      id: `t${String(i)}`,
      fullName: p.name,
      employeeId: null,
      team: p.team,
      site: '',
      trainer: '',
      archived: p.archived,
      nextTargetDate: null,
      lastActivity: null,
      lastEditedAt: '',
      plans: plans.map((pl) => pl.summary),
    };
    return { row, plans };
  });
}

const filter = fc.record({
  team: fc.constantFrom(null, 'Line 1', 'Line 2'),
  status: fc.constantFrom(null, ...STATUSES, 'no_plan' as const),
  frameworkId: fc.constantFrom(null, ...ids),
  includeArchived: fc.boolean(),
  search: fc.constantFrom('', 'a', 'lukasz'),
});
const sort = fc.record({
  key: fc.constantFrom(...MATRIX_SORT_KEYS),
  column: fc.constantFrom(null, 'emerging.1', 'advanced', ...ids),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

const full = (f: Generated<typeof filter>): TraineeFilter => ({ ...NO_FILTER, ...f });

describe('the matrix and dashboard figures agree with each other for any records and filters', () => {
  it('coverage counts the ticks shown; rows are the filtered trainees, each once, in any sort', () => {
    fc.assert(
      fc.property(fc.array(trainee, { maxLength: 25 }), filter, sort, (people, f, s) => {
        const framework = frameworks[0];
        if (!framework) throw new Error('seeds');
        const m = frameworkMatrix(framework, sources(people), full(f), s, people.length);
        m.statements.forEach((_, i) => {
          expect(m.coverage.statements[i]).toBe(m.rows.filter((r) => r.achieved[i] === '1').length);
        });
        m.coverage.levels.forEach((level, i) => {
          expect(level.holders).toBe(m.rows.filter((r) => r.levels[i]?.achieved === r.levels[i]?.total).length);
        });
        expect(new Set(m.rows.map((r) => r.traineeId)).size).toBe(m.rows.length);
        for (const r of m.rows) expect(r.achieved).toHaveLength(40);
        const unsorted = frameworkMatrix(
          framework,
          sources(people),
          full(f),
          { key: 'name', column: null, direction: 'asc' },
          0,
        );
        expect(m.rows.map((r) => r.planId).sort()).toEqual(unsorted.rows.map((r) => r.planId).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('the overview’s cells and coverage, and the dashboard’s counts and drill-downs, tell the same story', () => {
    fc.assert(
      fc.property(fc.array(trainee, { maxLength: 25 }), filter, sort, (people, f, s) => {
        const src = sources(people);
        const flt = full(f);
        const overview = overviewMatrix((id) => frameworks.find((x) => x.id === id), src, flt, s, people.length);
        const d = dashboardOf(src, flt, TODAY);
        expect(overview.rows.length).toBe(d.trainees);
        const cells = overview.rows.flatMap((r) => r.cells.filter((c) => c !== null));
        // A trainee with two plans on one framework shows one cell; the dashboard counts both plans.
        expect(cells.length).toBeLessThanOrEqual(d.plans);
        expect(overview.coverage.reduce((sum, c) => sum + c.plans, 0)).toBe(cells.length);
        expect(Object.values(d.statusCounts).reduce((a, b) => a + b, 0)).toBe(d.plans);
        expect(d.byFramework.reduce((sum, x) => sum + x.plans, 0)).toBe(d.plans);
        expect(d.byTeam.reduce((sum, x) => sum + x.plans, 0)).toBe(d.plans);
        const [d30, d60, d90] = d.due.map((x) => x.plans);
        expect(d30 ?? 0).toBeLessThanOrEqual(d60 ?? 0);
        expect(d60 ?? 0).toBeLessThanOrEqual(d90 ?? 0);
        expect(d.duePlans).toHaveLength(d90 ?? 0);
        expect(d.attentionTotal).toBe(d.statusCounts.overdue + d.statusCounts.behind);
        // Overdue first, the longest overdue (earliest target date) first; then behind, least progress first.
        const overdue = d.attention.filter((a) => a.status === 'overdue');
        expect(d.attention.slice(0, overdue.length)).toEqual(overdue);
        expect(overdue.map((a) => a.targetDate)).toEqual(overdue.map((a) => a.targetDate).sort());
        const behind = d.attention.slice(overdue.length).map((a) => a.toTarget.percent);
        expect(behind).toEqual([...behind].sort((x, y) => x - y));
        for (const status of STATUSES) {
          expect(dashboardDrill(src, flt, { kind: 'status', status }, TODAY).trainees).toHaveLength(
            d.statusCounts[status],
          );
        }
        expect(dashboardDrill(src, flt, { kind: 'no_plan' }, TODAY).trainees).toHaveLength(d.withoutPlan);
        expect(dashboardDrill(src, flt, { kind: 'due', days: 60 }, TODAY).trainees).toHaveLength(d60 ?? 0);
        for (const team of d.byTeam) {
          expect(
            dashboardDrill(src, flt, { kind: 'team', team: team.team, attained: null }, TODAY).trainees,
          ).toHaveLength(team.plans);
        }
        for (const fw of d.byFramework) {
          expect(
            dashboardDrill(src, flt, { kind: 'framework', frameworkId: fw.frameworkId, attained: 'none' }, TODAY)
              .trainees,
          ).toHaveLength(fw.attained.none);
        }
      }),
      { numRuns: 150 },
    );
  });
});
