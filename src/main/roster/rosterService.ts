import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../shared/api/errors';
import { todayIso } from '../../shared/dates';
import type {
  RosterImportInput,
  RosterImportResult,
  RosterPreview,
  RosterPreviewInput,
  RosterProgress,
} from '../../shared/roster/rosterImport';
import type { ColumnTarget } from '../../shared/roster/rosterImport';
import type { Settings } from '../../shared/settings/settings';
import type { Trainee } from '../../shared/trainees/traineeFields';
import { appendEvent, changedFields } from '../history/appendEvent';
import { addPlan } from '../plans/planService';
import type { ServiceContext } from '../serviceContext';
import type { TraineeDoc } from '../store/records/recordsSchema';
import type { BackupService } from '../store/backupService';
import { remember, rememberedFor } from '../../shared/roster/rememberedMappings';
import { fieldsOfDoc, listedProblems, planRoster, previewRows } from './planRoster';
import { readTableInWorker, type RunJob } from './rosterTableJob';

const remembered =
  (settings: Settings) =>
  (headers: readonly string[]): ColumnTarget[] | undefined =>
    rememberedFor(settings.rosterMappings, headers);

/** People added or updated between turns of the event loop while the import writes. */
const WRITE_SLICE = 250;

/**
 * People from an HR file. The file is read in the report worker (a workbook of 20,000 people takes a
 * second or two there, and no call waits for it); the rows are checked here, a slice at a time. The
 * preview reads and checks; the import reads and checks again inside one transaction (the records may
 * have changed since the preview), after a backup, and writes every row that passed as one journal
 * record: all the people arrive, or none. Either can be cancelled until the writing starts.
 */
