import { describe, expect, it } from 'vitest';
import { withoutMadeUpCode } from '../../../../src/shared/framework/shownCode';
import { describeEvent } from '../../../../src/shared/history/historyText';
import { useTempDirs } from '../../support/tempDir';
import { openTestApp, TRAINEE } from '../../support/testApp';
import { pressDraft } from './draftFixtures';

const tempDir = useTempDirs();

describe('the made-up “00-” code of a framework made in Trainplan never shows', () => {
  it('in the history of a plan on it, its plan filter, or as an assumed job zone', async () => {
    const { call } = await openTestApp(await tempDir());
    const own = await call('frameworks:create', pressDraft({ code: '' }));
    expect(own.soc).toMatch(/^00-/);
    expect(own.jobZone).toBeNull();
    const trainee = await call('trainees:create', TRAINEE);
    await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: own.id,
      targetLevel: 'developing',
      targetDate: '2027-03-31',
      startDate: '2026-09-01',
    });
    const history = await call('history:query', { traineeId: trainee.id, limit: 50 });
    const assigned = history.events.find((e) => e.kind === 'plan.assigned');
    expect(assigned && describeEvent(assigned).subject).toBe('Press Brake Operation (version 1)');
    expect(history.plans.map((p) => p.frameworkTitle)).toEqual(['Press Brake Operation (version 1)']);
  });

  it('in events recorded before, which kept the code in the framework’s name', () => {
    expect(withoutMadeUpCode('Abkantpresse (00-9673.03, 1)')).toBe('Abkantpresse (version 1)');
    expect(withoutMadeUpCode('Machinists (51-4041.00, v.26.05)')).toBe('Machinists (51-4041.00, v.26.05)');
  });
});
