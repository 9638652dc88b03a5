import { z } from 'zod';
import { DATA_EXPORT_FORMAT, readFirstLine } from '../../../shared/files/dataExportHeader';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { settingsSchema } from '../../../shared/settings/settings';
import { plural } from '../../../shared/text/plural';
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
export const BUNDLE_FORMAT = DATA_EXPORT_FORMAT;

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

/** A line as JSON, checked for shape; a line re-written by another tool (spaces, key order, CRLF) reads the same. */
function parseJson(line: string, where: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BundleError(`${where} is not valid JSON.`);
  }
  const shape = jsonShapeProblem(json);
  if (shape) throw new BundleError(`${where} ${shape}.`);
  return json;
}

function validLine<T>(json: unknown, schema: z.ZodType<T>, where: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new BundleError(`${where} is damaged (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'}).`);
  }
  return parsed.data;
}

function parseLine<T>(line: string, schema: z.ZodType<T>, where: string): T {
  return validLine(parseJson(line, where), schema, where);
}

/** The end line is told by its "end" key, not by its first bytes. */
const isEndLine = (json: unknown): boolean => typeof json === 'object' && json !== null && Object.hasOwn(json, 'end');

/** One trainee's line, parsed, checked as a whole. */
function traineeLineOf(json: unknown, where: string): { doc: TraineeDoc; history: HistoryEvent[] } {
  const parsed = validLine(json, traineeLineSchema, where);
  if (parsed.history.some((e) => e.traineeId !== parsed.doc.trainee.id)) {
    throw new BundleError(`${where} has history that belongs to someone else.`);
  }
  return parsed;
}

/** One trainee's line, checked as a whole; the writer checks each line this way before it writes it. */
export function parseTraineeLine(line: string, where: string): { doc: TraineeDoc; history: HistoryEvent[] } {
  return traineeLineOf(parseJson(line, where), where);
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
    // A byte order mark (an editor on Windows adds one) is not part of the first line.
    header = parseLine(first.value.replace(/^\uFEFF/, ''), bundleHeaderSchema, 'The first line');
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
  let lineNumber = 1;
  const seen = new Set<string>();
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    lineNumber += 1;
    const line = next.value;
    if (line.trim() === '') continue;
    // Named as the trainee it should be: a damaged end line is told from a trainee only once it parses.
    const json = parseJson(line, `Trainee ${String(count + 1)}`);
    if (isEndLine(json)) {
      const end = validLine(json, endLineSchema, 'The last line');
      checkCounts(header.trainees, end.trainees, count);
      await nothingAfterEnd(lines, lineNumber);
      return count;
    }
    count += 1;
    const { doc, history } = traineeLineOf(json, `Trainee ${String(count)}`);
    if (seen.has(doc.trainee.id)) throw new BundleError(`Trainee ${String(count)} appears twice.`);
    seen.add(doc.trainee.id);
    // A crash during a checkpoint can leave an event twice in a history file; it happened once. Only such
    // exact repeats are dropped: two different events under one id go on, for the import checks to refuse.
    const texts = new Map<string, string>();
    await each(
      doc,
      history.filter((e) => {
        const text = JSON.stringify(e);
        if (texts.get(e.id) === text) return false;
        if (!texts.has(e.id)) texts.set(e.id, text);
        return true;
      }),
    );
  }
  throw new BundleError('It is incomplete: it ends before its last line (it may have been cut short).');
}

/** The first line and the last each say how many trainees there are; both must match what the file holds. */
function checkCounts(inHeader: number, atEnd: number, held: number): void {
  const which = inHeader !== held ? 'first' : atEnd !== held ? 'last' : null;
  if (which === null) return;
  throw new BundleError(
    `Its ${which} line says it holds ${plural(which === 'first' ? inHeader : atEnd, 'trainee')}, but it holds ${String(held)} (it may have been cut short or edited).`,
  );
}

/** Anything but blank lines after the end line is refused, never ignored: it could be records nobody would see. */
async function nothingAfterEnd(lines: AsyncIterator<string>, endLine: number): Promise<void> {
  let lineNumber = endLine;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    lineNumber += 1;
    if (next.value.trim() === '') continue;
    throw new BundleError(
      `There is more after its last line (line ${String(lineNumber)}): it may be two files joined together. Use the file as Trainplan wrote it, or export the data again.`,
    );
  }
}

/**
 * Whether a text looks like a bundle (rather than an older one-file export): its first line names the format,
 * however another tool spaced it or ordered its keys, and after a byte order mark.
 */
export function isBundle(text: string): boolean {
  return readFirstLine(text).kind === 'data_export';
}
