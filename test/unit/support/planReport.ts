import type { openTestApp } from './testApp';
import { TRAINEE } from './testApp';

type Call = Awaited<ReturnType<typeof openTestApp>>['call'];

/** A new trainee with a plan on `frameworkId` (target Developing) and their progress report's PDF bytes. */
export async function reportOfNewPlan(call: Call, frameworkId: string): Promise<Uint8Array> {
  const trainee = await call('trainees:create', TRAINEE);
  await call('plans:assign', {
    traineeId: trainee.id,
    frameworkId,
    targetLevel: 'developing',
    targetDate: '2027-03-31',
    startDate: '2026-09-01',
  });
  const file = await call('reports:trainee-pdf', {
    traineeId: trainee.id,
    planIds: null,
    includeNotes: true,
    outstandingOnly: false,
    includeAboveTarget: true,
    paperSize: 'A4',
  });
  return file.bytes;
}
