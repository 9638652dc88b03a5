import { formatDate, type IsoDate } from '../dates';

/** What limits the start date of a plan: the trainee's start, and the plan's own first check-off. */
export interface PlanStartLimits {
  traineeName: string;
  /** The trainee's start date, when one is recorded. */
  traineeStart: IsoDate | null;
  /** The earliest date a statement of this plan was achieved on; null for a new plan or one with no check-off. */
  firstCheckoffOn: IsoDate | null;
}

/** The earliest `achievedOn` among check-offs, or null when there is none. */
export function firstCheckoffOn(checkoffs: Iterable<{ achievedOn: IsoDate }>): IsoDate | null {
  let first: IsoDate | null = null;
  for (const { achievedOn } of checkoffs) if (first === null || achievedOn < first) first = achievedOn;
  return first;
}

/**
 * Why a trainee's start date cannot be `startDate`, naming the date that limits it, or null when it can.
 * A start after a check-off would say they achieved something before they started. The forms and main share it.
 */
export function traineeStartProblem(
  startDate: IsoDate | null,
  traineeName: string,
  firstCheckoff: IsoDate | null,
): string | null {
  if (startDate === null || firstCheckoff === null || startDate <= firstCheckoff) return null;
  return `The start date cannot be after ${traineeName}’s first check-off on ${formatDate(firstCheckoff)}.`;
}

/** Why a plan cannot start on `startDate`, naming the date that limits it, or null when it can. */
export function planStartProblem(startDate: IsoDate, limits: PlanStartLimits): string | null {
  if (limits.traineeStart !== null && startDate < limits.traineeStart) {
    return `The plan cannot start before ${limits.traineeName} started on ${formatDate(limits.traineeStart)}.`;
  }
  if (limits.firstCheckoffOn !== null && startDate > limits.firstCheckoffOn) {
    return `The start date cannot be after this plan’s first check-off on ${formatDate(limits.firstCheckoffOn)}.`;
  }
  return null;
}

/** A new plan starts when the trainee did: a plan dated today would put months of their work before it. */
export function defaultPlanStart(traineeStart: IsoDate | null, today: IsoDate): IsoDate {
  return traineeStart ?? today;
}
