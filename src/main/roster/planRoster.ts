import { ApiError } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates';
import { frameworkMatcher, type FrameworkChoice } from '../../shared/roster/rosterPlanWords';
import { firstCheckoffOn, traineeStartProblem } from '../../shared/plans/planDates';
import { namesPeople } from '../../shared/roster/guessColumns';
import { losesLetters } from '../../shared/roster/lostLetters';
import { readDate, SHAPE_WORDS, type DateShape } from '../../shared/roster/readDate';
import {
  MAX_LISTED_PROBLEMS,
  PREVIEW_ROWS,
  ROSTER_FIELD_LABELS,
  type FieldChange,
  type LostLetters,
  type RosterPreview,
  type RosterPreviewInput,
  type RosterPreviewRow,
  type RowProblem,
} from '../../shared/roster/rosterImport';
import { traineeFieldsSchema, type TraineeFields } from '../../shared/trainees/traineeFields';
import { changedFields } from '../history/appendEvent';
import type { IndexEntry, TraineeDoc } from '../store/records/recordsSchema';
import { employeeIdKey } from '../store/records/recordsState';
import { rosterColumns, type RememberedLookup } from './rosterColumns';
import { DATE_TARGETS, dateOrderOf, FIELD_OF, rawFields, shownRow, type Field } from './rosterRowCells';
import { rowPlanOf, type RosterPlanPart, type RowPlan } from './rosterPlanPart';
import type { Table } from './readTable';

/** What the plan needs of the records: the same questions the store and a transaction can answer. */
export interface RosterLookup {
  entries: Iterable<IndexEntry>;
  doc(id: string): Promise<TraineeDoc | undefined>;
  /** The frameworks a Framework column may name; today, the start of a plan for someone without a start date. */
  frameworks: readonly FrameworkChoice[];
  today: IsoDate;
  /** The columns as the trainer set them last time for a header row (kept in the settings). */
  rememberedFor?: RememberedLookup;
}

export interface PlannedRow {
  row: number;
  action: RosterPreviewRow['action'];
  fields: TraineeFields | null;
  shown: RosterPreviewRow;
  /** The trainee a row updates (or would, when skipped). */
  traineeId: string | null;
  /** The plan the row assigns, in the same change as the person. */
  plan: RosterPlanPart | null;
}

export interface RosterPlan extends Omit<
  RosterPreview,
  'rows' | 'fileKind' | 'encoding' | 'separator' | 'totalRows' | 'problemCount' | 'lostLetterCount'
> {
  planned: PlannedRow[];
}

const NO_PLAN: RowPlan = { plan: null, shown: null, problem: null, note: '' };

/** Rows checked between turns of the event loop: some 10 ms of work, so calls are answered in between. */
const SLICE = 100;
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

const FIELDS: Field[] = ['fullName', 'employeeId', 'team', 'site', 'trainer', 'startDate', 'notes'];
/** Fields of words, where a file saved in the wrong code page loses letters; a badge ID and a date cannot. */
const WORD_FIELDS: Field[] = ['fullName', 'team', 'site', 'trainer', 'notes'];

export function fieldsOfDoc(doc: TraineeDoc): TraineeFields {
  const t = doc.trainee;
  return {
    fullName: t.fullName,
    employeeId: t.employeeId,
    team: t.team,
    site: t.site,
    trainer: t.trainer,
    startDate: t.startDate,
    notes: t.notes,
  };
}

/**
 * Every row checked with the form's rules and matched to the records by badge ID: what importing would
 * do, row by row. Reads nothing but the lookup, so the preview and the import's transaction share it.
 */
