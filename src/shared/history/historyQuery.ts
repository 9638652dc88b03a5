import { z } from 'zod';
import type { EventKind, HistoryEvent } from './historyEvent';

/** The groups a trainer filters the history by; each names the event kinds it holds. */
export const HISTORY_GROUPS = {
  checkoffs: ['statement.checked', 'statement.unchecked', 'statement.edited'],
  plans: ['plan.assigned', 'plan.changed', 'plan.removed', 'plan.moved'],
  details: ['trainee.created', 'trainee.edited', 'trainee.archived', 'trainee.restored'],
} as const satisfies Record<string, readonly EventKind[]>;

export type HistoryGroup = keyof typeof HISTORY_GROUPS;
export const HISTORY_GROUP_KEYS = Object.keys(HISTORY_GROUPS) as [HistoryGroup, ...HistoryGroup[]];

export const HISTORY_GROUP_LABELS: Record<HistoryGroup, string> = {
  checkoffs: 'Check-offs',
  plans: 'Plan changes',
  details: 'Trainee details',
};

/** The most events one call answers with: a screenful or two, never the whole file. */
export const MAX_HISTORY_PAGE = 200;

/** One page of a trainee's history, newest first, optionally narrowed to some kinds of event and one plan. */
export const historyQuerySchema = z
  .object({
    traineeId: z.string({ error: 'Choose a trainee.' }).min(1, 'Choose a trainee.').max(200),
    planId: z.string({ error: 'Choose a plan.' }).min(1, 'Choose a plan.').max(200).nullable().optional(),
    kinds: z
      .array(
        z.enum(HISTORY_GROUP_KEYS, {
          error: 'Choose what to show: check-offs, plan changes or trainee details.',
        }),
        { error: 'Choose what to show as a list: check-offs, plan changes or trainee details.' },
      )
      .max(HISTORY_GROUP_KEYS.length, 'Choose each kind of event at most once.')
      .optional(),
    /** Where the previous page ended (its `nextCursor`); absent for the newest events. */
    cursor: z.string({ error: 'The page to show is not valid.' }).min(1).max(200).nullable().optional(),
    limit: z
      .number({ error: 'Say how many events to show.' })
      .int('Say how many events to show, as a whole number.')
      .min(1, 'Show at least one event.')
      .max(MAX_HISTORY_PAGE, `At most ${String(MAX_HISTORY_PAGE)} events can be shown at once.`),
  })
  .strict();

export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** A plan the history mentions, removed ones included, so the plan filter can offer it. */
export interface HistoryPlanChoice {
  planId: string;
  frameworkTitle: string;
  removed: boolean;
}

export interface HistoryPage {
  events: HistoryEvent[];
  /** Pass as `cursor` for the next, older page; null when this page reaches the oldest event. */
  nextCursor: string | null;
  /** Events matching the filters, in all pages. */
  total: number;
  plans: HistoryPlanChoice[];
}
