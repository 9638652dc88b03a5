import { shorten } from '../text/shorten';
import { z } from 'zod';
import { PAPER_SIZES } from '../settings/settings';
import { STATUS_FILTER_LABELS, type StatusFilter } from '../trainees/traineeFilter';

const paperSize = z.enum(PAPER_SIZES, { error: 'Choose A4 or US Letter.' });
const id = z.string().min(1).max(200);

export const traineeReportOptionsSchema = z
  .object({
    traineeId: id,
    /** The plans to include; null means all of the trainee's plans. */
    planIds: z.array(id).max(100).nullable(),
    includeNotes: z.boolean(),
    outstandingOnly: z.boolean(),
    /** Levels above the plan's target, marked as such; true (as before this option) when a caller does not say. */
    includeAboveTarget: z.boolean().default(true),
    paperSize,
  })
  .strict();

export type TraineeReportOptions = z.infer<typeof traineeReportOptionsSchema>;

const optionalText = z.string().max(200).nullable();

export const traineeFilterSchema = z
  .object({
    search: z.string().max(200),
    team: optionalText,
    site: optionalText,
    trainer: optionalText,
    frameworkId: optionalText,
    status: z.enum(Object.keys(STATUS_FILTER_LABELS) as [StatusFilter, ...StatusFilter[]]).nullable(),
    includeArchived: z.boolean(),
  })
  .strict();

const statusSchema = z.enum(Object.keys(STATUS_FILTER_LABELS) as [StatusFilter, ...StatusFilter[]]);

/** How the cohort report orders its trainees: by team then name, or the most urgent first. */
export const COHORT_ORDERS = ['team', 'urgency'] as const;
export type CohortOrder = (typeof COHORT_ORDERS)[number];

export const cohortReportOptionsSchema = z
  .object({
    filter: traineeFilterSchema,
    paperSize,
    /** Several statuses at once ("Behind or Overdue"), beside the filter's one; empty for any. */
    statuses: z.array(statusSchema).max(7).optional(),
    order: z.enum(COHORT_ORDERS).optional(),
  })
  .strict();

export type CohortReportOptions = z.infer<typeof cohortReportOptionsSchema>;

export interface PdfFile {
  fileName: string;
  bytes: Uint8Array;
  pageCount: number;
}

const FILE_NAME_LIMIT = 180;
const FILE_NAME_TAIL = 24;

/** The last `count` UTF-16 units of `text`, starting on a whole character. */
function lastCharacters(text: string, count: number): string {
  const start = text.length - count;
  const low = text.charCodeAt(start);
  // Never start on the second half of a surrogate pair.
  return text.slice(low >= 0xdc00 && low <= 0xdfff ? start + 1 : start).trimStart();
}

/** Characters no file system accepts in a name, and control characters, become spaces. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    // Direction marks and overrides: "‮fdp.exe" would show in a file manager as "exe.pdf".
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length <= FILE_NAME_LIMIT) return cleaned || 'Trainplan report';
  // The end says what the file is and when ("… - 2026-11-30"): a long name is cut in its middle.
  const tail = lastCharacters(cleaned, FILE_NAME_TAIL);
  return `${shorten(cleaned.slice(0, cleaned.length - tail.length), FILE_NAME_LIMIT - tail.length - 1)} ${tail}`;
}
