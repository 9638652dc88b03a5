import { describe, expect, it } from 'vitest';
import {
  BEHIND_AFTER_SHARE_ELAPSED,
  BEHIND_MARGIN_POINTS,
  PLAN_STATUS_LABELS,
  planStatus,
  pointsBehindPace,
  type PlanPace,
} from '../../../src/shared/progress/progressRules';

// 100 days from start to target date: day N is N % of the way, so the line to the target is easy to read.
const START = '2026-01-01';
const TARGET = '2026-04-11';
const dayOf = (n: number): string => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

function plan(achieved: number, total: number, extra: Partial<PlanPace> = {}): PlanPace {
  return { met: false, progress: { achieved, total }, startDate: START, targetDate: TARGET, ...extra };
}

describe('a plan behind its pace', () => {
  it('names the rule’s numbers and the status', () => {
    expect(BEHIND_AFTER_SHARE_ELAPSED).toBe(0.25);
    expect(BEHIND_MARGIN_POINTS).toBe(15);
    expect(PLAN_STATUS_LABELS.behind).toBe('Behind');
    expect(dayOf(100)).toBe(TARGET);
  });

  it('is not judged before a quarter of the time has gone, and is from exactly a quarter', () => {
    // Nothing done: 24 and 25 points below the line.
    expect(planStatus(plan(0, 20), dayOf(24))).toBe('on_track');
    expect(pointsBehindPace(plan(0, 20), dayOf(24))).toBeNull();
    expect(planStatus(plan(0, 20), dayOf(25))).toBe('behind');
    expect(pointsBehindPace(plan(0, 20), dayOf(25))).toBe(25);
  });

  it('is on track at exactly 15 points below the line and behind just past it', () => {
    // Half the time gone: the line is at 50 %.
    expect(planStatus(plan(7, 20), dayOf(50))).toBe('on_track'); // 35 %: 15 points
    expect(planStatus(plan(69, 200), dayOf(50))).toBe('behind'); // 34.5 %: 15.5 points
  });

  it('counts exact progress, not the rounded-down percent shown', () => {
    // 1 of 3 is 33.3 % (shown as 33 %); at day 49 the line is at 49 %: 15.67 points behind.
    expect(planStatus(plan(1, 3), dayOf(49))).toBe('behind');
    // At day 48 the line is at 48 %: 14.67 points, not behind.
    expect(planStatus(plan(1, 3), dayOf(48))).toBe('on_track');
  });

  it('is "Behind" rather than "Due soon" when both hold, and "Due soon" when only the date is close', () => {
    // Day 78: 22 days left. 50 % done is 28 points behind; 70 % is 8.
    expect(planStatus(plan(10, 20), dayOf(78))).toBe('behind');
    expect(planStatus(plan(14, 20), dayOf(78))).toBe('due_soon');
    // On the target date itself the line is at 100 %.
    expect(planStatus(plan(18, 20), TARGET)).toBe('due_soon');
    expect(planStatus(plan(16, 20), TARGET)).toBe('behind');
  });

  it('gives way to "Target met", "Overdue" and "No target date"', () => {
    expect(planStatus(plan(0, 20, { met: true }), dayOf(90))).toBe('met');
    expect(planStatus(plan(0, 20), dayOf(101))).toBe('overdue');
    expect(planStatus(plan(0, 20, { targetDate: null }), dayOf(90))).toBe('no_date');
  });

  it('is never judged before the plan starts or when it starts on its target date', () => {
    expect(planStatus(plan(0, 20, { startDate: dayOf(10) }), dayOf(5))).toBe('on_track');
    expect(planStatus(plan(0, 20, { startDate: TARGET }), TARGET)).toBe('due_soon');
  });
});
