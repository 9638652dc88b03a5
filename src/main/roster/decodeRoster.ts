import { ApiError } from '../../shared/api/errors';
import { fileKind, WRONG_FILE } from '../../shared/files/fileKind';
import type { EncodingChoice } from '../../shared/roster/rosterImport';

export type RosterBytes = { kind: 'xlsx' } | { kind: 'csv'; text: string; encoding: string };

function refuse(fileName: string, sentence: string): ApiError {
  return new ApiError('invalid_input', `“${fileName}”: ${sentence} Nothing was changed.`);
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Files people pick by mistake, told by their first bytes, named for what they are. */
function wrongKind(bytes: Uint8Array): string | null {
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) ||
    (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && startsWith(bytes.subarray(8), 0x57, 0x45, 0x42, 0x50))
  ) {
    return 'This is a picture, not a list of people. Choose a CSV file or an Excel workbook (.xlsx).';
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    return 'This is a PDF, not a list of people. Choose a CSV file or an Excel workbook (.xlsx).';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return 'This is an old Excel workbook (.xls). Open it in Excel and save it as .xlsx or CSV, then import that.';
  }
  return null;
}

function decode(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

function utf16(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0xff, 0xfe)) return decode(bytes, 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decode(bytes, 'utf-16be');
  return null;
}

// eslint-disable-next-line no-control-regex -- control characters are what tells text from other bytes
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  return (sample.match(CONTROL)?.length ?? 0) > Math.max(2, sample.length / 200);
}

/**
 * The file's text and how it was read. Bytes that are not valid UTF-8 are read as Windows-1252 (what
 * Excel on Windows writes when asked for "CSV") and the preview says so; the user can choose either.
 */
export function decodeRoster(fileName: string, bytes: Uint8Array, choice: EncodingChoice): RosterBytes {
  if (bytes.byteLength === 0) throw refuse(fileName, WRONG_FILE.empty);
  const wrong = wrongKind(bytes);
  if (wrong) throw refuse(fileName, wrong);
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'xlsx' };

  let text: string;
  let encoding: string;
  const wide = utf16(bytes);
  if (wide !== null) {
    [text, encoding] = [wide, 'UTF-16'];
  } else if (choice === 'windows-1252') {
    [text, encoding] = [decode(bytes, 'windows-1252'), 'Windows-1252 (as you chose)'];
  } else if (choice === 'utf-8') {
    [text, encoding] = [decode(bytes, 'utf-8'), 'UTF-8 (as you chose)'];
  } else {
    try {
      [text, encoding] = [decode(bytes, 'utf-8', true), 'UTF-8'];
    } catch {
      [text, encoding] = [decode(bytes, 'windows-1252'), 'Windows-1252, because the file is not UTF-8'];
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw refuse(fileName, WRONG_FILE.empty);
  if (looksBinary(text)) {
    throw refuse(fileName, 'This file is not text. Choose a CSV file or an Excel workbook (.xlsx) of people.');
  }
  const kind = fileKind(text);
  if (kind === 'framework') {
    throw refuse(fileName, 'This looks like a framework file — import it on the Frameworks page, not as people.');
  }
  if (kind === 'data') {
    throw refuse(
      fileName,
      'This is a Trainplan data file (a backup or an export), not a list of people — import it in Settings.',
    );
  }
  if (kind === 'json') {
    throw refuse(
      fileName,
      'This is a JSON file, not a list of people. Choose a CSV file or an Excel workbook (.xlsx).',
    );
  }
  return { kind: 'csv', text, encoding };
}
