import { rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LeftOutTrainee } from '../../../shared/api/appTypes';
import { DataFileError } from '../dataFileError';
import { syncFolder, tempFileFor, realFs, type WriteFs } from '../durableWrite';
import type { StableView } from '../store';
import { BUNDLE_FORMAT, BundleError, parseTraineeLine, type BundleHeader } from './bundle';
import { documentJson, requireChecksum } from './checksummedDocument';
import { checkHistoryEnd, HistoryCut } from './historyEnd';
import { historyRecordTexts } from './historyFile';
import { readTextFile } from './recordsFiles';
import { RECORDS_SCHEMA_VERSION, type IndexEntry } from './recordsSchema';

/** What a bundle holds: how many trainees, and who had to be left out because their files are damaged. */
export interface BundleContents {
  trainees: number;
  leftOut: LeftOutTrainee[];
}

/** "The first line is not valid JSON." → "it is not valid JSON." */
const asProblem = (error: BundleError): string => error.message.replace(/^It /, 'it ');

/**
 * The JSON of a trainee's file on disk, checked. Where a newer document is in memory, a damaged file
 * is not damage (the next checkpoint replaces it) and only tells nothing about where the history ends.
 */
function storedJsonOf(file: string, stored: string | undefined, replaced: boolean): string | undefined {
  if (stored === undefined) return undefined;
  if (!replaced) return documentJson(file, stored);
  try {
    const json = documentJson(file, stored);
    JSON.parse(json);
    return json;
  } catch {
    return undefined;
  }
}

/** The last event a trainee's file names, read without trusting its shape (a damaged one is refused later). */
function lastEventIdOf(json: string): string | undefined {
  const value = (JSON.parse(json) as { lastEventId?: unknown } | null)?.lastEventId;
  return typeof value === 'string' ? value : undefined;
}

/**
 * One trainee's bundle line, checked as the reader of a backup checks it (the same function), or why it
 * cannot be made. A damaged file is left out (and named) instead of failing the whole backup: one bad
 * file must never keep everyone else's records from being backed up, exported or restored. Each line is
 * parsed once here, so a backup costs about one more read of the records than a plain copy.
 */
async function traineeLine(view: StableView, entry: IndexEntry): Promise<string | LeftOutTrainee> {
  const leftOut = (problem: string): LeftOutTrainee => ({ id: entry.id, fullName: entry.fullName, problem });
  try {
    const changed = view.docs.get(entry.id);
    const docFile = view.paths.traineeDoc(entry.id);
    const stored = (await readTextFile(docFile))?.trim();
    if (!changed && stored === undefined) return leftOut('their records file is missing.');
    if (!changed && stored === '') return leftOut('the file is empty.');
    if (!changed && view.docsChecksummed) requireChecksum(docFile, stored ?? '');
    const storedJson = storedJsonOf(docFile, stored, changed !== undefined);
    const docText = changed ? JSON.stringify(changed) : (storedJson ?? '');
    // A damaged history line (not a torn tail) leaves the trainee out, named, instead of dropping events.
    const historyFile = view.paths.traineeHistory(entry.id);
    const history = await historyRecordTexts(historyFile);
    const memory = view.events.get(entry.id) ?? [];
    // The history must end where the trainee's file on disk says; a newer document in memory says nothing of the file.
    if (storedJson !== undefined) {
      await checkHistoryEnd(historyFile, lastEventIdOf(storedJson), memory, undefined);
    }
    for (const event of memory) history.push(JSON.stringify(event));
    // The file on its own must be one JSON value: text such as `{…},"doc":{…}` would otherwise put
    // another document into the line than the one reading the trainee's file refuses.
    if (!changed) JSON.parse(docText);
    const line = `{"doc":${docText},"history":[${history.join(',')}]}`;
    if (parseTraineeLine(line, 'It').doc.trainee.id !== entry.id) return leftOut('it holds someone else’s records.');
    return `${line}\n`;
  } catch (error) {
    if (error instanceof DataFileError || error instanceof HistoryCut) return leftOut(error.detail);
    if (error instanceof BundleError) return leftOut(asProblem(error));
    if (error instanceof SyntaxError) return leftOut('it is not valid JSON.');
    throw error;
  }
}

/** Every trainee's line, a megabyte or so at a time, skipping (and naming) those whose files are damaged. */
async function writeTraineeLines(view: StableView, write: (chunk: string) => Promise<void>): Promise<BundleContents> {
  const contents: BundleContents = { trainees: 0, leftOut: [] };
  let chunk = '';
  for (const entry of view.entries) {
    const line = await traineeLine(view, entry);
    if (typeof line !== 'string') {
      contents.leftOut.push(line);
      continue;
    }
    contents.trainees += 1;
    chunk += line;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') await write(chunk);
  return contents;
}

function headerLine(view: StableView, createdAt: Date, contents: BundleContents): string {
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    createdAt: createdAt.toISOString(),
    settings: view.settings,
    frameworks: view.frameworks,
    trainees: contents.trainees,
    ...(contents.leftOut.length > 0 ? { leftOut: contents.leftOut } : {}),
  };
  return `${JSON.stringify(header)}\n`;
}

const endLine = (contents: BundleContents): string => `${JSON.stringify({ end: true, trainees: contents.trainees })}\n`;

/** A stable view of the records as a bundle, in memory (the export, which the window receives whole anyway). */
export async function writeBundle(
  view: StableView,
  createdAt: Date,
  write: (chunk: string) => Promise<void>,
): Promise<BundleContents> {
  const chunks: string[] = [];
  const contents = await writeTraineeLines(view, (chunk) => {
    chunks.push(chunk);
    return Promise.resolve();
  });
  await write(headerLine(view, createdAt, contents));
  for (const chunk of chunks) await write(chunk);
  await write(endLine(contents));
  return contents;
}

/**
 * Writes a bundle file durably. The header says how many trainees follow and who was left out, which is
 * known only at the end: the trainees' lines go to a temp file first, then header, lines and end line
 * into a second temp file that is flushed and renamed into place. Both temp files are named so that a
 * start after a crash removes them.
 */
export async function writeBundleFile(
  view: StableView,
  file: string,
  createdAt: Date,
  fs: WriteFs = realFs,
): Promise<BundleContents> {
  const body = tempFileFor(file);
  const temp = tempFileFor(file);
  try {
    const bodyHandle = await fs.open(body, 'w+', 0o600);
    let contents: BundleContents;
    try {
      contents = await writeTraineeLines(view, async (chunk) => {
        await bodyHandle.writeFile(chunk);
      });
      const handle = await fs.open(temp, 'w', 0o600);
      try {
        await handle.writeFile(headerLine(view, createdAt, contents));
        const buffer = Buffer.alloc(1 << 20);
        for (let position = 0; ;) {
          const { bytesRead } = await bodyHandle.read(buffer, 0, buffer.length, position);
          if (bytesRead === 0) break;
          await handle.writeFile(buffer.subarray(0, bytesRead));
          position += bytesRead;
        }
        await handle.writeFile(endLine(contents));
        await handle.sync();
      } finally {
        await handle.close();
      }
    } finally {
      await bodyHandle.close();
    }
    await fs.unlink(body);
    await rename(temp, file);
    await syncFolder(dirname(file), fs);
    return contents;
  } catch (error) {
    await fs.unlink(body).catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
