import { z } from 'zod';
import { lineText } from '../validation';

export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PAPER_SIZE_LABELS: Record<PaperSize, string> = { A4: 'A4', LETTER: 'US Letter' };

export const settingsSchema = z.object({
  organisationName: lineText('Organisation name', 200),
  trainerName: lineText('Trainer name', 200),
  paperSize: z.enum(PAPER_SIZES, { error: 'Choose A4 or US Letter.' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { organisationName: '', trainerName: '', paperSize: 'A4' };
