import { z } from 'zod';
import { lineText } from '../validation';
import { checkoffChangeSchema, checkoffFieldsSchema, type CheckoffChange } from '../checkoffs/checkoffFields';
import type { IsoDate } from '../dates';
import type { LevelKey } from '../framework/levels';

/** More than any session signs off at once; a guard against a runaway caller. */
export const MAX_GROUP_STATEMENTS = 50;
/** Every apprentice of a large plant on one framework. */
export const MAX_GROUP_PLANS = 2000;

const id = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .min(1, `Choose a ${what}.`)
    .max(200, `That is not a ${what} Trainplan knows (the name is too long).`);

/** Ids as the records store them: letters, digits and a few marks. */
const planId = z
  .string({ error: 'Each trainee must be given by their plan.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$/, 'A plan id must be letters, digits, "-", "_", ".", ":" or "@".');
const statementId = z
  .string({ error: 'Each statement must be given by its id.' })
  .regex(/^[a-z]+\.\d{1,2}$/, 'A statement id looks like "emerging.3".');

/** Duplicates would make the count on the confirmation lie; refuse them instead of quietly merging. */
function withoutDuplicates<T extends z.ZodArray<z.ZodString>>(list: T, what: string) {
  return list.superRefine((values, ctx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value))
        ctx.addIssue({ code: 'custom', path: [index], message: `${what} ${value} is listed twice.` });
      seen.add(value);
    });
  });
}

export const signoffCandidatesInput = z
  .object({ frameworkId: id('framework'), team: lineText('Team', 100).optional() })
  .strict();

export const groupSignoffInput = z
  .object({
    frameworkId: id('framework'),
    statementIds: withoutDuplicates(
      z
        .array(statementId)
        .min(1, 'Choose at least one statement.')
        .max(MAX_GROUP_STATEMENTS, `At most ${String(MAX_GROUP_STATEMENTS)} statements can be signed off at once.`),
      'Statement',
    ),
    planIds: withoutDuplicates(
      z
        .array(planId)
        .min(1, 'Choose at least one trainee.')
        .max(MAX_GROUP_PLANS, `At most ${MAX_GROUP_PLANS.toLocaleString('en')} trainees can be signed off at once.`),
      'Plan',
    ),
    checkoff: checkoffFieldsSchema,
  })
  .strict();

export const setManyCheckoffsInput = z
  .object({
    plans: z
      .array(
        z
          .object({
            planId,
            /** The version the changes are about (the sign-off's): refused if the plan has moved since. */
            frameworkId: z.string().max(200).optional(),
            changes: z
              .array(checkoffChangeSchema)
              .min(1, 'Choose at least one statement.')
              .max(MAX_GROUP_STATEMENTS, `At most ${String(MAX_GROUP_STATEMENTS)} statements per plan.`)
              .superRefine((changes, ctx) => {
                const seen = new Set<string>();
                changes.forEach((change, index) => {
                  if (seen.has(change.statementId)) {
                    const message = `Statement ${change.statementId} is listed twice.`;
                    ctx.addIssue({ code: 'custom', path: [index, 'statementId'], message });
                  }
                  seen.add(change.statementId);
                });
              }),
          })
          .strict(),
      )
      .min(1, 'Choose at least one plan.')
      .max(MAX_GROUP_PLANS, `At most ${MAX_GROUP_PLANS.toLocaleString('en')} plans can be changed at once.`)
      .superRefine((plans, ctx) => {
        const seen = new Set<string>();
        plans.forEach((plan, index) => {
          if (seen.has(plan.planId)) {
            ctx.addIssue({ code: 'custom', path: [index, 'planId'], message: `Plan ${plan.planId} is listed twice.` });
          }
          seen.add(plan.planId);
        });
      }),
  })
  .strict();

export type GroupSignoffInput = z.output<typeof groupSignoffInput>;
export type SetManyCheckoffsInput = z.output<typeof setManyCheckoffsInput>;

/** A trainee who could be signed off: an active (not archived) trainee with a plan on the framework. */
export interface SignoffCandidate {
  traineeId: string;
  fullName: string;
  employeeId: string | null;
  team: string;
  site: string;
  planId: string;
  planStart: IsoDate;
  /** The plan's target, kept as it is when its start is moved. */
  targetLevel: LevelKey;
  targetDate: IsoDate | null;
  traineeStart: IsoDate | null;
  /** The statements this plan already has signed off, with the date each was achieved. */
  achieved: Record<string, IsoDate>;
}

/** One plan a change touched, with each statement's state before it: what an undo sends back. */
export interface ChangedPlan {
  planId: string;
  /** The version the plan was on, so an Undo after it moved to another is refused rather than misapplied. */
  frameworkId: string;
  traineeName: string;
  previous: CheckoffChange[];
}

export interface GroupSignoffResult {
  changed: ChangedPlan[];
  /** Check-offs written (one per trainee and statement that was not yet achieved). */
  checkoffs: number;
  /** Trainee × statement pairs left alone because the statement was already achieved. */
  skipped: number;
}
