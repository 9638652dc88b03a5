import { z } from 'zod';
import { frameworkFileSchema } from '../../shared/framework/frameworkFileSchema';

/** The version this build writes. A file with a higher number is from a newer Trainplan and is refused. */
export const CURRENT_SCHEMA_VERSION = 1;

const importedFramework = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  file: frameworkFileSchema,
});

export const storeDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  frameworks: z.array(importedFramework),
});

export type StoreData = z.infer<typeof storeDataSchema>;
export type ImportedFramework = z.infer<typeof importedFramework>;

export function emptyStoreData(): StoreData {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, frameworks: [] };
}

/**
 * migrations[n] turns a version-n document into version n+1. Each is pure and kept forever,
 * so a file from any older Trainplan opens.
 */
export const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};