export function createRosterService(ctx: ServiceContext, backups: Pick<BackupService, 'make'>, run: RunJob) {
  const { store, frameworks } = ctx;
  // What every pass needs besides the records: the remembered columns, the frameworks a row may name, today.
  const common = (settings: Settings) => ({
    rememberedFor: remembered(settings),
    frameworks: frameworks.list(),
    today: todayIso(ctx.now()),
  });
  let current: RosterProgress | null = null;
  /** What is being read or checked now, and what to say if it is cancelled. */
  const cancellable = new Map<AbortController, string>();

  /** Runs `work` cancellably; once it calls `writing()`, a cancel no longer reaches it (it is saving). */
  async function underway<T>(
    cancelled: string,
    work: (signal: AbortSignal, writing: () => void) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    cancellable.set(controller, cancelled);
    try {
      return await work(controller.signal, () => cancellable.delete(controller));
    } finally {
      cancellable.delete(controller);
      if (cancellable.size === 0) current = null;
    }
  }

  const read = (input: RosterPreviewInput, signal: AbortSignal) => {
    current = { stage: 'reading', done: 0, total: 1 };
    return readTableInWorker(run, input, signal);
  };

  // An import checks the rows twice (before the backup, then inside the transaction): each pass is half the way.
  const checking =
    (signal: AbortSignal, pass: 0 | 1, passes: 1 | 2) =>
    (done: number, total: number): void => {
      signal.throwIfAborted();
      current = { stage: 'checking', done: pass * total + done, total: passes * total };
    };

  async function preview(input: RosterPreviewInput): Promise<RosterPreview> {
    return underway('The preview was cancelled. Nothing was changed.', async (signal) => {
      const table = await read(input, signal);
      const plan = await planRoster(
        table,
        input,
        { entries: store.entries(), doc: (id) => store.doc(id), ...common(store.settings()) },
        checking(signal, 0, 1),
      );
      return {
        fileKind: table.kind,
        encoding: table.encoding,
        separator: table.separator,
        columns: plan.columns,
        mappingRemembered: plan.mappingRemembered,
        dateFormats: plan.dateFormats,
        dateOrderAsked: plan.dateOrderAsked,
        dateOrder: plan.dateOrder,
        totalRows: plan.planned.length,
        counts: plan.counts,
        plans: plan.plans,
        planProblems: listedProblems(plan.planProblems),
        problemCount: plan.problems.length,
        rows: previewRows(plan),
        problems: listedProblems(plan.problems),
        lostLetters: listedProblems(plan.lostLetters),
        lostLetterCount: plan.lostLetters.length,
        blocking: plan.blocking,
      };
    });
  }

  async function importRoster(input: RosterImportInput): Promise<RosterImportResult> {
    if (store.readOnlyBecause !== null)
      throw new ApiError('read_only', `Nothing was imported: ${store.readOnlyBecause}.`);
    return underway('The import was cancelled. Nothing was changed.', async (signal, writing) => {
      const table = await read(input, signal);
      const firstLook = await planRoster(
        table,
        input,
        { entries: store.entries(), doc: (id) => store.doc(id), ...common(store.settings()) },
        checking(signal, 0, 2),
      );
      if (firstLook.blocking) throw new ApiError('invalid_input', `${firstLook.blocking} Nothing was imported.`);
      const { add, update, skip, refuse } = firstLook.counts;
      if (add + update + skip === 0) {
        throw new ApiError('invalid_input', 'No row of the file can be imported as it stands. Nothing was changed.');
      }
      // Everyone is on the list already and left as they are: nothing to write, so no backup either.
      if (add + update === 0) {
        const problems = listedProblems(firstLook.problems);
        return {
          added: 0,
          updated: 0,
          skipped: skip,
          refused: refuse,
          plansAssigned: 0,
          planProblems: [],
          problems,
          problemCount: firstLook.problems.length,
          spellingsKept: firstLook.lostLetters.filter((l) => !l.accepted).length,
          backupOfCurrent: null,
        };
      }
      const backup = await backups.make('before-import');
      signal.throwIfAborted();
      // A cancel while the rows are checked again throws out of the transaction, which then writes nothing.
      return store.update(async (tx) => {
        const plan = await planRoster(
          table,
          input,
          { entries: tx.entries(), doc: (id) => tx.trainee(id), ...common(tx.settings()) },
          checking(signal, 1, 2),
        );
        writing();
        // The columns the trainer set are used again for the next file with the same header row.
        if (input.mapping) {
          const settings = tx.settings();
          const headers = plan.columns.map((c) => c.header);
          const mapping = plan.columns.map((c) => c.target);
          tx.setSettings({ ...settings, rosterMappings: remember(settings.rosterMappings, headers, mapping) });
        }
        let added = 0;
        let updated = 0;
        let plansAssigned = 0;
        for (const [index, p] of plan.planned.entries()) {
          // Still one transaction (other changes wait for it), but calls that only read are answered meanwhile.
          if (index > 0 && index % WRITE_SLICE === 0) await nextTurn();
          if (!p.fields) continue;
          let doc: TraineeDoc | undefined;
          if (p.action === 'add') {
            const at = ctx.now().toISOString();
            const trainee: Trainee = { id: ctx.newId(), ...p.fields, archived: false, createdAt: at, updatedAt: at };
            doc = { trainee, plans: [], lastActivity: at };
            tx.addTrainee(doc);
            appendEvent(tx, ctx, { kind: 'trainee.created', traineeId: trainee.id, after: { ...p.fields } });
            added += 1;
          } else if (p.action === 'update' && p.traineeId !== null) {
            doc = await tx.trainee(p.traineeId);
            if (!doc) continue;
            const diff = changedFields(fieldsOfDoc(doc), p.fields);
            if (diff) {
              Object.assign(doc.trainee, p.fields, { updatedAt: ctx.now().toISOString() });
              appendEvent(tx, ctx, { kind: 'trainee.edited', traineeId: p.traineeId, ...diff });
            }
            updated += 1;
          }
          // The plan goes in the same change as the person, so the backup made before it undoes both.
          if (doc && p.plan) {
            addPlan(tx, ctx, doc, frameworks.get(p.plan.frameworkId), p.plan);
            plansAssigned += 1;
          }
        }
        return {
          added,
          updated,
          skipped: plan.counts.skip,
          refused: plan.counts.refuse,
          plansAssigned,
          planProblems: listedProblems(plan.planProblems),
          problems: listedProblems(plan.problems),
          problemCount: plan.problems.length,
          spellingsKept: plan.lostLetters.filter((l) => !l.accepted).length,
          backupOfCurrent: backup?.fileName ?? null,
        };
      });
    });
  }

  /** Stops every preview or import being read or checked; says whether there was one. */
  function cancel(): boolean {
    const stopping = [...cancellable];
    for (const [controller, message] of stopping) controller.abort(new ApiError('conflict', message));
    return stopping.length > 0;
  }

  return { preview, import: importRoster, progress: (): RosterProgress | null => current, cancel };
}

export type RosterService = ReturnType<typeof createRosterService>;
