import { z } from 'zod';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { settingsSchema } from '../../../shared/settings/settings';
import {
  historyEventSchema,
  importedFrameworkSchema,
  RECORDS_SCHEMA_VERSION,
  traineeDocSchema,
  type TraineeDoc,
} from './recordsSchema';

/**
 * The whole data set as one file, for backups and for moving records between computers: JSON lines,
 * a header, one line per trainee (their document and history), and an end line that proves the file
 * is complete. Written (see bundleWriter.ts) and read one trainee at a time, so its size never has to fit in memory.
 */
export const BUNDLE_FORMAT = 'trainplan-data';

export const bundleHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  settings: settingsSchema,
  frameworks: z.array(importedFrameworkSchema),
  trainees: z.number().int().nonnegative(),
  /** Trainees whose damaged files kept them out of this bundle (absent when none were). */
  leftOut: z
    .array(z.object({ id: z.string(), fullName: z.string(), problem: z.string() }))
    .max(100_000)
    .optional(),
});
const traineeLineSchema = z.object({ doc: traineeDocSchema, history: z.array(historyEventSchema) });
const endLineSchema = z.object({ end: z.literal(true), trainees: z.number().int().nonnegative() });

export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

export class BundleError extends Error {}

function parseLine<T>(line: string, schema: z.ZodType<T>, where: string): T {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BundleError(`${where} is not valid JSON.`);
  }
  const shape = jsonShapeProblem(json);
  if (shape) throw new BundleError(`${where} ${shape}.`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new BundleError(`${where} is damaged (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'}).`);
  }
  return parsed.data;
}

/** One trainee's line, checked as a whole; the writer checks each line this way before it writes it. */
export function parseTraineeLine(line: string, where: string): { doc: TraineeDoc; history: HistoryEvent[] } {
  const parsed = parseLine(line, traineeLineSchema, where);
  if (parsed.history.some((e) => e.traineeId !== parsed.doc.trainee.id)) {
    throw new BundleError(`${where} has history that belongs to someone else.`);
  }
  return parsed;
}

export interface BundleReader {
  header: BundleHeader;
  /** Calls `each` for every trainee, in order; throws a BundleError on the first problem. */
  trainees(each: (doc: TraineeDoc, history: HistoryEvent[]) => Promise<void>): Promise<number>;
  /** Stops reading (when only the header was wanted). */
  done(): Promise<void>;
}

/** Reads a bundle from its lines. The header is checked at once; trainees as they are read. */
export async function readBundle(lines: AsyncIterator<string>): Promise<BundleReader> {
  // However reading ends, the lines are let go of (a file's handle is closed).
  const done = async () => {
    await lines.return?.();
  };
  let header: BundleHeader;
  try {
    const first = await lines.next();
    if (first.done) throw new BundleError('The file is empty.');
    header = parseLine(first.value, bundleHeaderSchema, 'The first line');
    if (header.schemaVersion > RECORDS_SCHEMA_VERSION) {
      throw new BundleError(
        `It was made by a newer version of Trainplan (data format ${String(header.schemaVersion)}). Update Trainplan to read it.`,
      );
    }
  } catch (error) {
    await done();
    throw error;
  }
  return {
    header,
    done,
    async trainees(each) {
      try {
        return await eachTrainee(lines, header, each);
      } finally {
        await done();
      }
    },
  };
}

async function eachTrainee(
  lines: AsyncIterator<string>,
  header: BundleHeader,
  each: (doc: TraineeDoc, history: HistoryEvent[]) => Promise<void>,
): Promise<number> {
  let count = 0;
  const seen = new Set<string>();
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (line.trim() === '') continue;
    if (line.startsWith('{"end"')) {
      const end = parseLine(line, endLineSchema, 'The last line');
      if (end.trainees !== count || count !== header.trainees) {
        throw new BundleError(`It says it holds ${String(end.trainees)} trainees but holds ${String(count)}.`);
      }
      return count;
    }
    count += 1;
    const { doc, history } = parseTraineeLine(line, `Trainee ${String(count)}`);
    if (seen.has(doc.trainee.id)) throw new BundleError(`Trainee ${String(count)} appears twice.`);
    seen.add(doc.trainee.id);
    // A crash during a checkpoint can leave an event twice in a history file; it happened once.
    const ids = new Set<string>();
    await each(
      doc,
      history.filter((e) => !ids.has(e.id) && Boolean(ids.add(e.id))),
    );
  }
  throw new BundleError('It is incomplete: it ends before its last line (it may have been cut short).');
}

/** Whether a text looks like a bundle (rather than an older one-file export). */
export function isBundle(text: string): boolean {
  return text.trimStart().startsWith(`{"format":"${BUNDLE_FORMAT}"`);
}
