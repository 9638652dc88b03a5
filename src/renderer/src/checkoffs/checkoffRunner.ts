import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { CheckoffChange } from '../../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../../shared/dates';
import { applyCheckoffChanges } from '../../../shared/progress/applyCheckoffChanges';
import type { TraineeDetail } from '../../../shared/trainees/traineeViews';
import { call, errorMessage } from '../api/client';
import { traineeKeys } from '../api/traineeQueries';
import { announceChange, announceUndone } from './checkoffConfirmation';
import { undoCalls, type DoneChange } from '../../../shared/checklist/undoGroup';

/** Everything a check-off change needs, named by trainee: nothing depends on which page is showing. */
export interface CheckoffRequest {
  traineeId: string;
  traineeName: string;
  planId: string;
  /** The version the change is about; when absent, the one the trainee's cached page shows. */
  frameworkId?: string;
  changes: CheckoffChange[];
  verb: string;
  subject: string;
}

const inFlight = new Map<string, number>();

/** The states `changes` overwrote in `before`, to put back on failure without undoing later ticks. */
function statesIn(before: TraineeDetail, planId: string, changes: readonly CheckoffChange[]): CheckoffChange[] {
  const plan = before.plans.find((p) => p.planId === planId);
  return changes.map(({ statementId }) => {
    const checkoff = plan?.checkoffs[statementId];
    return {
      statementId,
      checkoff: checkoff ? { achievedOn: checkoff.achievedOn, assessor: checkoff.assessor, note: checkoff.note } : null,
    };
  });
}

/**
 * Shows the change on that trainee's cached page at once, saves it, and rolls just those statements
 * back with a message if it could not be saved. Resolves to the states it replaced, or null.
 */
async function save(
  client: QueryClient,
  request: CheckoffRequest,
): Promise<{ previous: CheckoffChange[]; frameworkId: string } | null> {
  const key = traineeKeys.one(request.traineeId);
  inFlight.set(request.traineeId, (inFlight.get(request.traineeId) ?? 0) + 1);
  try {
    await client.cancelQueries({ queryKey: key });
    const before = client.getQueryData<TraineeDetail>(key);
    const frameworkId = request.frameworkId ?? before?.plans.find((p) => p.planId === request.planId)?.frameworkId;
    if (before) client.setQueryData(key, applyCheckoffChanges(before, request.planId, request.changes, todayIso()));
    try {
      const result = await call('checkoffs:set', {
        planId: request.planId,
        ...(frameworkId === undefined ? {} : { frameworkId }),
        changes: request.changes,
      });
      return { previous: result.previous, frameworkId: result.frameworkId };
    } catch (error) {
      const now = client.getQueryData<TraineeDetail>(key);
      if (before && now) {
        const states = statesIn(before, request.planId, request.changes);
        client.setQueryData(key, applyCheckoffChanges(now, request.planId, states, todayIso()));
      }
      // The page may be out of date (the plan moved to another version meanwhile): show it as it is now.
      void client.invalidateQueries({ queryKey: key });
      notifications.show({
        color: 'red',
        title: 'Not saved',
        message: errorMessage(error),
        autoClose: 8000,
        closeButtonProps: { 'aria-label': 'Close message' },
      });
      return null;
    }
  } finally {
    const left = (inFlight.get(request.traineeId) ?? 1) - 1;
    inFlight.set(request.traineeId, left);
    // While another tick is still on its way a refetch would show the page without it for a moment:
    // refetch only when the last of a quick series has settled.
    if (left === 0) void client.invalidateQueries({ queryKey: traineeKeys.list });
  }
}

/** Undoes changes to one trainee, whichever page is showing, and says so; `rest` stays done and undoable. */
async function undo(
  client: QueryClient,
  traineeId: string,
  traineeName: string,
  toUndo: DoneChange[],
  rest: DoneChange[],
): Promise<void> {
  const calls = undoCalls(toUndo);
  const results = await Promise.all(
    calls.map((c) => save(client, { traineeId, traineeName, ...c, verb: 'Undone', subject: '' })),
  );
  announceUndone(
    {
      traineeId,
      traineeName,
      undo: (again, left) => void undo(client, traineeId, traineeName, again, left),
    },
    toUndo,
    results.every((r) => r !== null),
    rest,
  );
}

/** Saves a change and announces it with an Undo bound to this trainee and this change. */
export async function runCheckoffChange(client: QueryClient, request: CheckoffRequest): Promise<boolean> {
  const saved = await save(client, request);
  if (saved === null) return false;
  const { previous, frameworkId } = saved;
  if (previous.length > 0) {
    announceChange(
      request.traineeId,
      request.traineeName,
      { planId: request.planId, frameworkId, previous, verb: request.verb, subject: request.subject },
      (toUndo, rest) => void undo(client, request.traineeId, request.traineeName, toUndo, rest),
    );
  }
  return true;
}
