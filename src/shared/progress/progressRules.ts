import { daysBetween, type IsoDate } from '../dates';
import type { Framework } from '../framework/framework';
import { LEVEL_LABELS, levelRank, type LevelKey } from '../framework/levels';

export interface Fraction {
  achieved: number;
  total: number;
  /** Rounded down, so 100 means every statement is achieved. */
  percent: number;
}

export interface LevelProgress extends Fraction {
  level: LevelKey;
  label: string;
}

export type PlanStatus = 'met' | 'on_track' | 'behind' | 'due_soon' | 'overdue' | 'no_date';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  met: 'Target met',
  on_track: 'On track',
  due_soon: 'Due soon',
  behind: 'Behind',
  overdue: 'Overdue',
  no_date: 'No target date',
};

export const DUE_SOON_DAYS = 30;
/**
 * Pace is judged only once this share of the time from start to target date has gone: in a plan's first
 * weeks one missed check-off would put it far below the line.
 */
export const BEHIND_AFTER_SHARE_ELAPSED = 0.25;
/** Percentage points below the straight line from start (0 %) to target date (100 %) that make a plan "Behind". */
export const BEHIND_MARGIN_POINTS = 15;
export const NOT_YET_EMERGING = 'Not yet Emerging';

function fraction(achieved: number, total: number): Fraction {
  return { achieved, total, percent: total === 0 ? 0 : Math.floor((achieved * 100) / total) };
}

/** Achieved / total per level, lowest level first. */
export function levelProgress(
  framework: Pick<Framework, 'levels'>,
  isAchieved: (statementId: string) => boolean,
): LevelProgress[] {
  return framework.levels.map((level) => ({
    level: level.key,
    label: level.label,
    ...fraction(level.statements.filter((s) => isAchieved(s.id)).length, level.statements.length),
  }));
}

/** The highest level whose statements, and those of every level below it, are all achieved; null when none. */
export function attainedLevel(levels: readonly LevelProgress[]): LevelKey | null {
  let attained: LevelKey | null = null;
  for (const level of levels) {
    if (level.total === 0 || level.achieved < level.total) break;
    attained = level.level;
  }
  return attained;
}

export function attainedLabel(level: LevelKey | null): string {
  return level === null ? NOT_YET_EMERGING : LEVEL_LABELS[level];
}

/** Achieved statements at or below the target level ÷ all statements at or below it. */
export function progressToTarget(levels: readonly LevelProgress[], target: LevelKey): Fraction {
  const upTo = levels.filter((l) => levelRank(l.level) <= levelRank(target));
  return fraction(
    upTo.reduce((sum, l) => sum + l.achieved, 0),
    upTo.reduce((sum, l) => sum + l.total, 0),
  );
}

export function targetMet(attained: LevelKey | null, target: LevelKey): boolean {
  return attained !== null && levelRank(attained) >= levelRank(target);
}

/** Where a plan stands against its dates; progress is the plan's progress to target. */
export interface PlanPace {
  met: boolean;
  progress: Pick<Fraction, 'achieved' | 'total'>;
  startDate: IsoDate;
  targetDate: IsoDate | null;
}

/**
 * How far the plan lags the straight line from its start (0 %) to its target date (100 %), in percentage
 * points; null while it is too early to say (less than a quarter of the time gone) or the dates leave no
 * time between them. Exact, not the rounded-down percent the screens show.
 */
export function pointsBehindPace(plan: PlanPace, today: IsoDate): number | null {
  if (plan.targetDate === null) return null;
  const span = daysBetween(plan.startDate, plan.targetDate);
  const elapsed = daysBetween(plan.startDate, today);
  if (span <= 0 || elapsed < span * BEHIND_AFTER_SHARE_ELAPSED) return null;
  const expected = (Math.min(elapsed, span) * 100) / span;
  const actual = plan.progress.total === 0 ? 0 : (plan.progress.achieved * 100) / plan.progress.total;
  return expected - actual;
}

/**
 * Where the straight line from the plan's start (0 %) to its target date (100 %) stands today, rounded
 * down as the screens round progress; null without a target date or with no time between the dates.
 */
export function expectedPercentByNow(plan: Pick<PlanPace, 'startDate' | 'targetDate'>, today: IsoDate): number | null {
  if (plan.targetDate === null) return null;
  const span = daysBetween(plan.startDate, plan.targetDate);
  if (span <= 0) return null;
  const elapsed = Math.min(Math.max(daysBetween(plan.startDate, today), 0), span);
  return Math.floor((elapsed * 100) / span);
}

/** A matrix cell's first line: "45 % · expected 60 %", or the progress alone without a target date. */
export function progressAgainstPace(donePercent: number, expectedPercent: number | null): string {
  const done = `${String(donePercent)} %`;
  return expectedPercent === null ? done : `${done} · expected ${String(expectedPercent)} %`;
}

/** A plan's progress against the line to its target date, in words: "expected 35 % by now, 10 % done". */
export function paceWords(donePercent: number, expectedPercent: number | null): string {
  return expectedPercent === null
    ? `${String(donePercent)} % done`
    : `expected ${String(expectedPercent)} % by now, ${String(donePercent)} % done`;
}

/**
 * Target met; else no target date; else by the date and the pace, most pressing first: passed (overdue),
 * more than 15 points behind the line to the target date (behind), within 30 days (due soon), or on track.
 */
export function planStatus(plan: PlanPace, today: IsoDate): PlanStatus {
  if (plan.met) return 'met';
  if (plan.targetDate === null) return 'no_date';
  const daysLeft = daysBetween(today, plan.targetDate);
  if (daysLeft < 0) return 'overdue';
  if ((pointsBehindPace(plan, today) ?? 0) > BEHIND_MARGIN_POINTS) return 'behind';
  if (daysLeft <= DUE_SOON_DAYS) return 'due_soon';
  return 'on_track';
}

export interface PlanProgress {
  levels: LevelProgress[];
  attained: LevelKey | null;
  toTarget: Fraction;
  status: PlanStatus;
}

/** Everything the UI and the reports show about where a plan stands. */
export function planProgress(
  framework: Pick<Framework, 'levels'>,
  achievedIds: ReadonlySet<string> | { has(id: string): boolean },
  plan: { targetLevel: LevelKey; startDate: IsoDate; targetDate: IsoDate | null },
  today: IsoDate,
): PlanProgress {
  const levels = levelProgress(framework, (id) => achievedIds.has(id));
  const attained = attainedLevel(levels);
  const toTarget = progressToTarget(levels, plan.targetLevel);
  const met = targetMet(attained, plan.targetLevel);
  return {
    levels,
    attained,
    toTarget,
    status: planStatus({ met, progress: toTarget, startDate: plan.startDate, targetDate: plan.targetDate }, today),
  };
}
