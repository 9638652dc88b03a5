import { ApiError } from '../../shared/api/errors';
import type { Trainee, TraineeFields } from '../../shared/trainees/traineeFields';
import { appendEvent, changedFields } from '../history/appendEvent';
import type { ServiceContext } from '../serviceContext';
import type { StoreData } from '../store/storeSchema';

export function findTrainee(data: Readonly<StoreData>, id: string): Trainee {
  const trainee = data.trainees.find((t) => t.id === id);
  if (!trainee) throw new ApiError('not_found', 'That trainee is not in Trainplan. They may have been deleted.');
  return trainee;
}

function sameId(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function checkIdIsFree(data: Readonly<StoreData>, fields: TraineeFields, exceptId?: string): void {
  const holder = data.trainees.find((t) => t.id !== exceptId && sameId(t.employeeId, fields.employeeId));
  if (holder) {
    const message = `Employee or badge ID “${fields.employeeId ?? ''}” is already used by ${holder.fullName}.`;
    throw new ApiError('conflict', message, [{ path: 'employeeId', message }]);
  }
}

export function createTraineeService(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async create(fields: TraineeFields): Promise<Trainee> {
      return store.update((data) => {
        checkIdIsFree(data, fields);
        const at = ctx.now().toISOString();
        const trainee: Trainee = { id: ctx.newId(), ...fields, archived: false, createdAt: at, updatedAt: at };
        data.trainees.push(trainee);
        appendEvent(data, ctx, { kind: 'trainee.created', traineeId: trainee.id, after: { ...fields } });
        return trainee;
      });
    },

    async update(id: string, fields: TraineeFields): Promise<Trainee> {
      return store.update((data) => {
        const trainee = findTrainee(data, id);
        checkIdIsFree(data, fields, id);
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
        appendEvent(data, ctx, { kind: 'trainee.edited', traineeId: id, ...diff });
        return { ...trainee };
      });
    },

    async setArchived(id: string, archived: boolean): Promise<Trainee> {
      return store.update((data) => {
        const trainee = findTrainee(data, id);
        if (trainee.archived === archived) return { ...trainee };
        trainee.archived = archived;
        trainee.updatedAt = ctx.now().toISOString();
        appendEvent(data, ctx, {
          kind: archived ? 'trainee.archived' : 'trainee.restored',
          traineeId: id,
          before: { archived: !archived },
          after: { archived },
        });
        return { ...trainee };
      });
    },

    /** Erasure: the trainee, their plans and their whole history go, once the name is typed to confirm. */
    async remove(id: string, confirmName: string): Promise<{ deleted: string }> {
      return store.update((data) => {
        const trainee = findTrainee(data, id);
        if (confirmName.trim() !== trainee.fullName) {
          const message = `Type the trainee’s name exactly (${trainee.fullName}) to delete them.`;
          throw new ApiError('invalid_input', message, [{ path: 'confirmName', message }]);
        }
        data.trainees = data.trainees.filter((t) => t.id !== id);
        data.plans = data.plans.filter((p) => p.traineeId !== id);
        data.events = data.events.filter((e) => e.traineeId !== id);
        return { deleted: id };
      });
    },
  };
}

export type TraineeService = ReturnType<typeof createTraineeService>;
