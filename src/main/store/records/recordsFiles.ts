import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { createHash } from 'node:crypto';
import { constants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { oneLine } from '../../../shared/text/oneLine';
import { DataFileError } from '../dataFileError';
import { realFs, writeFileDurably, type WriteFs } from '../durableWrite';
import { documentJson, documentText } from './checksummedDocument';
import { decodeUtf8Strictly, NotUtf8Error } from './strictText';

/** Where each kind of record lives inside a records folder. */
export interface RecordsPaths {
  dir: string;
  index: string;
  trainees: string;
  history: string;
  journal(generation: number): string;
  traineeDoc(id: string): string;
  traineeHistory(id: string): string;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name for a record id that is safe on every file system we meet, shared drives included:
 * plain lowercase ids are used as they are; anything else (capitals, which case-insensitive disks
 * would confuse, or marks) becomes a hash of the id.
 */
export function fileNameOf(id: string): string {
  if (/^[a-z0-9_-]{1,80}$/.test(id) && !WINDOWS_RESERVED.test(id)) return id;
  return `h-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

export function recordsPaths(dir: string): RecordsPaths {
  return {
    dir,
    index: join(dir, 'index.json'),
    trainees: join(dir, 'trainees'),
    history: join(dir, 'history'),
    journal: (generation) => join(dir, `journal-${String(generation).padStart(6, '0')}.jsonl`),
    traineeDoc: (id) => join(dir, 'trainees', `${fileNameOf(id)}.json`),
    traineeHistory: (id) => join(dir, 'history', `${fileNameOf(id)}.jsonl`),
  };
}

/** The longest text Node can hold: a file read whole beyond it cannot become one string. */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

/** Reads a file as strict UTF-8; null when it does not exist. */
export async function readTextFile(file: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > MAX_TEXT_BYTES) {
      const megabytes = (n: number): string => `${Math.floor(n / (1024 * 1024)).toLocaleString('en')} MB`;
      throw new DataFileError(
        'unreadable',
        file,
        `it is too big to read (${megabytes(size)}; Trainplan reads files of this kind up to ${megabytes(MAX_TEXT_BYTES)}).`,
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DataFileError('unreadable', file, `it cannot be read (${(error as Error).message}).`);
  }
  try {
    return decodeUtf8Strictly(bytes, file);
  } catch (error) {
    if (error instanceof NotUtf8Error) {
      throw new DataFileError('not_utf8', file, 'it is not UTF-8 text (it may have been edited by another program).');
    }
    throw error;
  }
}

export function parseJsonText<T>(file: string, text: string, schema: z.ZodType<T>): T {
  if (text.trim() === '') throw new DataFileError('empty', file, 'the file is empty.');
  const checked = documentJson(file, text);
  let json: unknown;
  try {
    json = JSON.parse(checked.charCodeAt(0) === 0xfeff ? checked.slice(1) : checked);
  } catch (error) {
    throw new DataFileError('not_json', file, `it is not valid JSON (${oneLine((error as Error).message)}).`);
  }
  const shape = jsonShapeProblem(json);
  if (shape) throw new DataFileError('invalid', file, `it ${shape}.`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'unknown problem';
    throw new DataFileError('invalid', file, `its records are damaged (${where}).`);
  }
  return parsed.data;
}

/** lowdb adapter for one JSON document: strict UTF-8, validated on every read, durable atomic writes. */
class ValidatedJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly fs: WriteFs,
    private readonly syncFolder: boolean,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextFile(this.file);
    return text === null ? null : parseJsonText(this.file, text, this.schema);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, documentText(data as object), this.fs, { syncFolder: this.syncFolder });
  }
}

/** One validated JSON document on disk, kept with lowdb. */
export function jsonDocument<T>(
  file: string,
  schema: z.ZodType<T>,
  options: { fs?: WriteFs; syncFolder?: boolean } = {},
): Low<T | null> {
  return new Low<T | null>(
    new ValidatedJsonAdapter(file, schema, options.fs ?? realFs, options.syncFolder ?? true) as Adapter<T | null>,
    null,
  );
}

export async function readJsonDocument<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  const doc = jsonDocument(file, schema);
  await doc.read();
  return doc.data;
}
