import type { IsoDate } from '../../shared/dates';
import type { TableFormat } from '../../shared/overview/exports';
import type { FrameworkMatrix, OverviewMatrix } from '../../shared/overview/matrix';
import type { PlanStatus } from '../../shared/progress/progressRules';
import type { TraineeRow } from '../../shared/trainees/traineeViews';

/**
 * One cell of an export, said once and written by each format its own way: a date is YYYY-MM-DD in a
 * CSV and a real date in Excel; a status is its word, on its colour in Excel; a tick is ✓ or empty.
 */
export type ExportCell =
  | string
  | number
  | null
  | { kind: 'date'; date: IsoDate }
  | { kind: 'status'; status: PlanStatus; text: string }
  | { kind: 'tick'; achieved: boolean }
  | { kind: 'fraction'; achieved: number; total: number };

export interface ExportColumn {
  header: string;
  /**
   * `narrow` columns (one per statement) are a tick wide, their header turned upright, so a framework's
   * forty statements fit on a screen as a skills matrix does on paper.
   */
  narrow?: boolean;
}

/** One table: a CSV file, or one sheet of a workbook. */
export interface ExportSheet {
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

/** What every export says about itself: in the "About" sheet of a workbook, after the rows of a CSV. */
export interface ExportAbout {
  title: string;
  organisationName: string;
  generatedAt: Date;
  /** The filters in words; empty for everyone. */
  filterDescription: string;
  /** Each framework in the file, with its source and attribution line (O*NET's CC BY 4.0 among them). */
  attributions: { title: string; line: string }[];
}

export interface ExportBook {
  format: TableFormat;
  about: ExportAbout;
  /** A CSV is the first sheet only; a workbook has them all, then "About". */
  sheets: ExportSheet[];
}

/** Plain data for the report worker, which turns it into an ExportBook and then a file. */
export interface TableExportData {
  format: TableFormat;
  about: ExportAbout;
  content:
    | { kind: 'framework-matrix'; matrix: FrameworkMatrix }
    /** `frameworks`: one framework view per column of the overview, for the workbook's sheets (not the CSV). */
    | { kind: 'overview-matrix'; matrix: OverviewMatrix; frameworks: FrameworkMatrix[] }
    | { kind: 'trainees'; rows: TraineeRow[]; includeArchived: boolean };
}
