import { plantVersion2 } from '../../fixtures/versions/plantVersion2';
import { openTestApp, PLANT } from '../support/testApp';

export const TICK = (achievedOn: string, note = '') => ({ achievedOn, assessor: 'Maria Keane', note });

export const person = (fullName: string) => ({
  fullName,
  employeeId: '',
  team: 'Line 1',
  site: 'Leeds',
  trainer: '',
  startDate: '',
  notes: '',
});

/**
 * An app with version 2 of the plant framework imported and trainees with a plan on version 1, each
 * with four check-offs: emerging.1 (same wording in v2), emerging.2 (reworded), emerging.3 (removed)
 * and developing.1 (moved to developing.2).
 */
export async function appWithPlantV2(dataDir: string, names: string[] = ['Ana Silva']) {
  const ctx = await openTestApp(dataDir);
  await ctx.call('settings:update', { ...(await ctx.call('settings:get', {})), trainerName: 'Maria Keane' });
  await ctx.call('frameworks:import', { fileName: 'plant-v2.json', text: plantVersion2().text });
  const plans: { traineeId: string; planId: string }[] = [];
  for (const name of names) {
    const trainee = await ctx.call('trainees:create', person(name));
    const { planId } = await ctx.call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: '2027-06-30',
      startDate: '2026-09-01',
    });
    await ctx.call('checkoffs:set', {
      planId,
      changes: [
        { statementId: 'emerging.1', checkoff: TICK('2026-10-01', 'Induction walk') },
        { statementId: 'emerging.2', checkoff: TICK('2026-10-02', 'Time clock demo') },
        { statementId: 'emerging.3', checkoff: TICK('2026-10-03') },
        { statementId: 'developing.1', checkoff: TICK('2026-10-04', 'Toolbox talk') },
      ],
    });
    plans.push({ traineeId: trainee.id, planId });
  }
  return { ...ctx, plans };
}
