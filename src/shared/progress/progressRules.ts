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

export type PlanStatus = 'met' | 'on_track' | 'due_soon' | 'overdue' | 'no_date';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  met: 'Target met',
  on_track: 'On track',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  no_date: 'No target date',
};

export const DUE_SOON_DAYS = 30;
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

/** Target met; else by the target date: none, passed (overdue), within 30 days (due soon), or later (on track). */
export function planStatus(met: boolean, targetDate: IsoDate | null, today: IsoDate): PlanStatus {
  if (met) return 'met';
  if (targetDate === null) return 'no_date';
  const daysLeft = daysBetween(today, targetDate);
  if (daysLeft < 0) return 'overdue';
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
  plan: { targetLevel: LevelKey; targetDate: IsoDate | null },
  today: IsoDate,
): PlanProgress {
  const levels = levelProgress(framework, (id) => achievedIds.has(id));
  const attained = attainedLevel(levels);
  return {
    levels,
    attained,
    toTarget: progressToTarget(levels, plan.targetLevel),
    status: planStatus(targetMet(attained, plan.targetLevel), plan.targetDate, today),
  };
}
