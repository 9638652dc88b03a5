import type { FrameworkFile } from '../frameworkFileSchema';
import type { LevelKey } from '../levels';

/** The file formats the one import button reads, recognised from the content, not the name. */
export type SourceFormat = 'trainplan' | 'spreadsheet' | 'case' | 'moodle';

export const SOURCE_FORMAT_NAMES: Record<SourceFormat, string> = {
  trainplan: 'Trainplan framework file',
  spreadsheet: 'Spreadsheet (Level, Topic, Statement)',
  case: 'CASE package (1EdTech)',
  moodle: 'Moodle competency framework CSV',
};

/** A group at the top of a CASE or Moodle tree, and the level its statements go to. */
export interface TopGroup {
  title: string;
  level: LevelKey;
  statementCount: number;
}

/** The framework exactly as it will be stored, and what the conversion did not carry over. */
export interface FrameworkPreview {
  format: SourceFormat;
  fileName: string;
  file: FrameworkFile;
  /** Each thing left out, with why, in words a trainer can follow. */
  leftOut: string[];
  /** Notes on how the file was read (an encoding, a level chosen by position). */
  notes: string[];
  /** For tree formats whose levels come from the top of the tree: the groups a trainer may re-assign. */
  topGroups: TopGroup[];
}

/** Largest source file read; bigger than any real framework, small enough to read in one go. */
export const MAX_SOURCE_FILE_BYTES = 5 * 1024 * 1024;

/** The spreadsheet layout, as the template and the README describe it. */
export const SPREADSHEET_COLUMNS = ['Level', 'Topic', 'Statement'] as const;
