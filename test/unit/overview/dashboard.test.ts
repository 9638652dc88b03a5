import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/tempDir';
import { filterAll, overviewCohort, OFFICE, PLANT } from './overviewCohort';

const tempDir = useTempDirs();

describe('the dashboard', () => {
  it('counts plans by status, trainees without a plan, and leaves archived trainees out', async () => {
    const { call } = await overviewCohort(await tempDir());
    const d = await call('overview:dashboard', { filter: filterAll });
    expect(d.today).toBe('2026-11-22');
    expect(d.trainees).toBe(5);
    expect(d.withoutPlan).toBe(1);
    expect(d.plans).toBe(5);
    expect(d.statusCounts).toEqual({ met: 1, on_track: 1, behind: 1, due_soon: 1, overdue: 1, no_date: 0 });
    const withArchived = await call('overview:dashboard', { filter: { ...filterAll, includeArchived: true } });
    expect(withArchived.trainees).toBe(6);
    expect(withArchived.statusCounts.no_date).toBe(1);
  });

  it('lists overdue plans before behind ones', async () => {
    const { call } = await overviewCohort(await tempDir());
    const d = await call('overview:dashboard', { filter: filterAll });
    expect(d.attention.map((a) => [a.fullName, a.status, a.toTarget.percent])).toEqual([
      ['Ana', 'overdue', 50],
      ['Finn', 'behind', 0],
    ]);
    expect(d.attentionTotal).toBe(2);
  });

  it('counts attained levels per framework and per team', async () => {
    const { call } = await overviewCohort(await tempDir());
    const d = await call('overview:dashboard', { filter: filterAll });
    const plant = d.byFramework.find((f) => f.frameworkId === PLANT);
    expect(plant?.plans).toBe(4);
    expect(plant?.attained).toEqual({ none: 1, emerging: 2, developing: 0, proficient: 1, advanced: 0 });
    expect(d.byFramework.find((f) => f.frameworkId === OFFICE)?.attained).toEqual({
      none: 1,
      emerging: 0,
      developing: 0,
      proficient: 0,
      advanced: 0,
    });
    expect(d.byTeam).toEqual([
      { team: 'Line 1', plans: 4, attained: { none: 2, emerging: 2, developing: 0, proficient: 0, advanced: 0 } },
      { team: 'Line 2', plans: 1, attained: { none: 0, emerging: 0, developing: 0, proficient: 1, advanced: 0 } },
    ]);
  });

  it('counts statements achieved per month over the last 12 months, this month last', async () => {
    const { call } = await overviewCohort(await tempDir());
    const d = await call('overview:dashboard', { filter: filterAll });
    expect(d.perMonth.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const counts = Object.fromEntries(d.perMonth.filter((m) => m.achieved > 0).map((m) => [m.month, m.achieved]));
    // Eve's March check-offs are left out with her (archived).
    expect(counts).toEqual({ '2026-03': 10, '2026-09': 10, '2026-10': 15, '2026-11': 15 });
  });

  it('counts plans due within 30, 60 and 90 days, soonest first; an overdue plan is not due', async () => {
    const { call } = await overviewCohort(await tempDir());
    const d = await call('overview:dashboard', { filter: filterAll });
    expect(d.due).toEqual([
      { days: 30, plans: 1 },
      { days: 60, plans: 1 },
      { days: 90, plans: 2 },
    ]);
    expect(d.duePlans.map((p) => [p.fullName, p.targetDate, p.inDays])).toEqual([
      ['Chen', '2026-12-12', 20],
      ['Ben', '2027-02-15', 85],
    ]);
  });

  it('follows the filter: a team, a framework, a status', async () => {
    const { call } = await overviewCohort(await tempDir());
    const line2 = await call('overview:dashboard', { filter: { ...filterAll, team: 'Line 2' } });
    expect([line2.trainees, line2.withoutPlan, line2.plans]).toEqual([2, 1, 1]);
    expect(line2.statusCounts.due_soon).toBe(1);
    const office = await call('overview:dashboard', { filter: { ...filterAll, frameworkId: OFFICE } });
    expect([office.trainees, office.plans, office.statusCounts.on_track]).toEqual([1, 1, 1]);
    // Ben's plant plan is not on the filter's framework: his plant check-offs do not count.
    expect(office.perMonth.every((m) => m.achieved === 0)).toBe(true);
    const overdue = await call('overview:dashboard', { filter: { ...filterAll, status: 'overdue' } });
    expect([overdue.trainees, overdue.plans, overdue.statusCounts.overdue]).toEqual([1, 1, 1]);
  });

  it('lists the trainees behind each figure, by the rules that counted it', async () => {
    const { call } = await overviewCohort(await tempDir());
    const drill = (figure: Parameters<typeof call<'overview:drill'>>[1]['figure']) =>
      call('overview:drill', { filter: filterAll, figure });
    const names = async (figure: Parameters<typeof drill>[0]) => (await drill(figure)).trainees.map((t) => t.fullName);
    expect(await names({ kind: 'status', status: 'overdue' })).toEqual(['Ana']);
    expect(await names({ kind: 'no_plan' })).toEqual(['Dana']);
    expect(await names({ kind: 'framework', frameworkId: PLANT, attained: 'emerging' })).toEqual(['Ana', 'Ben']);
    expect(await names({ kind: 'team', team: 'Line 1', attained: 'none' })).toEqual(['Ben', 'Finn']);
    expect(await names({ kind: 'month', month: '2026-10' })).toEqual(['Ben', 'Chen']);
    expect(await names({ kind: 'due', days: 90 })).toEqual(['Chen', 'Ben']);
    const month = await drill({ kind: 'month', month: '2026-10' });
    expect(month.title).toBe('Achievements in October 2026');
    expect(month.trainees[0]?.reason).toMatch(/5 statements achieved/);
  });

  it('explains Behind by the pace: what the line to the target date expects by now, and what is done', async () => {
    const { call } = await overviewCohort(await tempDir());
    const behind = await call('overview:drill', { filter: filterAll, figure: { kind: 'status', status: 'behind' } });
    // Finn: 1 May 2026 → 1 March 2027, on 22 November 2026 205 of 304 days have gone.
    expect(behind.trainees.map((t) => t.reason)).toEqual([
      'Plant and System Operators, All Other: expected 67 % by now, 0 % done',
    ]);
  });

  it('gives each skills-matrix overview cell the progress and the progress expected by now', async () => {
    const { call } = await overviewCohort(await tempDir());
    const matrix = await call('overview:matrix', {
      filter: filterAll,
      sort: { key: 'name', column: null, direction: 'asc' },
    });
    const finn = matrix.rows.find((r) => r.fullName === 'Finn');
    expect(finn?.cells.find((c) => c !== null)).toMatchObject({ toTarget: { percent: 0 }, expectedPercent: 67 });
  });
});
