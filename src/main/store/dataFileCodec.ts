import { DataFileError } from './dataFileError';
import { CURRENT_SCHEMA_VERSION, migrations, storeDataSchema, type StoreData } from './storeSchema';

export interface DecodedDataFile {
  data: StoreData;
  /** The version the file was written in; lower than current when it was migrated on the way in. */
  fileVersion: number;
}

/** Text of the data file → validated, migrated data, or a DataFileError that says what is wrong. */
export function decodeDataFile(file: string, text: string): DecodedDataFile {
  if (text.trim() === '') throw new DataFileError('empty', file, 'the file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DataFileError('not_json', file, `it is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DataFileError('invalid', file, 'it does not hold Trainplan records.');
  }
  let doc = json as Record<string, unknown>;
  const fileVersion = doc.schemaVersion;
  if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) {
    throw new DataFileError('invalid', file, 'it has no valid schemaVersion.');
  }
  if (fileVersion > CURRENT_SCHEMA_VERSION) {
    throw new DataFileError(
      'newer_version',
      file,
      `it was written by a newer version of Trainplan (data format ${fileVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Trainplan to open it.`,
    );
  }
  for (let version = fileVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
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
  return { data: internRepeatedTexts(parsed.data), fileVersion };
}

/**
 * Every check-off quotes its statement's wording, so a large cohort holds the same few hundred
 * texts hundreds of thousands of times. Sharing one copy of each keeps memory proportional to
 * the frameworks, not to the number of check-offs.
 */
function internRepeatedTexts(data: StoreData): StoreData {
  const texts = new Map<string, string>();
  const intern = (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  for (const plan of data.plans) {
    for (const checkoff of Object.values(plan.checkoffs)) {
      checkoff.statementText = intern(checkoff.statementText);
      checkoff.assessor = intern(checkoff.assessor);
      checkoff.achievedOn = intern(checkoff.achievedOn);
    }
  }
  for (const event of data.events) {
    if (event.statementText !== null) event.statementText = intern(event.statementText);
    event.actor = intern(event.actor);
  }
  return data;
}

export function encodeDataFile(data: StoreData): string {
  return `${JSON.stringify(data)}\n`;
}
