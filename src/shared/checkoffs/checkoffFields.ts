import { z } from 'zod';
import { isoDate, lineText, longText } from '../validation';

export const MAX_EVIDENCE_CHARS = 2000;

/** What the trainer records when checking a statement off. */
export const checkoffFieldsSchema = z.object({
  achievedOn: isoDate('Date achieved'),
  // Optional: a tick is one click whether or not the trainer's name is set; the page then says
  // "assessor not recorded" and the note popover lets the trainer fill it in.
  assessor: lineText('Assessor', 200),
  note: longText('Evidence note', MAX_EVIDENCE_CHARS),
});

export type CheckoffFields = z.output<typeof checkoffFieldsSchema>;

/** One statement's new state: its check-off details, or null to uncheck it. */
export const checkoffChangeSchema = z.object({
  statementId: z.string().min(1).max(40),
  checkoff: checkoffFieldsSchema.nullable(),
});

export type CheckoffChange = z.output<typeof checkoffChangeSchema>;

/** The last check-off removed from a statement, kept so that re-ticking it can offer to restore it. */
export interface RemovedCheckoff extends CheckoffFields {
  removedAt: string;
}
