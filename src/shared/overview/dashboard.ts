import { z } from 'zod';
import type { IsoDate } from '../dates';
import { LEVEL_KEYS, type LevelKey } from '../framework/levels';
import type { Fraction, PlanStatus } from '../progress/progressRules';
import { traineeFilterSchema } from '../reports/reportOptions';

export const dashboardInput = z.object({ filter: traineeFilterSchema }).strict();
export type DashboardInput = z.infer<typeof dashboardInput>;

/** The look-ahead windows of "plans due", in days from today. */
export const DUE_WINDOWS = [30, 60, 90] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];
/** How many months the achievements chart covers, this month included. */
export const ACHIEVEMENT_MONTHS = 12;
/** The plans needing attention that the dashboard lists in full; the counts cover them all. */
export const ATTENTION_LIST_LIMIT = 100;

/** Plans per attained level; `none` is "Not yet Emerging". */
export type AttainedCounts = Record<LevelKey | 'none', number>;
export const ATTAINED_KEYS = ['none', ...LEVEL_KEYS] as const;

export interface AttentionPlan {
  traineeId: string;
  fullName: string;
  team: string;
  planId: string;
  frameworkId: string;
  frameworkTitle: string;
  status: Extract<PlanStatus, 'overdue' | 'behind'>;
  targetLevel: LevelKey;
  targetDate: IsoDate | null;
  toTarget: Fraction;
}

export interface DuePlan {
  traineeId: string;
  fullName: string;
  team: string;
  planId: string;
  frameworkTitle: string;
  targetLevel: LevelKey;
  targetDate: IsoDate;
  toTarget: Fraction;
  /** Days from today to the target date (0 = today). */
  inDays: number;
}

export interface Dashboard {
  today: IsoDate;
  /** Matching trainees, and how many of them have no plan. */
  trainees: number;
  withoutPlan: number;
  /** Matching plans (on the filter's framework only, when it names one). */
  plans: number;
  statusCounts: Record<PlanStatus, number>;
  /** Overdue plans first (longest overdue first), then behind (furthest behind first); at most ATTENTION_LIST_LIMIT. */
  attention: AttentionPlan[];
  attentionTotal: number;
  byFramework: { frameworkId: string; title: string; soc: string; plans: number; attained: AttainedCounts }[];
  byTeam: { team: string; plans: number; attained: AttainedCounts }[];
  /** Statements achieved per calendar month, oldest first, ending with this month. */
  perMonth: { month: string; achieved: number }[];
  /** Plans not yet met with a target date from today to today + N days, per window (cumulative). */
  due: { days: DueWindow; plans: number }[];
  /** The plans of the largest window, soonest first. */
  duePlans: DuePlan[];
}

/**
 * A figure of the dashboard, to list the trainees behind it. Every figure is one of these, so the
 * click-through and the figure are worked out by the same rules.
 */
export const dashboardFigureSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('status'),
      status: z.enum(['met', 'on_track', 'behind', 'due_soon', 'overdue', 'no_date']),
    })
    .strict(),
  z.object({ kind: z.literal('no_plan') }).strict(),
  z
    .object({
      kind: z.literal('framework'),
      frameworkId: z.string().min(1).max(200),
      attained: z.enum(ATTAINED_KEYS).nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('team'), team: z.string().max(200), attained: z.enum(ATTAINED_KEYS).nullable() }).strict(),
  z
    .object({
      kind: z.literal('month'),
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month as YYYY-MM.'),
    })
    .strict(),
  z.object({ kind: z.literal('due'), days: z.union([z.literal(30), z.literal(60), z.literal(90)]) }).strict(),
]);
export type DashboardFigure = z.infer<typeof dashboardFigureSchema>;

export const dashboardDrillInput = z.object({ filter: traineeFilterSchema, figure: dashboardFigureSchema }).strict();

export interface DrillTrainee {
  traineeId: string;
  fullName: string;
  team: string;
  /** What puts them in the figure, in words, without dates ("CNC Operators, target Proficient"). */
  reason: string;
  /** The date that goes with the reason (a target date, or none), for the window to write in its locale. */
  date: IsoDate | null;
}

export interface DashboardDrill {
  /** The figure in words: "Overdue plans", "Achievements in March 2026". */
  title: string;
  trainees: DrillTrainee[];
}
