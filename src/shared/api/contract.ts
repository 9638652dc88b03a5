import { z } from 'zod';
import { checkoffChangeSchema, type CheckoffChange } from '../checkoffs/checkoffFields';
import type { Framework, FrameworkSummary, FrameworkUsage } from '../framework/framework';
import { dashboardDrillInput, dashboardInput, type Dashboard, type DashboardDrill } from '../overview/dashboard';
import { dashboardPdfInput, matrixExportInput, traineesExportInput, type ExportFile } from '../overview/exports';
import {
  frameworkMatrixInput,
  matrixCellInput,
  overviewMatrixInput,
  type FrameworkMatrix,
  type MatrixCellDetail,
  type OverviewMatrix,
} from '../overview/matrix';
import { historyQuerySchema, type HistoryPage } from '../history/historyQuery';
import { planTargetShape, targetNotBeforeStart } from '../plans/planFields';
import { cohortReportOptionsSchema, traineeReportOptionsSchema, type PdfFile } from '../reports/reportOptions';
import { settingsUpdateSchema, type Settings } from '../settings/settings';
import {
  rosterImportInput,
  rosterPreviewInput,
  type RosterImportResult,
  type RosterPreview,
  type RosterProgress,
} from '../roster/rosterImport';
import { bulkChangeInput, bulkUndoInput, matchingIdsInput, type BulkChangeResult } from '../trainees/bulkChange';
import { traineeFieldsSchema, type Trainee } from '../trainees/traineeFields';
import type { TraineeDetail, TraineeRow } from '../trainees/traineeViews';
import { traineeQuerySchema, type TraineePage } from '../trainees/traineeQuery';
import {
  groupSignoffInput,
  setManyCheckoffsInput,
  signoffCandidatesInput,
  type ChangedPlan,
  type GroupSignoffResult,
  type SignoffCandidate,
} from '../signoff/groupSignoff';
import { frameworkDraftSchema } from '../framework/editor/frameworkDraft';
import type { FrameworkPreview } from '../framework/sources/sourcePreview';
// Moving plans to a new framework version
import {
  moveInput,
  movePreviewInput,
  type MovePreview,
  type MoveResult,
  type OlderPlan,
} from '../framework/versionMoveApi';
import type { AppInfo, BackupSummary, DataSummary, LeftOutTrainee, SavedFiles } from './appTypes';
import {
  dataFileInput,
  type FileToSave,
  fileToSave,
  frameworkIdInput,
  id,
  noInput,
  sourceFileInput,
  traineeIdInput,
} from './commonInputs';
import type { CallName } from './callNames';
import type { ApiResult } from './errors';

export type { AppInfo, BackupSummary, DataSummary, LeftOutTrainee, RecoveryInfo, SavedFiles } from './appTypes';
export type { FileToSave } from './commonInputs';

/** An entry of the contract: the input's zod schema, and the output's type (type-only, never read at run time). */
interface CallSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const call =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input });

