import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import { sameValue } from '../../shared/history/sameValue';
import { formatDate, todayIso } from '../../shared/dates';
import { defaultPlanStart, planStartProblem } from '../../shared/plans/planDates';
import type {
  BulkBefore,
  BulkChange,
  BulkChangeInput,
  BulkChangeResult,
  BulkUndoInput,
} from '../../shared/trainees/bulkChange';
import { appendEvent } from '../history/appendEvent';
import { addPlan, checkTargetLevel, frameworkTitle } from '../plans/planService';
import type { ServiceContext } from '../serviceContext';
import type { TraineeDoc } from '../store/records/recordsSchema';
import type { Transaction } from '../store/store';

type Context = Pick<ServiceContext, 'now' | 'newId'>;
type AssignPlan = Extract<BulkChange, { kind: 'assign-plan' }>;

function gone(count: number): ApiError {
  const who =
    count === 1
      ? '1 of the selected trainees no longer exists'
      : `${String(count)} of the selected trainees no longer exist`;
  return new ApiError('not_found', `${who}. Nothing was changed: reload the list and select again.`);
}

/** The selected trainees as working copies; the whole change is refused when any has gone. */
async function selectedDocs(tx: Transaction, ids: readonly string[]): Promise<TraineeDoc[]> {
  const docs: TraineeDoc[] = [];
  let missing = 0;
  for (const id of new Set(ids)) {
    const doc = await tx.trainee(id);
    if (doc) docs.push(doc);
    else missing += 1;
  }
  if (missing > 0) throw gone(missing);
  return docs;
}

/** Why a selected trainee is left as they are, in words, or null when the change applies. */
function skipReason(doc: TraineeDoc, change: BulkChange, framework: Framework | null): string | null {
  const { trainee } = doc;
  switch (change.kind) {
    case 'assign-plan':
      if (trainee.archived) return 'archived';
      if (doc.plans.some((plan) => plan.frameworkId === framework?.id)) return 'already has this plan';
      return null;
    case 'set-trainer':
      return sameValue(trainee.trainer, change.trainer) ? 'already has this trainer' : null;
    case 'set-team':
      return sameValue(trainee.team, change.team) ? 'already in this team' : null;
    case 'archive':
      return trainee.archived ? 'already archived' : null;
  }
}

function setField(tx: Transaction, ctx: Context, doc: TraineeDoc, field: 'team' | 'trainer', value: string): void {
  const { trainee } = doc;
  if (sameValue(trainee[field], value)) return;
  appendEvent(tx, ctx, {
    kind: 'trainee.edited',
    traineeId: trainee.id,
    before: { [field]: trainee[field] },
    after: { [field]: value },
  });
  trainee[field] = value;
  trainee.updatedAt = ctx.now().toISOString();
}

function setArchived(tx: Transaction, ctx: Context, doc: TraineeDoc, archived: boolean): void {
  const { trainee } = doc;
  if (trainee.archived === archived) return;
  trainee.archived = archived;
  trainee.updatedAt = ctx.now().toISOString();
  appendEvent(tx, ctx, {
    kind: archived ? 'trainee.archived' : 'trainee.restored',
    traineeId: trainee.id,
    before: { archived: !archived },
    after: { archived },
  });
}

/** When each plan starts: the date chosen for all, or the trainee's own start (today when they have none). */
function planStartOf(doc: TraineeDoc, startDate: string | null, today: string): string {
  return startDate ?? defaultPlanStart(doc.trainee.startDate, today);
}

/**
 * A start before a selected trainee's own start, or a target date before a plan's start, refuses the
 * whole change, naming the trainee.
 */
function checkStarts(docs: readonly TraineeDoc[], change: AssignPlan, today: string): void {
  for (const doc of docs) {
    const { trainee } = doc;
    const startDate = planStartOf(doc, change.startDate, today);
    if (change.targetDate !== null && change.targetDate < startDate) {
      const message = `The target date cannot be before ${trainee.fullName}’s plan starts on ${formatDate(startDate)}.`;
      throw new ApiError('invalid_input', message, [{ path: 'change.targetDate', message }]);
    }
    const message = planStartProblem(startDate, {
      traineeName: trainee.fullName,
      traineeStart: trainee.startDate,
      firstCheckoffOn: null,
    });
    if (message) throw new ApiError('invalid_input', message, [{ path: 'change.startDate', message }]);
  }
}

