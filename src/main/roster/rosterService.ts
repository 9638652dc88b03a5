import { ApiError } from '../../shared/api/errors';
import type {
  RosterImportInput,
  RosterImportResult,
  RosterPreview,
  RosterPreviewInput,
} from '../../shared/roster/rosterImport';
import type { Trainee } from '../../shared/trainees/traineeFields';
import { appendEvent, changedFields } from '../history/appendEvent';
import type { ServiceContext } from '../serviceContext';
import type { BackupService } from '../store/backupService';
import { fieldsOfDoc, listedProblems, planRoster, previewRows } from './planRoster';
import { readTable } from './readTable';

export interface RosterProgress {
  done: number;
  total: number;
}

/**
 * People from an HR file. The preview reads and checks; the import reads and checks again inside one
 * transaction (the records may have changed since the preview), after a backup, and writes every row
 * that passed as one journal record: all the people arrive, or none.
 */
export function createRosterService(ctx: ServiceContext, backups: Pick<BackupService, 'make'>) {
  const { store } = ctx;
  let current: RosterProgress | null = null;
  // The rows are checked twice (before the backup, then inside the transaction): each pass is half the way.
  const track = (pass: 0 | 1) => (done: number, total: number) => {
    current = { done: pass * total + done, total: 2 * total };
  };

  async function preview(input: RosterPreviewInput): Promise<RosterPreview> {
    const table = await readTable(input.fileName, input.bytes, input.encoding);
    const plan = await planRoster(table, input, { entries: store.entries(), doc: (id) => store.doc(id) });
    return {
      fileKind: table.kind,
      encoding: table.encoding,
      separator: table.separator,
      columns: plan.columns,
      dateFormats: plan.dateFormats,
      dateOrderAsked: plan.dateOrderAsked,
      dateOrder: plan.dateOrder,
      totalRows: plan.planned.length,
      counts: plan.counts,
      problemCount: plan.problems.length,
      rows: previewRows(plan),
      problems: listedProblems(plan.problems),
      blocking: plan.blocking,
    };
  }

  async function importRoster(input: RosterImportInput): Promise<RosterImportResult> {
    if (store.readOnlyBecause !== null)
      throw new ApiError('read_only', `Nothing was imported: ${store.readOnlyBecause}.`);
    current = { done: 0, total: 1 };
    try {
      const table = await readTable(input.fileName, input.bytes, input.encoding);
      const firstLook = await planRoster(
        table,
        input,
        { entries: store.entries(), doc: (id) => store.doc(id) },
        track(0),
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
          problems,
          problemCount: firstLook.problems.length,
          backupOfCurrent: null,
        };
      }
      const backup = await backups.make('before-import');
      const result = await store.update(async (tx) => {
        const plan = await planRoster(table, input, { entries: tx.entries(), doc: (id) => tx.trainee(id) }, track(1));
        let added = 0;
        let updated = 0;
        for (const p of plan.planned) {
          if (!p.fields) continue;
          if (p.action === 'add') {
            const at = ctx.now().toISOString();
            const trainee: Trainee = { id: ctx.newId(), ...p.fields, archived: false, createdAt: at, updatedAt: at };
            tx.addTrainee({ trainee, plans: [], lastActivity: at });
            appendEvent(tx, ctx, { kind: 'trainee.created', traineeId: trainee.id, after: { ...p.fields } });
            added += 1;
          } else if (p.action === 'update' && p.traineeId !== null) {
            const doc = await tx.trainee(p.traineeId);
            if (!doc) continue;
            const diff = changedFields(fieldsOfDoc(doc), p.fields);
            if (!diff) continue;
            Object.assign(doc.trainee, p.fields, { updatedAt: ctx.now().toISOString() });
            appendEvent(tx, ctx, { kind: 'trainee.edited', traineeId: p.traineeId, ...diff });
            updated += 1;
          }
        }
        return {
          added,
          updated,
          skipped: plan.counts.skip,
          refused: plan.counts.refuse,
          problems: listedProblems(plan.problems),
          problemCount: plan.problems.length,
          backupOfCurrent: backup?.fileName ?? null,
        };
      });
      return result;
    } finally {
      current = null;
    }
  }

  return { preview, import: importRoster, progress: (): RosterProgress | null => current };
}

export type RosterService = ReturnType<typeof createRosterService>;
