import { z } from 'zod';
import { frameworkFileSchema } from '../../../shared/framework/frameworkFileSchema';
import { LEVEL_KEYS } from '../../../shared/framework/levels';
import { EVENT_KINDS } from '../../../shared/history/historyEvent';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings/settings';

/**
 * The one-file format of Trainplan before the records folder (data format 2, trainplan.json), kept to
 * migrate data folders and to import exports made by those versions.
 */
export const V2_SCHEMA_VERSION = 2;

const importedFramework = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  file: frameworkFileSchema,
});

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const json = z.record(z.string(), z.unknown());

const trainee = z.object({
  id: z.string(),
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

const checkoff = z.object({
  achievedOn: date,
  assessor: z.string(),
  note: z.string(),
  statementText: z.string(),
  recordedAt: z.string(),
});

const plan = z.object({
  id: z.string(),
  traineeId: z.string(),
  frameworkId: z.string(),
  targetLevel: z.enum(LEVEL_KEYS),
  targetDate: date.nullable(),
  startDate: date,
  createdAt: z.string(),
  checkoffs: z.record(z.string(), checkoff),
});

const historyEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(EVENT_KINDS),
  traineeId: z.string(),
  planId: z.string().nullable(),
  frameworkTitle: z.string().nullable(),
  statementId: z.string().nullable(),
  statementText: z.string().nullable(),
  before: json.nullable(),
  after: json.nullable(),
});

export const storeDataSchema = z.object({
  schemaVersion: z.literal(V2_SCHEMA_VERSION),
  settings: settingsSchema,
  frameworks: z.array(importedFramework),
  trainees: z.array(trainee),
  plans: z.array(plan),
  events: z.array(historyEvent),
});

export type StoreDataV2 = z.infer<typeof storeDataSchema>;

/**
 * migrations[n] turns a version-n document into version n+1. Each is pure and kept forever,
 * so a file from any older Trainplan opens.
 */
export const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: trainees, plans, check-offs, history and settings arrive.
  1: (data) => ({ ...data, settings: { ...DEFAULT_SETTINGS }, trainees: [], plans: [], events: [] }),
};
