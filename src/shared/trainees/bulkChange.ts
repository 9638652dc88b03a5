import { z } from 'zod';
import { id } from '../api/commonInputs';
import { planTargetShape } from '../plans/planFields';
import { traineeFieldsSchema } from './traineeFields';
import { traineeFilterSchema } from './traineeQuery';

/** As many trainees as one change may touch: a whole plant, not an unbounded request. */
export const MAX_BULK_TRAINEES = 20_000;

const teamField = traineeFieldsSchema.shape.team;
const trainerField = traineeFieldsSchema.shape.trainer;

/** What the trainees list can do to every selected trainee at once. */
export const bulkChangeSchema = z
  .discriminatedUnion(
    'kind',
    [
      z
        .object({
          kind: z.literal('assign-plan'),
          frameworkId: id('framework'),
          ...planTargetShape,
          /** Null: each plan starts when its trainee did (today for one with no start date), as a single plan does. */
          startDate: planTargetShape.startDate.nullable(),
          /** Also set as each trainee's trainer when given; empty leaves their trainer as it is. */
          trainer: trainerField,
        })
        .strict(),
      z.object({ kind: z.literal('set-trainer'), trainer: trainerField }).strict(),
      z.object({ kind: z.literal('set-team'), team: teamField }).strict(),
      z.object({ kind: z.literal('archive') }).strict(),
    ],
    { error: 'Choose what to do with the selected trainees.' },
  )
  .refine(
    (change) =>
      change.kind !== 'assign-plan' ||
      change.targetDate === null ||
      change.startDate === null ||
      change.targetDate >= change.startDate,
    {
      message: 'The target date cannot be before the start date.',
      path: ['targetDate'],
    },
  );

export const traineeIdsSchema = z
  .array(id('trainee'))
  .min(1, 'Select at least one trainee.')
  .max(MAX_BULK_TRAINEES, `At most ${MAX_BULK_TRAINEES.toLocaleString('en')} trainees can be changed at once.`);

export const bulkChangeInput = z.object({ traineeIds: traineeIdsSchema, change: bulkChangeSchema }).strict();

export type BulkChange = z.output<typeof bulkChangeSchema>;
export type BulkChangeInput = z.output<typeof bulkChangeInput>;

/** How one trainee was before a bulk change: what its Undo puts back. */
export const bulkBeforeSchema = z
  .object({
    traineeId: id('trainee'),
    team: teamField,
    trainer: trainerField,
    archived: z.boolean(),
    /** The plan the change added, removed again by Undo. */
    addedPlanId: id('plan').nullable(),
  })
  .strict();

export type BulkBefore = z.output<typeof bulkBeforeSchema>;

export const bulkUndoInput = z
  .object({
    trainees: z
      .array(bulkBeforeSchema)
      .min(1, 'There is nothing to undo.')
      .max(MAX_BULK_TRAINEES, `At most ${MAX_BULK_TRAINEES.toLocaleString('en')} trainees can be changed at once.`),
  })
  .strict();

export type BulkUndoInput = z.output<typeof bulkUndoInput>;

export interface BulkChangeResult {
  /** Trainees the change was made for. */
  changed: number;
  /** Trainees left as they were, each with the reason in words. */
  skipped: { fullName: string; reason: string }[];
  /** What Undo sends back. */
  before: BulkBefore[];
}

/** The filters of the list, for selecting every trainee it shows. */
export const matchingIdsInput = z.object({ filter: traineeFilterSchema }).strict();