/** The one API between renderer and main. Both transports (IPC and the browser bridge) serve exactly this. */
export const contract = {
  'app:info': call<AppInfo>()(noInput),

  'frameworks:list': call<FrameworkSummary[]>()(noInput),
  'frameworks:get': call<Framework>()(frameworkIdInput),
  'frameworks:import': call<FrameworkSummary>()(
    z
      .object({
        fileName: z.string().trim().min(1, 'The file has no name.').max(255, 'The file name is too long.'),
        text: z.string(),
      })
      .strict(),
  ),
  'frameworks:remove': call<{ removed: string }>()(frameworkIdInput),
  /** Who has a plan on the framework (a count and the first names), asked before a removal. */
  'frameworks:usage': call<FrameworkUsage>()(frameworkIdInput),
  // Framework import from other formats
  /** Reads any framework file Trainplan knows into our format, without storing it. */
  'frameworks:preview': call<FrameworkPreview>()(sourceFileInput),
  /** Stores what the preview of the same bytes and levels showed. */
  'frameworks:import-source': call<FrameworkSummary>()(sourceFileInput),
  /** The spreadsheet template, to fill in and import. */
  'frameworks:template': call<FileToSave>()(z.object({ format: z.enum(['xlsx', 'csv']) }).strict()),
  // Own frameworks: editor and export
  /** Stores a framework made in the editor, or a new version of `basedOn`; never changes a stored one. */
  'frameworks:create': call<FrameworkSummary>()(frameworkDraftSchema),
  /** Any framework as our JSON format or as the importer's spreadsheet layout. */
  'frameworks:export': call<FileToSave>()(
    z
      .object({
        frameworkId: id('framework'),
        format: z.enum(['json', 'xlsx'], { error: 'Choose JSON or Excel (.xlsx).' }),
      })
      .strict(),
  ),

  'settings:get': call<Settings>()(noInput),
  'settings:update': call<Settings>()(settingsUpdateSchema),

  'trainees:list': call<TraineeRow[]>()(noInput),
  'trainees:query': call<TraineePage>()(traineeQuerySchema),
  'trainees:get': call<TraineeDetail>()(traineeIdInput),
  'trainees:create': call<Trainee>()(traineeFieldsSchema.strict()),
  'trainees:update': call<Trainee>()(traineeFieldsSchema.extend({ id: id('trainee') }).strict()),
  'trainees:set-archived': call<Trainee>()(
    z.object({ id: id('trainee'), archived: z.boolean({ error: 'Say whether to archive.' }) }).strict(),
  ),
  'trainees:delete': call<{ deleted: string }>()(
    z.object({ id: id('trainee'), confirmName: z.string().max(400) }).strict(),
  ),
  /** Every trainee the list's filters match, in no particular order: "select all shown". */
  'trainees:matching-ids': call<string[]>()(matchingIdsInput),
  /** Assign a plan, set the trainer or team, or archive, for every selected trainee in one transaction. */
  'trainees:bulk-change': call<BulkChangeResult>()(bulkChangeInput),
  /** Puts back what one bulk change replaced, in one transaction. */
  'trainees:bulk-undo': call<{ restored: number }>()(bulkUndoInput),

  /** One page of a trainee's history, newest first: the trainee page never loads the whole file. */
  'history:query': call<HistoryPage>()(historyQuerySchema),

  'plans:assign': call<{ planId: string }>()(
    targetNotBeforeStart(
      z.object({ traineeId: id('trainee'), frameworkId: id('framework'), ...planTargetShape }).strict(),
    ),
  ),
  'plans:update': call<{ planId: string }>()(
    targetNotBeforeStart(z.object({ planId: id('plan'), ...planTargetShape }).strict()),
  ),
  'plans:remove': call<{ removed: string }>()(z.object({ planId: id('plan') }).strict()),

  'checkoffs:set': call<{ planId: string; frameworkId: string; previous: CheckoffChange[] }>()(
    z
      .object({
        planId: id('plan'),
        /** The framework version the page showed the plan on: refused if the plan has moved since. */
        frameworkId: z.string().max(200).optional(),
        changes: z
          .array(checkoffChangeSchema)
          .min(1, 'Choose at least one statement.')
          .max(500, 'At most 500 statements can be changed at once.'),
      })
      .strict(),
  ),
  /** Several plans' statements in one transaction: the group sign-off's Undo sends back what it replaced. */
  'checkoffs:set-many': call<{ changed: ChangedPlan[] }>()(setManyCheckoffsInput),
  /** The same statements signed off for many trainees at once; those already achieved are kept and counted as skipped. */
  'checkoffs:sign-off-group': call<GroupSignoffResult>()(groupSignoffInput),
  /** Active trainees with a plan on the framework, with what each has already achieved. */
  'signoff:candidates': call<SignoffCandidate[]>()(signoffCandidatesInput),

  /** The skills matrix of one framework: every matching trainee with a plan on it × its statements. */
  'overview:framework-matrix': call<FrameworkMatrix>()(frameworkMatrixInput),
  /** The overview matrix: matching trainees × the frameworks they have plans on. */
  'overview:matrix': call<OverviewMatrix>()(overviewMatrixInput),
  /** The check-off behind one cell of the matrix (date, assessor, note), or null when not achieved. */
  'overview:cell': call<MatrixCellDetail | null>()(matrixCellInput),
  'overview:dashboard': call<Dashboard>()(dashboardInput),
  /** The trainees behind one figure of the dashboard. */
  'overview:drill': call<DashboardDrill>()(dashboardDrillInput),
  /** The matrix as CSV, XLSX or a landscape PDF, made in the report worker. */
  'exports:matrix': call<ExportFile>()(matrixExportInput),
  /** The trainees list as CSV or XLSX, made in the report worker. */
  'exports:trainees': call<ExportFile>()(traineesExportInput),

  'reports:trainee-pdf': call<PdfFile>()(traineeReportOptionsSchema),
  /** The dashboard on one page, charts drawn as vectors. */
  'reports:dashboard-pdf': call<PdfFile>()(dashboardPdfInput),
  'reports:cohort-pdf': call<PdfFile & { rowCount: number }>()(cohortReportOptionsSchema),
  /** Stops the report being made and those waiting (the trainer pressed Cancel). */
  'reports:cancel': call<{ cancelled: number }>()(noInput),
  /** How far the cohort report being made is (slices of rows done, of all), or null when none is being made. */
  'reports:progress': call<{ done: number; total: number } | null>()(noInput),
  'reports:combine': call<PdfFile>()(
    z
      .object({
        fileName: z.string().min(1).max(255),
        files: z
          .array(z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'Each report must be a PDF file.' }))
          .min(1, 'Choose at least one report.')
          .max(2000, 'At most 2,000 reports can go in one file.'),
      })
      .strict(),
  ),

  'backups:list': call<BackupSummary[]>()(noInput),
  /**
   * Answers once a backup being made has finished: what went wrong with the last automatic one (at start-up or
   * hourly: it failed, or left out trainees whose records are damaged), in words, or null. The window asks at
   * start and after changes, so damage found by the start-up backup is shown without polling.
   */
  'backups:warning': call<{ warning: string | null }>()(noInput),
  'backups:create': call<BackupSummary>()(noInput),
  'backups:restore': call<{ restored: string; backupOfCurrent: string | null; setAside: string | null }>()(
    z.object({ fileName: z.string().min(1, 'Choose a backup.').max(100) }).strict(),
  ),

  'backups:delete': call<{ deleted: string }>()(
    z.object({ fileName: z.string().min(1, 'Choose a backup.').max(100) }).strict(),
  ),

  'data:export': call<{ fileName: string; text: string; summary: DataSummary; leftOut: LeftOutTrainee[] }>()(noInput),
  'data:check-import': call<{ incoming: DataSummary; current: DataSummary }>()(dataFileInput),
  'data:import': call<{ imported: DataSummary; backupOfCurrent: string | null; setAside: string | null }>()(
    dataFileInput,
  ),
  'recovery:restore': call<{ restored: string }>()(
    z.object({ fileName: z.string().min(1, 'Choose a backup.').max(100) }).strict(),
  ),
  'recovery:start-empty': call<{ started: true }>()(noInput),
  'recovery:quit': call<{ quitting: true }>()(noInput),

  // Roster import
  /** Reads a CSV or XLSX file of people and says what importing it would do; changes nothing. */
  'roster:preview': call<RosterPreview>()(rosterPreviewInput),
  /** Imports the checked rows in one transaction, after a backup. */
  'roster:import': call<RosterImportResult>()(rosterImportInput),
  /**
   * How far the preview or import being made is: reading the file (in the report worker), then checking
   * rows (an import checks each row twice); null when none is running.
   */
  'roster:progress': call<RosterProgress | null>()(noInput),
  /** Stops the preview or import being made (the trainer pressed Cancel); says whether one was. */
  'roster:cancel': call<{ cancelled: boolean }>()(noInput),

  // Moving plans to a new framework version
  /** Statement by statement, what moving the plans would carry over, change, add and drop; changes nothing. */
  'plans:move-preview': call<MovePreview>()(movePreviewInput),
  /** Moves every chosen plan in one transaction, or none. */
  'plans:move': call<MoveResult>()(moveInput),
  /** Active trainees' plans on older versions of the framework, to offer on its page. */
  'plans:older-versions': call<OlderPlan[]>()(frameworkIdInput),

  // The desktop shell's save dialogs. One file: the system dialog asks before replacing a file. Several:
  // the user picks a folder and each file gets a free name there; nothing is overwritten.
  'files:save-pdf': call<SavedFiles>()(fileToSave),
  'files:save-pdfs': call<SavedFiles>()(
    z
      .object({
        files: z
          .array(fileToSave)
          .min(1, 'Choose at least one report.')
          .max(2000, 'At most 2,000 reports can be saved at once.'),
      })
      .strict(),
  ),
  'files:save-data': call<SavedFiles>()(fileToSave),
  /** A spreadsheet or CSV export; the extension of the name decides the dialog's file type. */
  'files:save-export': call<SavedFiles>()(fileToSave),
} satisfies Record<CallName, CallSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;

/** What a service layer must provide: one async function per call. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallOutput<K>> };

/** The calls only the desktop shell can answer with a dialog; it hands these handlers to the services. */
export type SaveCallName = 'files:save-pdf' | 'files:save-pdfs' | 'files:save-data' | 'files:save-export';
export type SaveHandlers = Pick<Handlers, SaveCallName>;

/** The surface the preload exposes on window.trainplan: one function per call, nothing generic. */
export type IpcBridge = { [K in CallName]: (input: unknown) => Promise<ApiResult<unknown>> };
