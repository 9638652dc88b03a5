import { z } from 'zod';
import type { LevelKey } from '../framework/levels';

/** Our fields a column of a people file can fill, in the order the form shows them. */
export const ROSTER_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'employeeId',
  'team',
  'site',
  'trainer',
  'startDate',
  'notes',
  // A plan to assign: the framework, and optionally its target (see rosterPlanPart.ts).
  'framework',
  'targetLevel',
  'targetDate',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
export type ColumnTarget = RosterField | 'ignore';

export const ROSTER_FIELD_LABELS: Record<ColumnTarget, string> = {
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  employeeId: 'Employee or badge ID',
  team: 'Team or department',
  site: 'Site',
  trainer: 'Trainer',
  startDate: 'Start date',
  notes: 'Notes',
  framework: 'Framework',
  targetLevel: 'Target level',
  targetDate: 'Target date',
  ignore: 'Ignore',
};

/** Bigger than any HR export of one plant; a guard that keeps a wrong file from filling the memory. */
export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 20_000;
export const MAX_ROSTER_COLUMNS = 100;
/** How many rows the preview shows as they will be stored. */
export const PREVIEW_ROWS = 20;
/** How many row problems travel to the preview; the counts stay exact. */
export const MAX_LISTED_PROBLEMS = 500;

export const ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
export type EncodingChoice = (typeof ENCODINGS)[number];
/** How dates like 03/04/2026 are read: day first (most of the world) or month first (the US). */
export type DateOrder = 'dmy' | 'mdy';

const rosterFile = {
  fileName: z.string().trim().min(1, 'The file has no name.').max(255, 'The file name is too long.'),
  bytes: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'Choose a file of people to import.' })
    .refine(
      (bytes) => bytes.byteLength <= MAX_ROSTER_BYTES,
      'This file is larger than 10 MB, which is far more than a list of people. Check it is the right file, or split it.',
    ),
  encoding: z.enum(ENCODINGS).default('auto'),
  /** One target per column, in the file's order; omitted, the columns are guessed from the header row. */
  mapping: z
    .array(z.enum([...ROSTER_FIELDS, 'ignore']))
    .max(MAX_ROSTER_COLUMNS)
    .optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /**
   * Rows (by their number in the file) whose spelling is taken though it has lost letters, or "all";
   * omitted, every recorded spelling is kept (see lostLetters.ts).
   */
  acceptFileSpelling: z.union([z.literal('all'), z.array(z.number().int().min(1)).max(MAX_ROSTER_ROWS)]).optional(),
};

export const rosterPreviewInput = z.object(rosterFile).strict();
export const rosterImportInput = z
  .object({
    ...rosterFile,
    existing: z.enum(['update', 'skip'], { error: 'Choose whether to update or skip people already on the list.' }),
  })
  .strict();
export type RosterPreviewInput = z.output<typeof rosterPreviewInput>;
export type RosterImportInput = z.output<typeof rosterImportInput>;

/** The trainee fields an import can change, as stored. */
export type ImportedField = 'fullName' | 'employeeId' | 'team' | 'site' | 'trainer' | 'startDate' | 'notes';

/** One field an update changes: what is recorded, and what the file puts in its place. */
export interface FieldChange {
  field: ImportedField;
  before: string;
  after: string;
}

/** A field where the file has lost letters the record has: the record is kept unless the trainer accepts. */
export interface LostLetters {
  row: number;
  field: ImportedField;
  stored: string;
  fromFile: string;
  /** True when the trainer chose the file's spelling for this row. */
  accepted: boolean;
}

export interface RosterColumn {
  /** The header as written in the file ("Column C" when it had none). */
  header: string;
  target: ColumnTarget;
}

/** A row as it will be stored: our fields, in words. */
export interface RosterPreviewRow {
  /** The row's number in the file as a spreadsheet counts it (the header is row 1 when it is the first line). */
  row: number;
  action: 'add' | 'update' | 'skip' | 'refuse';
  fullName: string;
  employeeId: string;
  team: string;
  site: string;
  trainer: string;
  startDate: string;
  notes: string;
  /** For a trainee already on the list, each field the import changes, old → new; empty otherwise. */
  changes: FieldChange[];
  /** The plan the import assigns to this person, or null. */
  plan: RosterPlanShown | null;
  /** Why a plan named in the row is not assigned, in words ("already has this plan"); "" when nothing to say. */
  planNote: string;
}

/** A plan as the preview shows it. */
export interface RosterPlanShown {
  /** "Plant Operators (51-8093.00, 1)". */
  framework: string;
  targetLevel: LevelKey;
  targetDate: string | null;
  startDate: string;
}

export interface RowProblem {
  row: number;
  /** The column's label in our words ("Start date"), or "" for a problem with the whole row. */
  column: string;
  message: string;
}

export interface RosterPreview {
  fileKind: 'csv' | 'xlsx';
  /** How the file's text was read, in words: "UTF-8", "Windows-1252 (the file is not UTF-8)". */
  encoding: string;
  /** The separator read, in words ("semicolon"); null for a spreadsheet. */
  separator: string | null;
  columns: RosterColumn[];
  /** True when the columns are set as the trainer set them last time for this header row. */
  mappingRemembered: boolean;
  /** How the start dates were read ("DD/MM/YYYY"), or null when no start date column is mapped. */
  dateFormats: string | null;
  /** True when dates like 03/04/2026 could be either order: the user is asked which. */
  dateOrderAsked: boolean;
  dateOrder: DateOrder;
  totalRows: number;
  counts: { add: number; update: number; skip: number; refuse: number };
  /** Plans the import assigns, to people it adds and to people it updates. */
  plans: { add: number; update: number };
  /** Plans named in the file that will not be assigned (the person is imported all the same), the first 500. */
  planProblems: RowProblem[];
  /** Every row problem, however many were listed. */
  problemCount: number;
  rows: RosterPreviewRow[];
  problems: RowProblem[];
  /** Fields where the file has lost letters (the first 500), and how many in all. */
  lostLetters: LostLetters[];
  lostLetterCount: number;
  /** Set when nothing can be imported as mapped (no name column): say why. */
  blocking: string | null;
}

/** How far a roster preview or import is: the file read in the worker, then its rows checked. */
export interface RosterProgress {
  stage: 'reading' | 'checking';
  done: number;
  total: number;
}

export interface RosterImportResult {
  added: number;
  updated: number;
  skipped: number;
  refused: number;
  /** Plans assigned by the import (in the same change as the people). */
  plansAssigned: number;
  /** Plans named in the file that were not assigned, the first 500. */
  planProblems: RowProblem[];
  problems: RowProblem[];
  problemCount: number;
  /** Fields where the recorded spelling was kept because the file had lost letters. */
  spellingsKept: number;
  backupOfCurrent: string | null;
}

/** "Row 14, Start date: …" — how every problem is written, in the preview and the summary alike. */
export function describeProblem(problem: RowProblem): string {
  return problem.column === ''
    ? `Row ${String(problem.row)}: ${problem.message}`
    : `Row ${String(problem.row)}, ${problem.column}: ${problem.message}`;
}
