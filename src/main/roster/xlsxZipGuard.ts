import { inflateRawSync } from 'node:zlib';
import { ApiError } from '../../shared/api/errors';
import { MAX_ROSTER_ROWS } from '../../shared/roster/rosterImport';

/**
 * An Excel workbook of 20,000 people and 7 columns unpacks to about 7 MB. exceljs holds a whole workbook
 * in memory, at some 40 times its unpacked size, so a workbook that unpacks to gigabytes (a few MB
 * zipped) would take the machine's memory for a minute before failing: it is refused first.
 */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** A workbook holds a few dozen files (sheets, styles, relations); thousands is no list of people. */
export const MAX_XLSX_ENTRIES = 1000;
/** Title rows above the header, and a total row or two below the people, on top of the people themselves. */
const ROW_SLACK = 100;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

function refuse(fileName: string, sentence: string): ApiError {
  return new ApiError('invalid_input', `“${fileName}”: ${sentence} Nothing was changed.`);
}

const unreadable = (fileName: string): ApiError =>
  refuse(
    fileName,
    'It could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again, or save it as CSV.',
  );

const tooBig = (fileName: string): ApiError =>
  refuse(
    fileName,
    `Unpacked, this workbook would take more than ${String(MAX_XLSX_UNPACKED_BYTES / 1024 / 1024)} MB; a list of people takes a few. Check it is the right file, or copy the people into a new workbook and import that.`,
  );

/** The zip's table of contents, read from its end, as exceljs's zip reader (JSZip) reads it too. */
function directory(fileName: string, bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable(fileName);
  const count = view.getUint16(end + 10, true);
  if (count > MAX_XLSX_ENTRIES) {
    throw refuse(
      fileName,
      `This workbook holds ${count.toLocaleString('en')} files inside; an Excel workbook of people holds a few dozen. Check it is the right file.`,
    );
  }
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw unreadable(fileName);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** An entry's stored bytes, found through its local header (whose name and extra field may differ in length). */
function storedBytes(fileName: string, bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw unreadable(fileName);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw unreadable(fileName);
  return bytes.subarray(start, start + entry.compressedSize);
}

// A row's start tag, with or without a namespace prefix (not </row>, not <rowBreaks> or other names).
const ROW_START = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g;

/**
 * Every row element of a sheet's XML, whatever it holds: exceljs reads each one, so a million rows of
 * styled empty cells or of formulas without a saved value cost as much to read as a million people
 * (88 s and 722 MB for 1,000,000 empty styled rows before this counted them).
 */
export function sheetRows(xml: string): number {
  const rowStart = new RegExp(ROW_START);
  let rows = 0;
  while (rowStart.exec(xml)) rows += 1;
  return rows;
}

const isSheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/**
 * Checks a workbook before exceljs opens it: how many files it holds, how big they unpack (as declared,
 * then as actually inflated, stopping at the limit whatever the declaration says) and how many rows its
 * sheets hold. Refuses in words what would otherwise take minutes and gigabytes to refuse.
 */
export function checkXlsxZip(fileName: string, bytes: Uint8Array): void {
  const entries = directory(fileName, bytes);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > MAX_XLSX_UNPACKED_BYTES) throw tooBig(fileName);
  let left = MAX_XLSX_UNPACKED_BYTES;
  for (const entry of entries) {
    const stored = storedBytes(fileName, bytes, entry);
    let unpacked: Uint8Array;
    if (entry.method === 0) {
      unpacked = stored;
    } else if (entry.method === 8) {
      try {
        // One byte over what is left proves the limit crossed without inflating any further.
        unpacked = inflateRawSync(stored, { maxOutputLength: left + 1 });
      } catch (error) {
        if (error instanceof RangeError) throw tooBig(fileName);
        throw unreadable(fileName);
      }
    } else {
      throw unreadable(fileName);
    }
    if (unpacked.byteLength > left) throw tooBig(fileName);
    left -= unpacked.byteLength;
    if (!isSheet(entry.name)) continue;
    const rows = sheetRows(Buffer.from(unpacked.buffer, unpacked.byteOffset, unpacked.byteLength).toString('latin1'));
    if (rows > MAX_ROSTER_ROWS + ROW_SLACK) {
      throw refuse(
        fileName,
        `A sheet of this workbook has ${rows.toLocaleString('en')} rows; Trainplan imports at most ${MAX_ROSTER_ROWS.toLocaleString('en')} people at once. Split the file.`,
      );
    }
  }
}
