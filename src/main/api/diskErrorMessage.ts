import type { CallName } from '../../shared/api/callNames';

/** A disk error (a full disk, an I/O error) in words a trainer can act on. */
export const DISK_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  EROFS: 'the data folder is read-only',
  EACCES: 'Trainplan is not allowed to write to the data folder',
  EPERM: 'Trainplan is not allowed to write to the data folder',
};

/**
 * What was not done, by call: most calls make a change, but a backup is not one ("The change was not saved"
 * after Back up now sends the trainer looking for a change they never made), and saving a file touches no record.
 */
const NOT_DONE: Partial<Record<CallName, string>> = {
  'backups:create': 'The backup was not made',
  'backups:restore': 'Nothing was restored',
  'recovery:restore': 'Nothing was restored',
  'data:import': 'Nothing was imported',
  'files:save-pdf': 'The file was not saved',
  'files:save-pdfs': 'The files were not saved',
  'files:save-data': 'The file was not saved',
  'files:save-export': 'The file was not saved',
};

export function diskErrorMessage(name: CallName, code: string): string {
  const notDone = NOT_DONE[name];
  const records = notDone ? 'Your records are unchanged' : 'Your earlier records are unchanged';
  return `${notDone ?? 'The change was not saved'} because ${DISK_ERRORS[code] ?? code}. ${records}. Free some space or check the data folder, then try again.`;
}
