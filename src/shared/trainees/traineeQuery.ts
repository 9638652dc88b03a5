import { z } from 'zod';
import { type SortDirection, type SortKey, type StatusFilter } from './traineeFilter';
import type { TraineeRow } from './traineeViews';

export const STATUS_FILTERS = [
  'met',
  'on_track',
  'behind',
  'due_soon',
  'overdue',
  'no_date',
  'no_plan',
] as const satisfies readonly StatusFilter[];
export const SORT_KEYS = [
  'name',
  'team',
  'trainer',
  'progress',
  'status',
  'nextTargetDate',
  'lastActivity',
] as const satisfies readonly SortKey[];

const optionalValue = z.string().max(200).nullable();

export const traineeFilterSchema = z
  .object({
    search: z.string().max(200),
    team: optionalValue,
    site: optionalValue,
    trainer: optionalValue,
    frameworkId: optionalValue,
    status: z.enum(STATUS_FILTERS).nullable(),
    includeArchived: z.boolean(),
  })
  .strict();

/** One screenful of the trainees list: the filters and sort of the list, and which rows. */
export const traineeQuerySchema = z
  .object({
    filter: traineeFilterSchema,
    sort: z.object({ key: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc'] satisfies SortDirection[]) }).strict(),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(0).max(500),
  })
  .strict();

export type TraineeQuery = z.infer<typeof traineeQuerySchema>;

export interface TraineePage {
  /** Rows matching the filters. */
  total: number;
  /** Trainees in Trainplan, archived included. */
  all: number;
  offset: number;
  rows: TraineeRow[];
  /** The values the team, site and trainer filters offer. */
  choices: { teams: string[]; sites: string[]; trainers: string[] };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function distinct(values: Iterable<string>): string[] {
  return [...new Set([...values].filter((v) => v.trim() !== ''))].sort(collator.compare);
}

/** The values the team, site and trainer filters offer. */
export function choicesOf(rows: readonly TraineeRow[]): TraineePage['choices'] {
  return {
    teams: distinct(rows.map((r) => r.team)),
    sites: distinct(rows.map((r) => r.site)),
    trainers: distinct(rows.map((r) => r.trainer)),
  };
}

/** The requested screenful of rows already filtered and sorted. */
export function pageOf(
  matching: readonly TraineeRow[],
  all: number,
  choices: TraineePage['choices'],
  query: Pick<TraineeQuery, 'offset' | 'limit'>,
): TraineePage {
  return {
    total: matching.length,
    all,
    offset: query.offset,
    rows: matching.slice(query.offset, query.offset + query.limit),
    choices,
  };
}
