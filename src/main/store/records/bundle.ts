import { rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { settingsSchema } from '../../../shared/settings/settings';
import { syncFolder, tempFileFor, realFs, type WriteFs } from '../durableWrite';
import type { StableView } from '../store';
import { documentJson } from './checksummedDocument';
import { historyRecordTexts } from './historyFile';
import { readTextFile } from './recordsFiles';
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
 * is complete. Written and read one trainee at a time, so its size never has to fit in memory.
 */
export const BUNDLE_FORMAT = 'trainplan-data';

export const bundleHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  settings: settingsSchema,
  frameworks: z.array(importedFrameworkSchema),
  trainees: z.number().int().nonnegative(),
});
const traineeLineSchema = z.object({ doc: traineeDocSchema, history: z.array(historyEventSchema) });
const endLineSchema = z.object({ end: z.literal(true), trainees: z.number().int().nonnegative() });

export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

export class BundleError extends Error {}

/** Streams a stable view of the records as a bundle, copying the trainees' files without parsing them. */
export async function writeBundle(
  view: StableView,
  createdAt: Date,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    createdAt: createdAt.toISOString(),
    settings: view.settings,
    frameworks: view.frameworks,
    trainees: view.entries.length,
  };
  await write(`${JSON.stringify(header)}\n`);
  let chunk = '';
  for (const entry of view.entries) {
    const changed = view.docs.get(entry.id);
    const docFile = view.paths.traineeDoc(entry.id);
    const docText = changed
      ? JSON.stringify(changed)
      : documentJson(docFile, ((await readTextFile(docFile)) ?? '').trim());
    // Damage stops the backup instead of leaving the damaged events out of it.
    const history = await historyRecordTexts(view.paths.traineeHistory(entry.id));
    for (const event of view.events.get(entry.id) ?? []) history.push(JSON.stringify(event));
    chunk += `{"doc":${docText},"history":[${history.join(',')}]}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}${JSON.stringify({ end: true, trainees: view.entries.length })}\n`);
  return view.entries.length;
}

/** Writes a bundle file durably: a temp file, flushed, renamed into place. */
export async function writeBundleFile(view: StableView, file: string, createdAt: Date, fs: WriteFs = realFs) {
  const temp = tempFileFor(file);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await writeBundle(view, createdAt, async (chunk) => {
      await handle.writeFile(chunk);
    });
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temp, file);
  await syncFolder(dirname(file), fs);
}

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
    const { doc, history } = parseLine(line, traineeLineSchema, `Trainee ${String(count)}`);
    if (seen.has(doc.trainee.id)) throw new BundleError(`Trainee ${String(count)} appears twice.`);
    seen.add(doc.trainee.id);
    if (history.some((e) => e.traineeId !== doc.trainee.id)) {
      throw new BundleError(`Trainee ${String(count)} has history that belongs to someone else.`);
    }
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
