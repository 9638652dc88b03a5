import { ApiError } from '../../../shared/api/errors';
import { parseFrameworkFile } from '../../../shared/framework/parseFrameworkFile';
import type { LevelKey } from '../../../shared/framework/levels';
import { formatBytes } from '../../../shared/framework/limits';
import {
  MAX_SOURCE_FILE_BYTES,
  type FrameworkPreview,
  type SourceFormat,
} from '../../../shared/framework/sources/sourcePreview';
import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { buildFrameworkFile } from './buildFrameworkFile';
import { isCasePackage, readCasePackage, type ConvertedSource } from './caseSource';
import { csvRows, MAX_SOURCE_ROWS } from './csvRows';
import { decodeText, isZip, looksBinary } from './decodeText';
import { isMoodleExport, readMoodleExport } from './moodleSource';
import { isSpreadsheetLayout, readSpreadsheet } from './spreadsheetSource';
import { xlsxRows } from './xlsxRows';

export interface SourceInput {
  fileName: string;
  bytes: Uint8Array;
  /** A level for each group at the top of a CASE or Moodle tree, as chosen in the preview. */
  levels?: LevelKey[];
}

const FORMATS_READ =
  'Trainplan reads its own framework files (.json), spreadsheets with Level, Topic and Statement columns (.xlsx or .csv, see “Download template”), CASE packages (.json) and Moodle competency framework exports (.csv).';

function refuse(fileName: string, sentence: string): ApiError {
  return new ApiError('invalid_framework', `“${fileName}”: ${sentence}`, []);
}

function notAFramework(fileName: string, what: string): ApiError {
  return refuse(fileName, `${what} ${FORMATS_READ}`);
}

function spreadsheet(rows: string[][], about: string[][], leftOut: string[]) {
  const read = readSpreadsheet(rows, about, leftOut);
  return { meta: { ...read.meta, group: 'Spreadsheet' }, levels: read.levels, topGroups: [] };
}

async function convert(
  input: SourceInput,
  leftOut: string[],
  notes: string[],
): Promise<{ format: SourceFormat; source: ConvertedSource } | { format: 'trainplan'; text: string }> {
  const { fileName, bytes } = input;
  if (isZip(bytes)) {
    const { rows, about } = await xlsxRows(bytes);
    if (!isSpreadsheetLayout(rows)) {
      throw notAFramework(fileName, 'This workbook has no header row with Level, Topic and Statement.');
    }
    return { format: 'spreadsheet', source: spreadsheet(rows, about, leftOut) };
  }
  if (looksBinary(bytes)) throw notAFramework(fileName, 'This is not a framework file (it is not text or a workbook).');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw refuse(fileName, 'The file is empty.');
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    // JSON is UTF-8 by definition; a JSON file in another encoding was damaged on the way.
    if (encoding !== 'utf-8') {
      throw new ApiError(
        'invalid_framework',
        `“${fileName}” is not UTF-8 text: some characters could not be read. Save it as UTF-8 (or export it again) and try again.`,
        [],
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { format: 'trainplan', text };
    }
    const shape = jsonShapeProblem(json);
    if (shape) throw refuse(fileName, `The file ${shape}.`);
    if (isCasePackage(json)) return { format: 'case', source: readCasePackage(json, input.levels, leftOut, notes) };
    return { format: 'trainplan', text };
  }
  if (encoding === 'windows-1252') {
    notes.push(
      'The file is not UTF-8: it was read as Windows-1252, as Excel saves CSV on Windows. Check the accents below.',
    );
  }
  const rows = csvRows(text);
  if (rows.length > MAX_SOURCE_ROWS) {
    throw refuse(
      fileName,
      `The file has ${rows.length.toLocaleString('en')} rows; a framework may have at most ${MAX_SOURCE_ROWS.toLocaleString('en')}.`,
    );
  }
  if (isMoodleExport(rows)) return { format: 'moodle', source: readMoodleExport(rows, input.levels, leftOut, notes) };
  if (isSpreadsheetLayout(rows)) return { format: 'spreadsheet', source: spreadsheet(rows, [], leftOut) };
  throw notAFramework(fileName, 'This file is not a framework Trainplan can read.');
}

/**
 * Reads a framework file in any of the formats Trainplan knows, recognised from its content, into our own
 * format, with what was left out and why. Nothing is stored: the import converts the same bytes again.
 */
export async function previewFrameworkSource(input: SourceInput, now: Date): Promise<FrameworkPreview> {
  const { fileName, bytes } = input;
  if (bytes.byteLength > MAX_SOURCE_FILE_BYTES) {
    throw refuse(
      fileName,
      `The file is too large to be a framework (${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(MAX_SOURCE_FILE_BYTES)}).`,
    );
  }
  if (bytes.byteLength === 0) throw refuse(fileName, 'The file is empty.');
  const leftOut: string[] = [];
  const notes: string[] = [];
  try {
    const converted = await convert(input, leftOut, notes);
    if ('text' in converted) {
      return {
        format: 'trainplan',
        fileName,
        file: parseFrameworkFile(fileName, converted.text),
        leftOut,
        notes,
        topGroups: [],
      };
    }
    const file = buildFrameworkFile(
      converted.source.meta,
      converted.source.levels,
      leftOut,
      now,
      converted.source.labels,
    );
    return { format: converted.format, fileName, file, leftOut, notes, topGroups: converted.source.topGroups };
  } catch (error) {
    // Every refusal names the file, so a trainer importing several knows which one it was.
    if (error instanceof ApiError && !error.message.startsWith(`“${fileName}”`)) {
      throw new ApiError(error.code, `“${fileName}”: ${error.message}`, error.fields);
    }
    throw error;
  }
}
