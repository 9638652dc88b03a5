import type { BackupKind } from '../backups/backupKinds';

/** What calls answer about the app, its data and saved files: types only, shared by main and the window. */

export interface AppInfo {
  version: string;
  dataFolder: string;
  mode: 'desktop' | 'browser';
  /** Set when another Trainplan is writing to the data folder: who, and since when. */
  readOnlyBecause: string | null;
  /** Set when the data file could not be used at start-up and was moved aside: the user chooses what next. */
  recovery: RecoveryInfo | null;
  /**
   * What was set aside since Trainplan started because a save was cut short (an incomplete last line,
   * never a confirmed change), each said in words with where the bytes went. Absent on the recovery screen.
   */
  setAside?: string[];
}

export interface RecoveryInfo {
  /**
   * damaged: the records could not be read and were moved aside; the user restores a backup, starts
   * empty or quits. newer_version: a newer Trainplan wrote them; nothing is moved and the only choice is to quit.
   */
  kind: 'damaged' | 'newer_version';
  /** What was wrong, in words: "it is not valid JSON (…)". */
  problem: string;
  /** Where the unusable file now is (it was not changed or deleted), or null when nothing was moved. */
  movedTo: string | null;
  /** Good backups, newest first. */
  backups: BackupSummary[];
  /**
   * Complete records folders in the data folder that trainplan.json does not name (it is missing), newest
   * first: they can be opened as they are (recovery:restore with the folder's name).
   */
  foundRecords: FoundRecords[];
}

export interface FoundRecords {
  /** The folder's name inside the data folder: records-20261130-081500-k3x9q2. */
  folder: string;
  traineeCount: number;
  /** When its index was last written. */
  savedAt: string;
}

export interface DataSummary {
  trainees: number;
  plans: number;
  checkoffs: number;
  importedFrameworks: number;
}

/** What a save did, for the message that follows it. */
export interface SavedFiles {
  /** False when the user closed the dialog without choosing; nothing was written then. */
  saved: boolean;
  /** The file (one) or the folder (several) the files went to, or where the browser puts downloads. */
  location: string | null;
  /** The names the files were saved under, in the order given. */
  fileNames: string[];
  /** How many of them got a number added, because the name was taken in that folder or by another file of the same save. */
  renamed: number;
}

export interface BackupSummary {
  fileName: string;
  createdAt: string;
  /**
   * Why it was made: at start-up, hourly while changes were made, by the trainer, or just before an
   * import or a restore replaced the records. 'unknown' for backups made before Trainplan noted it.
   */
  kind: BackupKind | 'unknown';
  traineeCount: number;
  sizeBytes: number;
  /** Trainees whose records could not be read when it was made, so it does not hold them (their files were left as they were). */
  leftOut: LeftOutTrainee[];
}

/** A trainee a backup or an export had to leave out, because their records file is damaged. */
export interface LeftOutTrainee {
  id: string;
  fullName: string;
  /** What is wrong with their file, in words: "the file is empty." */
  problem: string;
}
