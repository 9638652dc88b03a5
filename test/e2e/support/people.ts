import type { TraineeFieldsInput } from '../../../src/shared/trainees/traineeFields';

/** A trainee with just a name (and whatever else a test cares about), for setting up through the API. */
export function person(fullName: string, extra: Partial<TraineeFieldsInput> = {}): TraineeFieldsInput {
  return { fullName, employeeId: '', team: '', site: '', trainer: '', startDate: '', notes: '', ...extra };
}
