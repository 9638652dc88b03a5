import { z } from 'zod';
import { LEVEL_KEYS, type LevelKey } from '../framework/levels';
import { isoDate, optionalIsoDate } from '../validation';

export const targetLevelSchema = z.enum(LEVEL_KEYS, {
  error: 'Choose a target level: Emerging, Developing, Proficient or Advanced.',
});

/** A plan's target: what the trainer sets when assigning a framework, and may change later. */
export const planTargetShape = {
  targetLevel: targetLevelSchema,
  targetDate: optionalIsoDate('Target date'),
  startDate: isoDate('Start date'),
};

/** The target date, when there is one, is not before the start date. */
export function targetNotBeforeStart<T extends { targetDate: string | null; startDate: string }>(schema: z.ZodType<T>) {
  return schema.refine((p) => p.targetDate === null || p.targetDate >= p.startDate, {
    message: 'The target date cannot be before the start date.',
    path: ['targetDate'],
  });
}

export const planTargetSchema = targetNotBeforeStart(z.object(planTargetShape));

export type PlanTargetInput = z.input<typeof planTargetSchema>;
export type PlanTarget = z.output<typeof planTargetSchema>;

export interface Checkoff {
  achievedOn: string;
  assessor: string;
  note: string;
  /** The statement as it read when it was checked off: reports quote this. */
  statementText: string;
  recordedAt: string;
}

export interface Plan extends PlanTarget {
  id: string;
  traineeId: string;
  frameworkId: string;
  createdAt: string;
  checkoffs: Record<string, Checkoff>;
}

export type { LevelKey };
