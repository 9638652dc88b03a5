import { z } from 'zod';
import { rememberedMappingsSchema } from '../roster/rememberedMappings';
import { lineText, storedLineText } from '../validation';

export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PAPER_SIZE_LABELS: Record<PaperSize, string> = { A4: 'A4', LETTER: 'US Letter' };

/** Where Trainplan opens: the trainer's list, or the manager's dashboard. */
export const START_PAGES = ['trainees', 'dashboard'] as const;
export type StartPage = (typeof START_PAGES)[number];
export const START_PAGE_LABELS: Record<StartPage, string> = { trainees: 'Trainees list', dashboard: 'Dashboard' };
const START_PAGE_ERROR = 'Choose the trainees list or the dashboard.';

const ASKED_ERROR = 'Say whether your name was asked for (true or false).';

/** Settings as stored (in index.json, a backup, an export): read as they were saved before the text rule. */
export const settingsSchema = z.object({
  organisationName: storedLineText('Organisation name', 200),
  trainerName: storedLineText('Trainer name', 200),
  paperSize: z.enum(PAPER_SIZES, { error: 'Choose A4 or US Letter.' }),
  /**
   * Whether the first-start question for the trainer's name was answered or skipped, so it is asked
   * once per data folder. Records written before it existed read as false.
   */
  trainerNameAsked: z.boolean({ error: ASKED_ERROR }).default(false),
  /** The page Trainplan opens on; records written before it existed open on the trainees list. */
  startPage: z.enum(START_PAGES, { error: START_PAGE_ERROR }).default('trainees'),
  /** Where the trainer last put the columns of each roster header row; written by a roster import. */
  rosterMappings: rememberedMappingsSchema.default([]),
});

/**
 * What settings:update takes: the same fields, but a caller that leaves out trainerNameAsked or
 * startPage (a script, an older form) keeps what is stored rather than having the question come back.
 */
export const settingsUpdateSchema = settingsSchema
  .extend({
    // What is typed now follows the one text rule (src/shared/text/plainText.ts).
    organisationName: lineText('Organisation name', 200),
    trainerName: lineText('Trainer name', 200),
    trainerNameAsked: z.boolean({ error: ASKED_ERROR }).optional(),
    startPage: z.enum(START_PAGES, { error: START_PAGE_ERROR }).optional(),
    rosterMappings: rememberedMappingsSchema.optional(),
  })
  .strict();
export type SettingsUpdate = z.output<typeof settingsUpdateSchema>;

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  trainerName: '',
  paperSize: 'A4',
  trainerNameAsked: false,
  startPage: 'trainees',
  rosterMappings: [],
};
