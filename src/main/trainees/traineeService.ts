import { ApiError } from '../../shared/api/errors';
import { sameValue } from '../../shared/history/sameValue';
import { firstCheckoffOn, traineeStartProblem } from '../../shared/plans/planDates';
import type { Trainee, TraineeFields } from '../../shared/trainees/traineeFields';
import { appendEvent, changedFields } from '../history/appendEvent';
import type { ServiceContext } from '../serviceContext';
import type { TraineeDoc } from '../store/records/recordsSchema';
import { notFoundTrainee } from '../store/records/transaction';
import { employeeIdKey } from '../store/records/recordsState';
import { setAsideTraineeFiles } from '../store/setAside';
import type { Store, Transaction } from '../store/store';

export async function traineeDoc(tx: Transaction, id: string): Promise<TraineeDoc> {
  const doc = await tx.trainee(id);
  if (!doc) throw notFoundTrainee();
  return doc;
}

function checkIdIsFree(tx: Transaction, fields: TraineeFields, exceptId?: string): void {
  if (fields.employeeId === null) return;
  const holder = tx.withEmployeeId(fields.employeeId).find((t) => t.id !== exceptId);
  if (holder) {
    const message = `Employee or badge ID “${fields.employeeId}” is already used by ${holder.fullName}.`;
    throw new ApiError('conflict', message, [{ path: 'employeeId', message }]);
  }
}

/** A start date moved after the trainee's first check-off is refused, naming that check-off's date. */
function checkStartDate(doc: TraineeDoc, startDate: string | null): void {
  if (sameValue(doc.trainee.startDate, startDate)) return;
  const first = firstCheckoffOn(doc.plans.flatMap((plan) => Object.values(plan.checkoffs)));
  const message = traineeStartProblem(startDate, doc.trainee.fullName, first);
  if (message) throw new ApiError('invalid_input', message, [{ path: 'startDate', message }]);
}

/** Whether the trainee's own files cannot be read (so only deleting them, or a restore, helps). */
async function damagedFiles(store: Store, id: string): Promise<boolean> {
  if (!store.entry(id)) return false;
  try {
    await store.doc(id);
    await store.history(id);
    return false;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'storage_failed') return true;
    throw error;
  }
}

export function createTraineeService(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async create(fields: TraineeFields): Promise<Trainee> {
      return store.update((tx) => {
        checkIdIsFree(tx, fields);
        const at = ctx.now().toISOString();
        const trainee: Trainee = { id: ctx.newId(), ...fields, archived: false, createdAt: at, updatedAt: at };
        tx.addTrainee({ trainee, plans: [], lastActivity: at });
        appendEvent(tx, ctx, { kind: 'trainee.created', traineeId: trainee.id, after: { ...fields } });
        return { ...trainee };
      });
    },

    async update(id: string, fields: TraineeFields): Promise<Trainee> {
      return store.update(async (tx) => {
        const doc = await traineeDoc(tx, id);
        const { trainee } = doc;
        checkStartDate(doc, fields.startDate);
        // Only a changed ID is checked: records from before the check may hold duplicates.
        const unchanged =
          trainee.employeeId !== null && employeeIdKey(trainee.employeeId) === employeeIdKey(fields.employeeId ?? '');
        if (!unchanged) {
          checkIdIsFree(tx, fields, id);
        }
        const current: TraineeFields = {
          fullName: trainee.fullName,
          employeeId: trainee.employeeId,
          team: trainee.team,
          site: trainee.site,
          trainer: trainee.trainer,
          startDate: trainee.startDate,
          notes: trainee.notes,
        };
        const diff = changedFields(current, fields);
        if (!diff) return { ...trainee };
        Object.assign(trainee, fields, { updatedAt: ctx.now().toISOString() });
        appendEvent(tx, ctx, { kind: 'trainee.edited', traineeId: id, ...diff });
        return { ...trainee };
      });
    },

    async setArchived(id: string, archived: boolean): Promise<Trainee> {
      return store.update(async (tx) => {
        const { trainee } = await traineeDoc(tx, id);
        if (trainee.archived === archived) return { ...trainee };
        trainee.archived = archived;
        trainee.updatedAt = ctx.now().toISOString();
        appendEvent(tx, ctx, {
          kind: archived ? 'trainee.archived' : 'trainee.restored',
          traineeId: id,
          before: { archived: !archived },
          after: { archived },
        });
        return { ...trainee };
      });
    },

    /**
     * Erasure: the trainee, their plans and their whole history go, once the name is typed to confirm. A
     * trainee whose file is damaged can be deleted too (confirmed by the name the list shows); their
     * files are set aside as they are first, since no backup can hold them.
     */
    async remove(id: string, confirmName: string): Promise<{ deleted: string }> {
      const damaged = await damagedFiles(store, id);
      if (damaged) {
        await store.withStableFiles((view) => setAsideTraineeFiles(store.dataDir, view.paths, [id], ctx.now()));
      }
      const result = await store.update(async (tx) => {
        const fullName = damaged ? store.entry(id)?.fullName : (await traineeDoc(tx, id)).trainee.fullName;
        if (fullName === undefined) throw notFoundTrainee();
        if (confirmName.trim() !== fullName) {
          const message = `Type the trainee’s name exactly (${fullName}) to delete them.`;
          throw new ApiError('invalid_input', message, [{ path: 'confirmName', message }]);
        }
        tx.eraseTrainee(id);
        return { deleted: id };
      });
      // The journal still quotes them until a checkpoint: when the call returns, they are gone from the records.
      await store.checkpoint();
      return result;
    },
  };
}

export type TraineeService = ReturnType<typeof createTraineeService>;
