import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { oneLine } from '../../../shared/text/oneLine';
import { DataFileError } from '../dataFileError';
import { V2_SCHEMA_VERSION, migrations, storeDataSchema, type StoreDataV2 } from './v2Schema';

export interface DecodedDataFile {
  data: StoreDataV2;
  /** The version the file was written in; lower than current when it was migrated on the way in. */
  fileVersion: number;
}

/** Text of a data-format 1 or 2 file → validated data in format 2, or a DataFileError that says what is wrong. */
export function decodeV2File(file: string, text: string): DecodedDataFile {
  if (text.trim() === '') throw new DataFileError('empty', file, 'the file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DataFileError('not_json', file, `it is not valid JSON (${oneLine((error as Error).message)}).`);
  }
  const shape = jsonShapeProblem(json);
  if (shape) throw new DataFileError('invalid', file, `it ${shape}.`);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DataFileError('invalid', file, 'it does not hold Trainplan records.');
  }
  let doc = json as Record<string, unknown>;
  const fileVersion = doc.schemaVersion;
  if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) {
    throw new DataFileError('invalid', file, 'it has no valid schemaVersion.');
  }
  if (fileVersion > V2_SCHEMA_VERSION) throw new DataFileError('invalid', file, 'it is not a format 1 or 2 file.');
  for (let version = fileVersion; version < V2_SCHEMA_VERSION; version += 1) {
    const migrate = migrations[version];
    if (!migrate) throw new DataFileError('invalid', file, `no migration from data format ${version}.`);
    doc = { ...migrate(doc), schemaVersion: version + 1 };
  }
  const parsed = storeDataSchema.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'unknown problem';
    throw new DataFileError('invalid', file, `its records are damaged (${where}).`);
  }
  return { data: parsed.data, fileVersion };
}
