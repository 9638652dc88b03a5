import { describe, expect, it } from 'vitest';
import { checkoffDateProblem, earliestCheckoffDate } from '../../../src/shared/checkoffs/checkoffDates';

const limits = { planStart: '2026-03-10', traineeStart: '2026-02-01', traineeName: 'Ana Silva', today: '2026-11-30' };

describe('the dates a check-off may carry', () => {
  it('accepts the plan start, today and any day between', () => {
    expect(checkoffDateProblem('2026-03-10', limits)).toBeNull();
    expect(checkoffDateProblem('2026-07-01', limits)).toBeNull();
    expect(checkoffDateProblem('2026-11-30', limits)).toBeNull();
  });

  it('refuses a future date and says what today is', () => {
    expect(checkoffDateProblem('2026-12-01', limits)).toMatch(/cannot be in the future/);
  });

  it('refuses a date before the plan started, naming the plan start', () => {
    expect(checkoffDateProblem('2026-03-09', limits)).toMatch(/before this plan started/);
    expect(earliestCheckoffDate(limits)).toBe('2026-03-10');
  });

  it('names the trainee when their start date is the later limit', () => {
    const later = { ...limits, traineeStart: '2026-04-01' };
    expect(checkoffDateProblem('2026-03-20', later)).toMatch(/before Ana Silva started/);
    expect(earliestCheckoffDate(later)).toBe('2026-04-01');
    expect(checkoffDateProblem('2026-04-01', later)).toBeNull();
  });

  it('has only the plan start as a limit when the trainee has no start date', () => {
    const noStart = { ...limits, traineeStart: null };
    expect(checkoffDateProblem('2026-03-09', noStart)).toMatch(/before this plan started/);
    expect(earliestCheckoffDate(noStart)).toBe('2026-03-10');
  });
});
