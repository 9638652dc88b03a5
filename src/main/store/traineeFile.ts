import { ApiError } from '../../shared/api/errors';
import { DataFileError } from './dataFileError';
import { requireChecksum } from './records/checksummedDocument';
import { HistoryDamage } from './records/historyFile';
import { parseJsonText, readTextFile, type RecordsPaths } from './records/recordsFiles';
import { traineeDocSchema, type TraineeDoc } from './records/recordsSchema';

/** "Ann Lee’s file", so a message about a damaged file says whose it is. */
function fileOf(name: string | undefined): string {
  return name === undefined ? 'it' : `${name}’s file`;
}

/** Any failure to read a trainee's records, said as the trainer needs to hear it: what is wrong, and the way back. */
export function damagedTrainee(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof DataFileError || error instanceof HistoryDamage ? error.detail : 'it cannot be read.';
  return new ApiError(
    'storage_failed',
    `This trainee's records file cannot be used: ${detail} Restore a backup from Settings to get their records back.`,
  );
}

/**
 * A trainee's file as it is on disk, checked (its checksum where the folder has them, its shape, and
 * that it is theirs); null when there is none.
 */
export async function readTraineeFile(
  paths: RecordsPaths,
  id: string,
  checksummed: boolean,
  name: string | undefined,
): Promise<TraineeDoc | null> {
  const file = paths.traineeDoc(id);
  let doc: TraineeDoc;
  try {
    const text = await readTextFile(file);
    if (text === null) return null;
    if (checksummed) requireChecksum(file, text, fileOf(name));
    doc = parseJsonText(file, text, traineeDocSchema);
  } catch (error) {
    throw damagedTrainee(error);
  }
  if (doc.trainee.id !== id) {
    const detail = `it belongs to another trainee (${doc.trainee.id}): it was copied over theirs.`;
    throw damagedTrainee(new DataFileError('invalid', file, detail));
  }
  return doc;
}
