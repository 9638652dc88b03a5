import type { z } from 'zod';
import { storeDataSchema, type StoreData } from './storeSchema';

const shape = storeDataSchema.shape;
const COLLECTIONS = ['frameworks', 'trainees', 'plans', 'events'] as const;

/**
 * Validates what a change produced before it is written, but only the records that are new or
 * changed: with structural sharing, an untouched record is the very same object as before.
 * Throws a ZodError, and nothing is written, if a service ever produced an invalid record.
 */
export function validateChanges(before: StoreData, after: StoreData): void {
  if (after.settings !== before.settings) shape.settings.parse(after.settings);
  for (const key of COLLECTIONS) {
    const list: readonly unknown[] = after[key];
    if (list === before[key]) continue;
    if (!Array.isArray(list)) shape[key].parse(list);
    const element = (shape[key] as z.ZodArray<z.ZodType>).element;
    const old = new Set<unknown>(before[key]);
    for (const item of list) if (!old.has(item)) element.parse(item);
  }
}