export async function planRoster(
  table: Table,
  input: RosterPreviewInput & { existing?: 'update' | 'skip' },
  lookup: RosterLookup,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<RosterPlan> {
  const { columns, dataRows, remembered } = rosterColumns(table, input.mapping, lookup.rememberedFor);
  if (dataRows.length === 0) {
    throw new ApiError(
      'invalid_input',
      `“${input.fileName}”: There is nobody in the file: it has a header row and no rows of people under it. Nothing was changed.`,
    );
  }
  const targets = columns.map((c) => c.target);
  const blocking = namesPeople(targets)
    ? null
    : 'No column holds the names. Choose “Full name” (or “First name” and “Last name”) above the column that holds them.';
  const { asked, order } = dateOrderOf(columns, dataRows, input.dateOrder);
  const byId = new Map<string, IndexEntry[]>();
  for (const entry of lookup.entries) {
    if (entry.employeeId === null) continue;
    const key = employeeIdKey(entry.employeeId);
    byId.set(key, [...(byId.get(key) ?? []), entry]);
  }
  const seenIds = new Map<string, number>();
  const shapes = new Set<DateShape | 'excel'>();
  const problems: RowProblem[] = [];
  const planned: PlannedRow[] = [];
  const lostLetters: LostLetters[] = [];
  const existingChoice = input.existing ?? 'update';
  const accepting = input.acceptFileSpelling;
  const accepts = (row: number) => accepting === 'all' || (accepting?.includes(row) ?? false);
  const match = frameworkMatcher(lookup.frameworks);
  const planProblems: RowProblem[] = [];

  for (const [index, tableRow] of dataRows.entries()) {
    if (index > 0 && index % SLICE === 0) {
      progress(index, dataRows.length);
      await yieldNow();
    }
    const row = tableRow.row;
    const raw = rawFields(tableRow, columns);
    const rowProblems: RowProblem[] = [];
    const problem = (field: Field | '', message: string) =>
      rowProblems.push({ row, column: field === '' ? '' : ROSTER_FIELD_LABELS[field], message });
    for (const { target, message } of raw.cellProblems)
      rowProblems.push({ row, column: ROSTER_FIELD_LABELS[target], message });
    const told = new Set(raw.cellProblems.map((p) => FIELD_OF[p.target]));

    let startDate = raw.startDate;
    if (startDate !== '') {
      const read = readDate(startDate, order);
      if (read) {
        startDate = read.date;
        shapes.add(raw.dateCell ? 'excel' : read.shape);
      } else {
        problem(
          'startDate',
          `“${raw.startDate}” is not a date Trainplan can read. Write it like 2026-03-31 or 31/03/2026.`,
        );
      }
    }
    const incoming: Record<Field, string> = { ...raw, startDate };
    const key = incoming.employeeId === '' ? null : employeeIdKey(incoming.employeeId.trim());
    const matches = key === null ? [] : (byId.get(key) ?? []);
    const firstRow = key === null ? undefined : seenIds.get(key);
    if (key !== null && firstRow === undefined) seenIds.set(key, row);

    let base: TraineeFields | null = null;
    let doc: TraineeDoc | undefined;
    if (firstRow !== undefined) {
      problem(
        'employeeId',
        `“${incoming.employeeId}” is also on row ${String(firstRow)}; only row ${String(firstRow)} is imported.`,
      );
    } else if (matches.length > 1) {
      problem(
        'employeeId',
        `${String(matches.length)} trainees already have “${incoming.employeeId}”; change them on the list first.`,
      );
    } else if (matches[0]) {
      doc = await lookup.doc(matches[0].id);
      if (doc) base = fieldsOfDoc(doc);
    }
    // An update fills in what the file gives; an empty cell never blanks what is recorded.
    const merged: Record<Field, string | null> = base
      ? (Object.fromEntries(FIELDS.map((f) => [f, incoming[f] === '' ? base[f] : incoming[f]])) as Record<
          Field,
          string | null
        >)
      : incoming;
    // The same badge written in another case is the recorded one: an import does not rewrite it.
    if (base?.employeeId && key === employeeIdKey(base.employeeId)) merged.employeeId = base.employeeId;
    // Letters the file lost ("?ukasz" for "Łukasz") never overwrite the record unless the trainer says so.
    const lost: LostLetters[] = [];
    if (base) {
      for (const field of WORD_FIELDS) {
        const fromFile = incoming[field].trim();
        const stored = base[field] ?? '';
        if (fromFile === '' || !losesLetters(stored, fromFile)) continue;
        const accepted = accepts(row);
        lost.push({ row, field, stored, fromFile, accepted });
        if (!accepted) merged[field] = base[field];
      }
    }
    const parsed = traineeFieldsSchema.safeParse(merged);
    if (!parsed.success) {
      if (rowProblems.some((p) => p.column === ROSTER_FIELD_LABELS.startDate)) told.add('startDate');
      // A field whose cell was told about already is not told about again in the form's words.
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field | undefined;
        if (field === undefined || !told.has(field)) problem(field ?? '', issue.message);
      }
    }
    if (parsed.success && doc && base && parsed.data.startDate !== base.startDate) {
      const first = firstCheckoffOn(doc.plans.flatMap((p) => Object.values(p.checkoffs)));
      const startProblem = traineeStartProblem(parsed.data.startDate, doc.trainee.fullName, first);
      if (startProblem) problem('startDate', startProblem);
    }

    const rowPlan = parsed.success
      ? rowPlanOf(raw, {
          match,
          order,
          today: lookup.today,
          traineeStart: parsed.data.startDate,
          doc,
        })
      : NO_PLAN;
    let action: RosterPreviewRow['action'];
    if (rowProblems.length > 0 || !parsed.success || blocking) action = 'refuse';
    else if (!base) action = 'add';
    else if (existingChoice === 'skip' || (!changedFields(base, parsed.data) && !rowPlan.plan)) action = 'skip';
    else action = 'update';
    // A person skipped is left as they are, their plan too; a refused one has nothing to assign a plan to.
    const plan = action === 'add' || action === 'update' ? rowPlan : { ...NO_PLAN, note: rowPlan.note };
    if (plan.problem && !blocking) {
      planProblems.push({ row, column: ROSTER_FIELD_LABELS[plan.problem.column], message: plan.problem.message });
    }
    if (!blocking) problems.push(...rowProblems);
    if (action !== 'refuse') lostLetters.push(...lost);
    const fields = parsed.success ? parsed.data : null;
    const changes: FieldChange[] =
      base && fields
        ? FIELDS.flatMap((field) =>
            fields[field] === base[field] ? [] : [{ field, before: base[field] ?? '', after: fields[field] ?? '' }],
          )
        : [];
    planned.push({
      row,
      action,
      fields,
      shown: shownRow(row, action, fields ?? merged, changes, plan),
      traineeId: matches[0]?.id ?? null,
      plan: plan.plan,
    });
  }
  progress(dataRows.length, dataRows.length);

  const count = (action: RosterPreviewRow['action']) => planned.filter((p) => p.action === action).length;
  const dateFormats = columns.some((c) => DATE_TARGETS.has(c.target))
    ? shapes.size === 0
      ? 'no dates in the file'
      : [...shapes].map((s) => SHAPE_WORDS[s](order)).join(', ')
    : null;
  return {
    columns,
    mappingRemembered: remembered,
    dateFormats,
    dateOrderAsked: asked,
    dateOrder: order,
    counts: { add: count('add'), update: count('update'), skip: count('skip'), refuse: count('refuse') },
    plans: {
      add: planned.filter((p) => p.plan !== null && p.action === 'add').length,
      update: planned.filter((p) => p.plan !== null && p.action === 'update').length,
    },
    problems,
    planProblems,
    lostLetters,
    blocking,
    planned,
  };
}

export function previewRows(plan: RosterPlan): RosterPreviewRow[] {
  return plan.planned.slice(0, PREVIEW_ROWS).map((p) => p.shown);
}

export function listedProblems<T>(problems: T[]): T[] {
  return problems.slice(0, MAX_LISTED_PROBLEMS);
}
