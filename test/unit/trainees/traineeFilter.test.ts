import { describe, expect, it } from 'vitest';
import type { PlanStatus } from '../../../src/shared/progress/progressRules';
import { foldForSearch } from '../../../src/shared/text/searchFold';
import { matchesFilter, NO_FILTER, sortRows } from '../../../src/shared/trainees/traineeFilter';
import type { PlanSummary, TraineeRow } from '../../../src/shared/trainees/traineeViews';

function plan(frameworkId: string, status: PlanStatus, percent: number, targetDate: string | null = null): PlanSummary {
  return {
    planId: `${frameworkId}-${status}`,
    frameworkId,
    frameworkTitle: frameworkId,
    soc: '00-0000.00',
    targetLevel: 'developing',
    targetDate,
    attained: null,
    toTarget: { achieved: percent / 5, total: 20, percent },
    expectedPercent: null,
    status,
  };
}

function row(fullName: string, extra: Partial<TraineeRow> = {}): TraineeRow {
  return {
    id: fullName,
    fullName,
    employeeId: null,
    team: '',
    site: '',
    trainer: '',
    archived: false,
    plans: [],
    nextTargetDate: null,
    lastActivity: '2026-11-01',
    lastEditedAt: '2026-11-01T00:00:00.000Z',
    ...extra,
  };
}

const rows = [
  row('José Núñez', {
    employeeId: 'B-77',
    team: 'Line 1',
    plans: [plan('plant', 'overdue', 40, '2026-11-01')],
    nextTargetDate: '2026-11-01',
  }),
  row('Łukasz Żółć', {
    team: 'Line 2',
    site: 'Leeds',
    plans: [plan('office', 'met', 100)],
    lastActivity: '2026-11-20',
  }),
  row('Aoife Byrne', {
    team: 'Line 1',
    trainer: 'Dev',
    plans: [plan('plant', 'on_track', 10, '2027-05-01'), plan('office', 'due_soon', 60, '2026-12-01')],
    nextTargetDate: '2026-12-01',
  }),
  row('Дмитрий Иванов', { archived: true }),
  row('Tom Hughes'),
];
const names = (list: TraineeRow[]) => list.map((r) => r.fullName);
const filtered = (patch: Partial<typeof NO_FILTER>) =>
  names(rows.filter((r) => matchesFilter(r, { ...NO_FILTER, ...patch })));

describe('trainee list filters', () => {
  it('hides archived trainees unless asked', () => {
    expect(filtered({})).not.toContain('Дмитрий Иванов');
    expect(filtered({ includeArchived: true })).toContain('Дмитрий Иванов');
  });

  it('searches names and IDs ignoring case and accents', () => {
    expect(filtered({ search: 'jose nunez' })).toEqual(['José Núñez']);
    expect(filtered({ search: 'b-77' })).toEqual(['José Núñez']);
    expect(filtered({ search: 'ŻÓŁĆ' })).toEqual(['Łukasz Żółć']);
    expect(foldForSearch('Nguyễn')).toBe('nguyen');
  });

  it('filters by team, site, trainer, framework and status', () => {
    expect(filtered({ team: 'Line 1' })).toEqual(['José Núñez', 'Aoife Byrne']);
    expect(filtered({ site: 'Leeds' })).toEqual(['Łukasz Żółć']);
    expect(filtered({ trainer: 'Dev' })).toEqual(['Aoife Byrne']);
    expect(filtered({ frameworkId: 'office' })).toEqual(['Łukasz Żółć', 'Aoife Byrne']);
    expect(filtered({ status: 'due_soon' })).toEqual(['Aoife Byrne']);
    expect(filtered({ status: 'no_plan' })).toEqual(['Tom Hughes']);
    // Status and framework together mean "this framework's plan has this status".
    expect(filtered({ frameworkId: 'plant', status: 'due_soon' })).toEqual([]);
  });
});

describe('trainee list sorting', () => {
  it('sorts by name with the locale’s rules, both ways', () => {
    expect(names(sortRows(rows, 'name', 'asc'))).toEqual([
      'Aoife Byrne',
      'José Núñez',
      'Łukasz Żółć',
      'Tom Hughes',
      'Дмитрий Иванов',
    ]);
    expect(names(sortRows(rows, 'name', 'desc'))[0]).toBe('Дмитрий Иванов');
  });

  it('sorts by the most urgent status and the lowest progress', () => {
    expect(names(sortRows(rows, 'status', 'asc')).slice(0, 3)).toEqual(['José Núñez', 'Aoife Byrne', 'Łukasz Żółć']);
    expect(names(sortRows(rows, 'progress', 'asc'))).toEqual([
      'Tom Hughes',
      'Дмитрий Иванов',
      'Aoife Byrne',
      'José Núñez',
      'Łukasz Żółć',
    ]);
  });

  it('puts trainees without a target date last when sorting by next target date', () => {
    expect(names(sortRows(rows, 'nextTargetDate', 'asc')).slice(0, 2)).toEqual(['José Núñez', 'Aoife Byrne']);
  });

  it('puts "Behind" between "Overdue" and "Due soon", and filters by it', () => {
    const paced = [
      row('Due', { plans: [plan('p', 'due_soon', 50)] }),
      row('Late', { plans: [plan('p', 'overdue', 50)] }),
      row('Slow', { plans: [plan('p', 'behind', 50)] }),
    ];
    expect(names(sortRows(paced, 'status', 'asc'))).toEqual(['Late', 'Slow', 'Due']);
    expect(names(paced.filter((r) => matchesFilter(r, { ...NO_FILTER, status: 'behind' })))).toEqual(['Slow']);
  });
});
