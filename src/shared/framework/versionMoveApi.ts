import { z } from 'zod';
import type { LevelKey } from './levels';
import type { StatementMatch } from './versionMove';

/** Every apprentice of a large plant on one framework. */
export const MAX_MOVE_PLANS = 2000;

/** Ids as the records store them: letters, digits and a few marks (never "__proto__" or a path). */
const recordId = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$/, `That is not a ${what} Trainplan knows.`);

const planRef = z.object({ traineeId: recordId('trainee'), planId: recordId('plan') }).strict();

const plansToMove = z
  .array(planRef, { error: 'Choose the plans to move.' })
  .min(1, 'Choose at least one plan to move.')
  .max(MAX_MOVE_PLANS, `At most ${MAX_MOVE_PLANS.toLocaleString('en')} plans can be moved at once.`)
  .superRefine((plans, ctx) => {
    const seen = new Set<string>();
    plans.forEach((plan, index) => {
      if (seen.has(plan.planId)) ctx.addIssue({ code: 'custom', path: [index], message: 'A plan is listed twice.' });
      seen.add(plan.planId);
    });
  });

const toFrameworkId = z
  .string({ error: 'Choose the version to move to.' })
  .min(1, 'Choose the version to move to.')
  .max(200, 'That is not a framework Trainplan knows.');

export const movePreviewInput = z.object({ toFrameworkId, plans: plansToMove }).strict();

/** A changed statement whose new wording the user accepts for the check-off made on the old one. */
const confirmedStatement = z
  .object({
    fromFrameworkId: z.string({ error: 'Say which version the statement is from.' }).min(1).max(200),
    statementId: z
      .string({ error: 'Each statement must be given by its id.' })
      .regex(/^[a-z]+\.\d{1,4}$/, 'A statement id looks like "emerging.3".'),
  })
  .strict();

export const moveInput = z
  .object({
    toFrameworkId,
    plans: plansToMove,
    confirmed: z.array(confirmedStatement, { error: 'Say which new wordings you accept.' }).max(10_000),
  })
  .strict();

export type MovePreviewInput = z.output<typeof movePreviewInput>;
export type MoveInput = z.output<typeof moveInput>;

export interface VersionRef {
  frameworkId: string;
  version: string;
}

/** One old version compared with the target, statement by statement. */
export interface VersionComparison {
  from: VersionRef;
  statements: StatementMatch[];
}

/** A check-off of a plan to move, and how its statement fares in the new version. */
export interface CheckoffFate {
  statementId: string;
  /** The wording it was checked off against. */
  statementText: string;
  level: LevelKey;
  fate: StatementMatch['fate'];
  newStatementId: string | null;
  achievedOn: string;
  assessor: string;
  note: string;
}

export interface PlanToMove {
  traineeId: string;
  traineeName: string;
  planId: string;
  from: VersionRef;
  checkoffs: CheckoffFate[];
}

export interface MovePreview {
  to: VersionRef & { title: string };
  /** One per old version among the plans, oldest first. */
  comparisons: VersionComparison[];
  plans: PlanToMove[];
}

export interface MovedPlan {
  traineeId: string;
  planId: string;
  carried: number;
  reworded: number;
  dropped: number;
}

export interface MoveResult {
  to: VersionRef;
  moved: MovedPlan[];
}

/** A plan on an older version of a framework, offered on that framework's page. */
export interface OlderPlan {
  traineeId: string;
  traineeName: string;
  team: string;
  planId: string;
  from: VersionRef;
  achieved: number;
}
