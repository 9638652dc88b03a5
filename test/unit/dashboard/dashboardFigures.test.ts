import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  listFilterOf,
  STATUS_CARD_ORDER,
  traineesListLink,
} from '../../../src/renderer/src/dashboard/dashboardFigures';
import type { DashboardFigure } from '../../../src/shared/overview/dashboard';
import { PLAN_STATUS_LABELS } from '../../../src/shared/progress/progressRules';
import { NO_FILTER, type TraineeFilter } from '../../../src/shared/trainees/traineeFilter';
import { listStateOf } from '../../../src/shared/trainees/traineeListParams';

const LINE_2: TraineeFilter = { ...NO_FILTER, team: 'Line 2' };

function listFilterAt(link: string): TraineeFilter {
  const [path, search = ''] = link.split('?');
  expect(path).toBe('/trainees');
  return listStateOf(new URLSearchParams(search)).filter;
}

describe('a dashboard figure in the trainees list', () => {
  it('has a card for every plan status', () => {
    expect([...STATUS_CARD_ORDER].sort()).toEqual(Object.keys(PLAN_STATUS_LABELS).sort());
  });

  it('opens a status, keeping the dashboard’s filters', () => {
    const link = traineesListLink({ kind: 'status', status: 'overdue' }, LINE_2);
    expect(link).not.toBeNull();
    expect(listFilterAt(link ?? '')).toEqual({ ...LINE_2, status: 'overdue' });
  });

  it('opens the trainees without a plan as the "No plan yet" status', () => {
    expect(listFilterOf({ kind: 'no_plan' }, NO_FILTER)).toEqual({ ...NO_FILTER, status: 'no_plan' });
  });

  it('opens a whole framework or a whole team bar', () => {
    const framework = traineesListLink({ kind: 'framework', frameworkId: 'plant@1', attained: null }, NO_FILTER);
    expect(listFilterAt(framework ?? '')).toEqual({ ...NO_FILTER, frameworkId: 'plant@1' });
    const team = traineesListLink({ kind: 'team', team: 'Line 1', attained: null }, LINE_2);
    expect(listFilterAt(team ?? '')).toEqual({ ...NO_FILTER, team: 'Line 1' });
  });

  it('is not offered where the list cannot say the same thing', () => {
    const unsayable: DashboardFigure[] = [
      { kind: 'framework', frameworkId: 'plant@1', attained: 'emerging' },
      { kind: 'team', team: 'Line 1', attained: 'none' },
      // The list reads an empty team as "any team", not "no team".
      { kind: 'team', team: '', attained: null },
      { kind: 'month', month: '2026-03' },
      { kind: 'due', days: 30 },
    ];
    for (const figure of unsayable) expect(traineesListLink(figure, NO_FILTER)).toBeNull();
  });
});

describe('whether the dashboard is filtered', () => {
  it('is not with every filter at "any", and is with any one set', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, search: 'ana' })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, includeArchived: true })).toBe(true);
    expect(isFiltered(LINE_2)).toBe(true);
  });
});
