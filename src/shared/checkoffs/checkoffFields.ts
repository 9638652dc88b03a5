import { z } from 'zod';
import { isoDate, lineText, longText } from '../validation';

export const MAX_EVIDENCE_CHARS = 2000;

/** What the trainer records when checking a statement off. */
export const checkoffFieldsSchema = z.object({
  achievedOn: isoDate('Date achieved'),
  assessor: lineText('Assessor', 200, true),
  note: longText('Evidence note', MAX_EVIDENCE_CHARS),
});

export type CheckoffFields = z.output<typeof checkoffFieldsSchema>;

export const FUTURE_DATE_MESSAGE = 'The date achieved cannot be in the future.';

/** One statement's new state: its check-off details, or null to uncheck it. */
export const checkoffChangeSchema = z.object({
  statementId: z.string().min(1).max(40),
  checkoff: checkoffFieldsSchema.nullable(),
});

export type CheckoffChange = z.output<typeof checkoffChangeSchema>;
