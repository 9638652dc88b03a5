export const EVENT_KINDS = [
  'trainee.created',
  'trainee.edited',
  'trainee.archived',
  'trainee.restored',
  'plan.assigned',
  'plan.changed',
  'plan.removed',
  'plan.moved',
  'statement.checked',
  'statement.unchecked',
  'statement.edited',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * One change, as it happened. Events are only ever appended, never rewritten; a check-off event
 * keeps the statement's text as it was.
 */
export interface HistoryEvent {
  id: string;
  at: string;
  actor: string;
  kind: EventKind;
  traineeId: string;
  planId: string | null;
  /** The framework's title at the time, so the timeline reads well after a plan is removed. */
  frameworkTitle: string | null;
  statementId: string | null;
  statementText: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
