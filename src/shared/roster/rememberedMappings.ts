import { z } from 'zod';
import { headerKey } from './guessColumns';
import { MAX_ROSTER_COLUMNS, ROSTER_FIELDS, type ColumnTarget } from './rosterImport';

/** Header sets remembered; an HR department sends a handful of layouts, not dozens. */
export const MAX_REMEMBERED_MAPPINGS = 20;
/** Headers are remembered this long at most; longer ones are compared by their start. */
const HEADER_CHARS = 200;

export const rememberedMappingSchema = z
  .object({
    headers: z.array(z.string().max(HEADER_CHARS)).min(1).max(MAX_ROSTER_COLUMNS),
    mapping: z.array(z.enum([...ROSTER_FIELDS, 'ignore'])).max(MAX_ROSTER_COLUMNS),
  })
  .refine((m) => m.mapping.length === m.headers.length, 'Each remembered column needs a place it goes.');
export type RememberedMapping = z.output<typeof rememberedMappingSchema>;

/** Where the trainer last put the columns of each header row, newest first. */
export const rememberedMappingsSchema = z.array(rememberedMappingSchema).max(MAX_REMEMBERED_MAPPINGS);

const short = (headers: readonly string[]) => headers.map((h) => h.slice(0, HEADER_CHARS));
/** Two header rows are the same set when they match column by column, folded as the guesses fold them. */
const setKey = (headers: readonly string[]) => short(headers).map(headerKey).join('\u001f');

export function rememberedFor(
  remembered: readonly RememberedMapping[],
  headers: readonly string[],
): ColumnTarget[] | undefined {
  const key = setKey(headers);
  return remembered.find((m) => setKey(m.headers) === key)?.mapping;
}

/** The list with this header row's mapping first, replacing what was remembered for it. */
export function remember(
  remembered: readonly RememberedMapping[],
  headers: readonly string[],
  mapping: readonly ColumnTarget[],
): RememberedMapping[] {
  const key = setKey(headers);
  const entry = { headers: short(headers), mapping: headers.map((_, i) => mapping[i] ?? 'ignore') };
  return [entry, ...remembered.filter((m) => setKey(m.headers) !== key)].slice(0, MAX_REMEMBERED_MAPPINGS);
}
