import { z } from 'zod';
import type { IsoDate } from '../dates';
import type { LevelKey } from '../framework/levels';
import type { Fraction, PlanStatus } from '../progress/progressRules';
import { traineeFilterSchema } from '../reports/reportOptions';

export const MATRIX_SORT_KEYS = ['name', 'team', 'progress', 'status', 'column'] as const;
export type MatrixSortKey = (typeof MATRIX_SORT_KEYS)[number];

/**
 * How the matrix's rows are ordered. `column` sorts by one column: in the framework view a statement id
 * (achieved first when descending) or a level key (by statements achieved in it); in the overview a
 * framework id (by attained level, then progress).
 */
export const matrixSortSchema = z
  .object({
    key: z.enum(MATRIX_SORT_KEYS),
    column: z.string().max(200).nullable(),
    direction: z.enum(['asc', 'desc']),
  })
  .strict();
export type MatrixSort = z.infer<typeof matrixSortSchema>;
export const DEFAULT_MATRIX_SORT: MatrixSort = { key: 'name', column: null, direction: 'asc' };

/** The framework view: the trainees with a plan on one framework × its statements. */
export const frameworkMatrixInput = z
  .object({
    frameworkId: z.string({ error: 'Choose a framework.' }).min(1, 'Choose a framework.').max(200),
    filter: traineeFilterSchema,
    sort: matrixSortSchema,
  })
  .strict();
export type FrameworkMatrixInput = z.infer<typeof frameworkMatrixInput>;

/** The overview: trainees × the frameworks they have plans on. */
export const overviewMatrixInput = z.object({ filter: traineeFilterSchema, sort: matrixSortSchema }).strict();
export type OverviewMatrixInput = z.infer<typeof overviewMatrixInput>;

/** One check-off behind a matrix cell, asked for when the pointer rests on it. */
export const matrixCellInput = z
  .object({
    traineeId: z.string().min(1).max(200),
    planId: z.string().min(1).max(200),
    statementId: z.string().min(1).max(200),
  })
  .strict();

export interface MatrixStatement {
  id: string;
  level: LevelKey;
  /** 1-based within its level, as the checklist numbers it. */
  position: number;
  topic: string | null;
  text: string;
}

export interface MatrixLevel {
  key: LevelKey;
  label: string;
  /** The level's statements, in column order. */
  statementIds: string[];
}

/** Who a matrix row is. */
export interface MatrixPerson {
  traineeId: string;
  fullName: string;
  employeeId: string | null;
  team: string;
  site: string;
  trainer: string;
  archived: boolean;
}

export interface FrameworkMatrixRow extends MatrixPerson {
  planId: string;
  targetLevel: LevelKey;
  targetDate: IsoDate | null;
  attained: LevelKey | null;
  toTarget: Fraction;
  status: PlanStatus;
  /**
   * One character per statement, in the matrix's column order: '1' achieved, '0' not. A string keeps
   * 10,000 rows × 40 statements small on the way to the window.
   */
  achieved: string;
  /** Statements achieved per level, in level order. */
  levels: { key: LevelKey; achieved: number; total: number }[];
}

export interface FrameworkCoverage {
  /** How many of the rows hold each statement, in column order. */
  statements: number[];
  /** How many of the rows hold every statement of each level, in level order. */
  levels: { key: LevelKey; holders: number }[];
}

export interface FrameworkMatrix {
  framework: { id: string; title: string; soc: string; version: string };
  levels: MatrixLevel[];
  statements: MatrixStatement[];
  /** Every matching row, sorted; the window draws only those in view. */
  rows: FrameworkMatrixRow[];
  coverage: FrameworkCoverage;
  /** Trainees in Trainplan, archived included (to say "12 of 300"). */
  all: number;
}

export interface OverviewCell {
  planId: string;
  targetLevel: LevelKey;
  attained: LevelKey | null;
  toTarget: Fraction;
  /** Progress expected by today on the line to the target date; null without one or once met. */
  expectedPercent: number | null;
  status: PlanStatus;
}

export interface OverviewRow extends MatrixPerson {
  /** One cell per framework column, null where the trainee has no plan on it. */
  cells: (OverviewCell | null)[];
}

export interface OverviewCoverage {
  frameworkId: string;
  plans: number;
  /** Plans whose target is met. */
  met: number;
  /** Plans that have attained at least each level, in level order. */
  atLeast: { key: LevelKey; plans: number }[];
}

export interface OverviewMatrix {
  frameworks: { id: string; title: string; soc: string }[];
  rows: OverviewRow[];
  coverage: OverviewCoverage[];
  all: number;
}

/** The check-off behind a cell, or null when the statement is not achieved. */
export interface MatrixCellDetail {
  achievedOn: IsoDate;
  assessor: string;
  note: string;
}