/**
 * Changes made to many trainees from the trainees list: each is one transaction (all or nothing, one
 * entry in the records) and answers with what its Undo needs, which is one transaction too.
 */
export function createBulkChangeService(ctx: ServiceContext) {
  const { store, frameworks } = ctx;
  return {
    async apply({ traineeIds, change }: BulkChangeInput): Promise<BulkChangeResult> {
      const framework = change.kind === 'assign-plan' ? frameworks.get(change.frameworkId) : null;
      if (change.kind === 'assign-plan' && framework) checkTargetLevel(framework, change.targetLevel);
      return store.update(async (tx) => {
        const docs = await selectedDocs(tx, traineeIds);
        const skipped: BulkChangeResult['skipped'] = [];
        const todo: TraineeDoc[] = [];
        for (const doc of docs) {
          const reason = skipReason(doc, change, framework);
          if (reason === null) todo.push(doc);
          else skipped.push({ fullName: doc.trainee.fullName, reason });
        }
        const today = todayIso(ctx.now());
        if (change.kind === 'assign-plan') checkStarts(todo, change, today);
        const before: BulkBefore[] = [];
        for (const doc of todo) {
          const { trainee } = doc;
          const was: BulkBefore = {
            traineeId: trainee.id,
            team: trainee.team,
            trainer: trainee.trainer,
            archived: trainee.archived,
            addedPlanId: null,
          };
          if (change.kind === 'assign-plan' && framework) {
            const startDate = planStartOf(doc, change.startDate, today);
            was.addedPlanId = addPlan(tx, ctx, doc, framework, { ...change, startDate }).id;
            if (change.trainer.trim() !== '') setField(tx, ctx, doc, 'trainer', change.trainer);
          } else if (change.kind === 'set-trainer') setField(tx, ctx, doc, 'trainer', change.trainer);
          else if (change.kind === 'set-team') setField(tx, ctx, doc, 'team', change.team);
          else setArchived(tx, ctx, doc, true);
          before.push(was);
        }
        return { changed: before.length, skipped, before };
      });
    },

    /**
     * Puts back what a bulk change replaced, in one transaction. A plan it added that has been ticked
     * since is not removed: the whole Undo is refused, so no check-off is lost behind the trainer's back.
     */
    async undo({ trainees }: BulkUndoInput): Promise<{ restored: number }> {
      return store.update(async (tx) => {
        const docs = await selectedDocs(
          tx,
          trainees.map((t) => t.traineeId),
        );
        const byId = new Map(docs.map((doc) => [doc.trainee.id, doc]));
        const ticked = trainees.filter((was) => {
          const plan = byId.get(was.traineeId)?.plans.find((p) => p.id === was.addedPlanId);
          return plan !== undefined && Object.keys(plan.checkoffs).length > 0;
        });
        if (ticked.length > 0) {
          const names = ticked.map((was) => byId.get(was.traineeId)?.trainee.fullName ?? '').join(', ');
          throw new ApiError(
            'conflict',
            `Not undone: statements have been ticked since on the new plan of ${names}. Remove those plans on the trainees’ pages if they are wrong.`,
          );
        }
        for (const was of trainees) {
          const doc = byId.get(was.traineeId);
          if (!doc) continue;
          const plan = doc.plans.find((p) => p.id === was.addedPlanId);
          if (plan) {
            doc.plans = doc.plans.filter((p) => p !== plan);
            const framework = frameworks.find(plan.frameworkId);
            appendEvent(tx, ctx, {
              kind: 'plan.removed',
              traineeId: doc.trainee.id,
              planId: plan.id,
              frameworkTitle: framework ? frameworkTitle(framework) : plan.frameworkId,
              before: {
                targetLevel: plan.targetLevel,
                targetDate: plan.targetDate,
                startDate: plan.startDate,
                statementsAchieved: 0,
              },
            });
          }
          setField(tx, ctx, doc, 'team', was.team);
          setField(tx, ctx, doc, 'trainer', was.trainer);
          setArchived(tx, ctx, doc, was.archived);
        }
        return { restored: trainees.length };
      });
    },
  };
}

export type BulkChangeService = ReturnType<typeof createBulkChangeService>;
