import type { IsoDate } from '../dates';
import type { Framework } from '../framework/framework';
import type { LevelKey } from '../framework/levels';
import type { PlanStartLimits } from '../plans/planDates';
import type { RemovedCheckoff } from '../checkoffs/checkoffFields';
import type { Checkoff, Plan } from '../plans/planFields';
import type { Fraction, LevelProgress, PlanStatus } from '../progress/progressRules';
import type { Trainee } from './traineeFields';

/** A plan as the trainees list shows it. */
export interface PlanSummary {
  planId: string;
  frameworkId: string;
  frameworkTitle: string;
  soc: string;
  targetLevel: LevelKey;
  targetDate: IsoDate | null;
  attained: LevelKey | null;
  toTarget: Fraction;
  /** Progress the line from start to target date expects by today; null without a target date. */
  expectedPercent: number | null;
  status: PlanStatus;
}

export interface TraineeRow {
  id: string;
  fullName: string;
  employeeId: string | null;
  team: string;
  site: string;
  trainer: string;
  archived: boolean;
  plans: PlanSummary[];
  /** The earliest target date of a plan whose target is not met yet. */
  nextTargetDate: IsoDate | null;
  /**
   * The trainee's last activity as the list shows it: the latest date any of their statements was
   * achieved on, or null when none is. A correction or an edit of their details is not activity.
   */
  lastActivity: IsoDate | null;
  /** When anything about the trainee last changed (an ISO timestamp), for those who look closer. */
  lastEditedAt: string;
}

export interface PlanView extends PlanSummary {
  startDate: IsoDate;
  createdAt: string;
  levels: LevelProgress[];
  checkoffs: Record<string, Checkoff>;
  /** Per statement, the last check-off that was removed from it (re-ticking offers to restore it). */
  removedCheckoffs?: Record<string, RemovedCheckoff>;
  framework: Framework;
  /** What the start date may move within (the change-target form shows it; main enforces it). */
  startLimits: PlanStartLimits;
}

export interface TraineeDetail {
  trainee: Trainee;
  plans: PlanView[];
  /** The earliest check-off of any of their plans: their start date cannot move after it. */
  firstCheckoffOn: IsoDate | null;
}

export type { Plan };
