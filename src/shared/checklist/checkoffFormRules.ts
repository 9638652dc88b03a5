import type { z } from 'zod';
import { checkoffDateProblem, type CheckoffDateLimits } from '../checkoffs/checkoffDates';
import { checkoffFieldsSchema, type CheckoffFields } from '../checkoffs/checkoffFields';

/** The form's rules: the main process's, plus the date rule it enforces, so the form says so before saving. */
export function checkoffFormSchema(limits: CheckoffDateLimits) {
  return checkoffFieldsSchema.superRefine((fields, ctx) => {
    const problem = checkoffDateProblem(fields.achievedOn, limits);
    if (problem) ctx.addIssue({ code: 'custom', path: ['achievedOn'], message: problem });
  }) satisfies z.ZodType<CheckoffFields>;
}
