import { readFirstLine } from './dataExportHeader';

/**
 * What a file handed to an importer looks like, judged only after the importer refused it, so a
 * trainer who picked the wrong file hears which file it is and where it belongs rather than a parser's
 * complaint. Cheap on purpose: it looks at the first line and, for small files, the top-level keys.
 */
export type FileKind = 'empty' | 'not_json' | 'framework' | 'data' | 'json';

/** Bigger than any framework export; a data file this big is recognised by its first line alone. */
const MAX_PARSED_CHARS = 8 * 1024 * 1024;

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function topLevelKeys(text: string): Set<string> | null {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? new Set(Object.keys(json)) : null;
  } catch {
    return null;
  }
}

function isJson(text: string): boolean {
  if (text.length > MAX_PARSED_CHARS) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function fileKind(rawText: string): FileKind {
  const text = withoutBom(rawText).trimStart();
  if (text === '') return 'empty';
  // Files are JSON objects (or lines of them); a bare JSON value ("framework", 42) is JSON all the same.
  // Anything else (a picture, a PDF, a spreadsheet, prose) is not JSON.
  if (!text.startsWith('{') && !text.startsWith('[')) return isJson(text) ? 'json' : 'not_json';
  // A bundle (backup or export) is JSON lines; its header line names the format.
  if (readFirstLine(text).kind === 'data_export') return 'data';
  const keys = text.length <= MAX_PARSED_CHARS ? topLevelKeys(text) : null;
  if (!keys) return 'json';
  if (keys.has('occupation') && keys.has('framework')) return 'framework';
  // The one-file data formats 1 and 2: a schemaVersion and the trainees.
  if (keys.has('schemaVersion') && keys.has('trainees')) return 'data';
  return 'json';
}

/** Where each importer sends a file that belongs to the other one, in the same words on every screen. */
export const WRONG_FILE = {
  frameworkGivenToDataImport: 'This looks like a framework file — import it on the Frameworks page.',
  dataGivenToFrameworkImport:
    'This is a Trainplan data file (a backup or an export of all records), not a framework — import it in Settings, under “Export and import all data”.',
  frameworkNotJson: 'This is not a Trainplan framework file (it is not JSON).',
  dataNotJson: 'This is not a Trainplan data file (it is not JSON): choose a file made by “Export all data…”.',
  empty: 'The file is empty.',
} as const;
