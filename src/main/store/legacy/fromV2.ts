import { normaliseFramework } from '../../../shared/framework/framework';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import type { RecordsBuilder } from '../records/recordsBuilder';
import type { Snapshot, StoredCheckoff, StoredPlan, TraineeDoc } from '../records/recordsSchema';
import type { StoreDataV2 } from './v2Schema';

/** The wording of a statement in a framework version, when the library has that version. */
export type StatementTextOf = (frameworkId: string, statementId: string) => string | undefined;

/**
 * Writes format-2 records (one file, every check-off quoting its statement) as a records folder:
 * one document and one history file per trainee. A check-off keeps its quote only where it differs
 * from its framework version's wording, so nothing the reports quote is lost.
 */
export async function buildFromV2(
  // The records builder, or the import checks that read the same trainees first.
  builder: Pick<RecordsBuilder, 'addTrainee' | 'finish'>,
  data: StoreDataV2,
  statementTextOf: StatementTextOf,
): Promise<Snapshot> {
  // The file's own imported frameworks give the wording of their statements too.
  const ownTexts = new Map<string, string>();
  for (const entry of data.frameworks) {
    const framework = normaliseFramework(entry.file, 'imported');
    for (const level of framework.levels) {
      for (const statement of level.statements) ownTexts.set(`${framework.id} ${statement.id}`, statement.text);
    }
  }
  const textOf = (frameworkId: string, statementId: string): string | undefined =>
    ownTexts.get(`${frameworkId} ${statementId}`) ?? statementTextOf(frameworkId, statementId);
  const plansByTrainee = new Map<string, StoredPlan[]>();
  for (const plan of data.plans) {
    const checkoffs: Record<string, StoredCheckoff> = {};
    for (const [statementId, checkoff] of Object.entries(plan.checkoffs)) {
      const { statementText, ...rest } = checkoff;
      checkoffs[statementId] =
        textOf(plan.frameworkId, statementId) === statementText ? rest : { ...rest, statementText };
    }
    const stored: StoredPlan = {
      id: plan.id,
      frameworkId: plan.frameworkId,
      targetLevel: plan.targetLevel,
      targetDate: plan.targetDate,
      startDate: plan.startDate,
      createdAt: plan.createdAt,
      checkoffs,
    };
    plansByTrainee.set(plan.traineeId, [...(plansByTrainee.get(plan.traineeId) ?? []), stored]);
  }
  const eventsByTrainee = new Map<string, HistoryEvent[]>();
  for (const event of data.events) {
    const list = eventsByTrainee.get(event.traineeId);
    if (list) list.push(event);
    else eventsByTrainee.set(event.traineeId, [event]);
  }
  for (const trainee of data.trainees) {
    const events = eventsByTrainee.get(trainee.id) ?? [];
    const lastActivity = events.reduce((latest, e) => (e.at > latest ? e.at : latest), '');
    const doc: TraineeDoc = {
      trainee,
      plans: plansByTrainee.get(trainee.id) ?? [],
      lastActivity: lastActivity || trainee.updatedAt,
    };
    await builder.addTrainee(doc, events);
  }
  return builder.finish(data.settings, data.frameworks);
}
