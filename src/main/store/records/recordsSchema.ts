import { z } from 'zod';
import { frameworkFileSchema } from '../../../shared/framework/frameworkFileSchema';
import { LEVEL_KEYS } from '../../../shared/framework/levels';
import { EVENT_KINDS } from '../../../shared/history/historyEvent';
import { settingsSchema } from '../../../shared/settings/settings';

/** The data format this build writes (v2 was one trainplan.json; v3 is the records folder). */
export const RECORDS_SCHEMA_VERSION = 3;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Ids name files and map keys: letters, digits and a few marks only (never "__proto__" or a path). */
export const recordId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$/, 'must be an id of letters, digits, "-", "_", ".", ":" or "@"');
const json = z.record(z.string(), z.unknown());

export const importedFrameworkSchema = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  file: frameworkFileSchema,
  /**
   * When it was removed from the library. A removed version is kept (out of sight) because plans' history
   * may name it: its code and version can come back only with the same statements.
   */
  removedAt: z.string().optional(),
});

export const traineeSchema = z.object({
  id: recordId,
  fullName: z.string().min(1),
  employeeId: z.string().nullable(),
  team: z.string(),
  site: z.string(),
  trainer: z.string(),
  startDate: date.nullable(),
  notes: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * A check-off does not repeat its statement's wording: a framework version never changes, so the
 * wording is its statement's. `statementText` is kept only where it differed (records migrated from
 * an older file whose quote did not match).
 */
export const storedCheckoffSchema = z.object({
  achievedOn: date,
  assessor: z.string(),
  note: z.string(),
  recordedAt: z.string(),
  statementText: z.string().optional(),
});

/** The last check-off removed from a statement (without its wording: that is the statement's, or in the history). */
export const removedCheckoffSchema = z.object({
  achievedOn: date,
  assessor: z.string(),
  note: z.string(),
  removedAt: z.string(),
});

export const storedPlanSchema = z.object({
  id: recordId,
  frameworkId: z.string(),
  targetLevel: z.enum(LEVEL_KEYS),
  targetDate: date.nullable(),
  startDate: date,
  createdAt: z.string(),
  checkoffs: z.record(recordId, storedCheckoffSchema),
  /** Optional: records written before it existed load without it. */
  removedCheckoffs: z.record(recordId, removedCheckoffSchema).optional(),
});

/** One trainee's own records: the unit a change rewrites. */
export const traineeDocSchema = z.object({
  trainee: traineeSchema,
  plans: z.array(storedPlanSchema),
  /** When the trainee's history last grew; the list shows it. */
  lastActivity: z.string(),
  /**
   * The id of the newest event in the trainee's history: a history file cut at a line boundary, emptied
   * or deleted would otherwise read as a shorter history. Absent in files written before it was kept.
   */
  lastEventId: recordId.optional(),
});

export const historyEventSchema = z.object({
  id: recordId,
  at: z.string(),
  actor: z.string(),
  kind: z.enum(EVENT_KINDS),
  traineeId: recordId,
  planId: recordId.nullable(),
  frameworkTitle: z.string().nullable(),
  statementId: z.string().nullable(),
  statementText: z.string().nullable(),
  before: json.nullable(),
  after: json.nullable(),
});

/** What the trainees list needs of a trainee, kept for all of them so the list never opens their files. */
export const indexEntrySchema = z.object({
  id: recordId,
  fullName: z.string(),
  employeeId: z.string().nullable(),
  team: z.string(),
  site: z.string(),
  trainer: z.string(),
  archived: z.boolean(),
  lastActivity: z.string(),
  /**
   * The latest date any of the trainee's statements was achieved on, or null when none is. Absent in
   * index files written before it was kept; the store works it out from the trainee's file then.
   */
  lastAchievedOn: date.nullable().optional(),
  plans: z.array(
    z.object({
      id: z.string(),
      frameworkId: z.string(),
      targetLevel: z.enum(LEVEL_KEYS),
      targetDate: date.nullable(),
      startDate: date,
      achieved: z.array(z.string()),
      /**
       * Statements achieved per calendar month ("2026-03": 4), for the dashboard's chart without opening
       * every trainee's file. Absent in index files written before it was kept (filled in at start).
       */
      achievedMonths: z.record(z.string(), z.number().int().nonnegative()).optional(),
    }),
  ),
});

/** index.json: everything but the trainees' own files, as of the last checkpoint. */
export const snapshotSchema = z.object({
  schemaVersion: z.literal(RECORDS_SCHEMA_VERSION),
  generation: z.number().int().nonnegative(),
  /** The sequence number of the last change this snapshot holds; the journal goes on from the next. Absent before 2026-12. */
  seq: z.number().int().nonnegative().optional(),
  /**
   * Every trainee file in the folder was written with a checksum, so one without is refused. Absent in
   * folders older than checksums (and dropped by older Trainplans, whose files have none).
   */
  docsChecksummed: z.literal(true).optional(),
  settings: settingsSchema,
  frameworks: z.array(importedFrameworkSchema),
  trainees: z.array(indexEntrySchema),
});

/** One committed change in the journal: after-images of what it changed, and the events it adds. */
export const journalRecordSchema = z.object({
  seq: z.number().int().nonnegative(),
  /** A trainee's whole document after the change, or null when the trainee was erased. */
  docs: z.array(z.object({ id: recordId, doc: traineeDocSchema.nullable() })).optional(),
  events: z.array(historyEventSchema).optional(),
  settings: settingsSchema.optional(),
  frameworks: z.array(z.object({ id: z.string(), framework: importedFrameworkSchema.nullable() })).optional(),
});

/** trainplan.json in the data folder: which records folder is current. Replaced atomically. */
export const manifestSchema = z.object({
  schemaVersion: z.literal(RECORDS_SCHEMA_VERSION),
  records: z.string().regex(/^records-[A-Za-z0-9-]+$/),
});

export type ImportedFramework = z.infer<typeof importedFrameworkSchema>;
export type StoredTrainee = z.infer<typeof traineeSchema>;
export type StoredCheckoff = z.infer<typeof storedCheckoffSchema>;
export type StoredPlan = z.infer<typeof storedPlanSchema>;
export type TraineeDoc = z.infer<typeof traineeDocSchema>;
export type IndexEntry = z.infer<typeof indexEntrySchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type JournalRecord = z.infer<typeof journalRecordSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** The latest date any statement of the trainee's plans was achieved on, or null. */
export function lastAchievedOn(doc: Pick<TraineeDoc, 'plans'>): string | null {
  let latest: string | null = null;
  for (const plan of doc.plans) {
    for (const checkoff of Object.values(plan.checkoffs)) {
      if (latest === null || checkoff.achievedOn > latest) latest = checkoff.achievedOn;
    }
  }
  return latest;
}

/** Check-offs per calendar month ("YYYY-MM"), as the index keeps them. */
export function achievedMonths(checkoffs: Readonly<Record<string, { achievedOn: string }>>): Record<string, number> {
  const months: Record<string, number> = {};
  for (const checkoff of Object.values(checkoffs)) {
    const month = checkoff.achievedOn.slice(0, 7);
    months[month] = (months[month] ?? 0) + 1;
  }
  return months;
}

export function indexEntryOf(doc: TraineeDoc): IndexEntry {
  const { trainee } = doc;
  return {
    id: trainee.id,
    fullName: trainee.fullName,
    employeeId: trainee.employeeId,
    team: trainee.team,
    site: trainee.site,
    trainer: trainee.trainer,
    archived: trainee.archived,
    lastActivity: doc.lastActivity,
    lastAchievedOn: lastAchievedOn(doc),
    plans: doc.plans.map((p) => ({
      id: p.id,
      frameworkId: p.frameworkId,
      targetLevel: p.targetLevel,
      targetDate: p.targetDate,
      startDate: p.startDate,
      achieved: Object.keys(p.checkoffs),
      achievedMonths: achievedMonths(p.checkoffs),
    })),
  };
}
