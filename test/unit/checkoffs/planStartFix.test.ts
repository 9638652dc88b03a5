import { describe, expect, it } from 'vitest';
import { planStartFix } from '../../../src/shared/checkoffs/checkoffDates';
import { defaultPlanStart } from '../../../src/shared/plans/planDates';
import { groupPlanStartFix } from '../../../src/shared/signoff/groupDates';

const TODAY = '2026-12-07';
const limits = { planStart: '2026-12-07', traineeStart: '2026-09-01', traineeName: 'Paweł Nowak', today: TODAY };

describe('a new plan’s start date', () => {
  it('is the trainee’s start date, whether it is past or still to come', () => {
    expect(defaultPlanStart('2026-09-01', TODAY)).toBe('2026-09-01');
    expect(defaultPlanStart('2027-01-04', TODAY)).toBe('2027-01-04');
  });

  it('is today only when the trainee has no start date', () => {
    expect(defaultPlanStart(null, TODAY)).toBe(TODAY);
  });
});

describe('moving a plan’s start to let a check-off date through', () => {
  it('offers the refused date when only the plan’s start refuses it', () => {
    expect(planStartFix('2026-12-03', limits)).toBe('2026-12-03');
    expect(planStartFix('2026-12-03', { ...limits, traineeStart: null })).toBe('2026-12-03');
  });

  it('offers nothing for a date the plan already allows', () => {
    expect(planStartFix('2026-12-07', limits)).toBeNull();
  });

  it('offers nothing when the trainee had not started or the date is in the future', () => {
    expect(planStartFix('2026-08-31', limits)).toBeNull();
    expect(planStartFix('2026-12-08', { ...limits, planStart: '2026-12-09' })).toBeNull();
  });
});

describe('moving plan starts for a group sign-off', () => {
  const member = (fullName: string, planStart: string, traineeStart: string | null = '2026-09-01') => ({
    fullName,
    planStart,
    traineeStart,
  });

  it('names the trainees whose plan starts later than the session', () => {
    const early = member('Ana Silva', '2026-09-01');
    const late = member('Ben Okafor', '2026-12-07');
    expect(groupPlanStartFix('2026-12-04', [early, late], TODAY)).toEqual([late]);
  });

  it('offers nothing when the date suits everyone already', () => {
    expect(groupPlanStartFix('2026-12-04', [member('Ana Silva', '2026-09-01')], TODAY)).toBeNull();
  });

  it('offers nothing when someone had not even started yet: moving plans would not be enough', () => {
    const late = member('Ben Okafor', '2026-12-07');
    const newcomer = member('Cem Yılmaz', '2026-12-07', '2026-12-06');
    expect(groupPlanStartFix('2026-12-04', [late, newcomer], TODAY)).toBeNull();
  });
});
