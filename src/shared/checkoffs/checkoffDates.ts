import { formatDate, type IsoDate } from '../dates';

/** What limits the date a statement can be recorded as achieved on. */
export interface CheckoffDateLimits {
  /** The plan's start date. */
  planStart: IsoDate;
  /** The trainee's start date, when one is recorded. */
  traineeStart: IsoDate | null;
  /** The trainee's name, for the message. */
  traineeName: string;
  today: IsoDate;
}

/** The earliest date a check-off may carry: the later of the plan's and the trainee's start. */
export function earliestCheckoffDate(limits: CheckoffDateLimits): IsoDate {
  return limits.traineeStart !== null && limits.traineeStart > limits.planStart
    ? limits.traineeStart
    : limits.planStart;
}

/**
 * Why `achievedOn` cannot be used for a check-off, naming the date that limits it, or null when it can.
 * The same rule runs in the forms (to say so before saving) and in main (which refuses).
 */
export function checkoffDateProblem(achievedOn: IsoDate, limits: CheckoffDateLimits): string | null {
  if (achievedOn > limits.today) {
    return `The date achieved cannot be in the future (today is ${formatDate(limits.today)}).`;
  }
  if (limits.traineeStart !== null && achievedOn < limits.traineeStart && limits.traineeStart >= limits.planStart) {
    return `The date achieved cannot be before ${limits.traineeName} started (${formatDate(limits.traineeStart)}).`;
  }
  if (achievedOn < limits.planStart) {
    return `The date achieved cannot be before this plan started (${formatDate(limits.planStart)}).`;
  }
  return null;
}

/**
 * The date the plan's start would have to move to for `achievedOn` to be accepted, or null when the plan's
 * start is not what refuses it: a future date, or one before the trainee started, is not fixed by moving the plan.
 */
export function planStartFix(achievedOn: IsoDate, limits: CheckoffDateLimits): IsoDate | null {
  if (achievedOn >= limits.planStart || achievedOn > limits.today) return null;
  if (limits.traineeStart !== null && achievedOn < limits.traineeStart) return null;
  return achievedOn;
}
