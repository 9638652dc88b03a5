import { z } from 'zod';
import { longText, lineText, optionalIsoDate } from '../validation';

export const MAX_NAME_CHARS = 200;

/** What a trainer fills in for a trainee. The form and the main process validate with this same schema. */
export const traineeFieldsSchema = z.object({
  fullName: lineText('Full name', MAX_NAME_CHARS, true),
  employeeId: lineText('Employee or badge ID', 50).transform((v) => (v === '' ? null : v)),
  team: lineText('Team or department', 100),
  site: lineText('Site', 100),
  trainer: lineText('Trainer', 200),
  startDate: optionalIsoDate('Start date'),
  notes: longText('Notes', 5000),
});

export type TraineeFieldsInput = z.input<typeof traineeFieldsSchema>;
export type TraineeFields = z.output<typeof traineeFieldsSchema>;

export const EMPTY_TRAINEE_FIELDS: TraineeFieldsInput = {
  fullName: '',
  employeeId: '',
  team: '',
  site: '',
  trainer: '',
  startDate: '',
  notes: '',
};

export interface Trainee extends TraineeFields {
  id: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}
