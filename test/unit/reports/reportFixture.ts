import { openTestApp, OFFICE, PLANT } from '../support/testApp';

export const NAMES = ['Łukasz Żółć', 'Nguyễn Thị Hương', 'Σοφία Παπαδοπούλου', 'Дмитрий Иванов', 'José Núñez'];
export const LONG_NOTE = `Observed across three shifts; see ${'evidence-sheet-reference-'.repeat(6)}end.`;

const ids = (level: string, n: number) => Array.from({ length: n }, (_, i) => `${level}.${String(i + 1)}`);

/** Five trainees in two teams with plans at different stages, over the real services. */
export async function reportFixture(dataDir: string) {
  const ctx = await openTestApp(dataDir);
  const { call } = ctx;
  await call('settings:update', {
    organisationName: 'Northfield Components Ltd',
    trainerName: 'Maria Keane',
    paperSize: 'A4',
  });
  const trainees = [];
  for (const [i, fullName] of NAMES.entries()) {
    const t = await call('trainees:create', {
      fullName,
      employeeId: `B-${String(100 + i)}`,
      team: i % 2 === 0 ? 'Line 2' : 'Line 1',
      site: 'Leeds',
      trainer: 'Maria Keane',
      startDate: '2026-09-01',
      notes: '',
    });
    trainees.push(t);
  }
  const [lukasz, huong, sofia, dmitry] = trainees;
  if (!lukasz || !huong || !sofia || !dmitry) throw new Error('fixture');
  const plant = await call('plans:assign', {
    traineeId: lukasz.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: '2027-03-31',
    startDate: '2026-09-01',
  });
  await call('checkoffs:set', {
    planId: plant.planId,
    changes: [...ids('emerging', 10), 'developing.1'].map((statementId) => ({
      statementId,
      checkoff: {
        achievedOn: '2026-11-20',
        assessor: 'Maria Keane',
        note: statementId === 'emerging.2' ? LONG_NOTE : 'Observed on line 2',
      },
    })),
  });
  await call('plans:assign', {
    traineeId: lukasz.id,
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    targetDate: null,
    startDate: '2026-10-01',
  });
  const huongPlan = await call('plans:assign', {
    traineeId: huong.id,
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    targetDate: '2026-11-01',
    startDate: '2026-09-01',
  });
  await call('checkoffs:set', {
    planId: huongPlan.planId,
    changes: ids('emerging', 3).map((statementId) => ({
      statementId,
      checkoff: { achievedOn: '2026-10-02', assessor: 'Dev Patel', note: '' },
    })),
  });
  await call('plans:assign', {
    traineeId: sofia.id,
    frameworkId: PLANT,
    targetLevel: 'emerging',
    targetDate: '2026-12-10',
    startDate: '2026-09-01',
  });
  const dmitryPlan = await call('plans:assign', {
    traineeId: dmitry.id,
    frameworkId: PLANT,
    targetLevel: 'emerging',
    targetDate: null,
    startDate: '2026-09-01',
  });
  await call('checkoffs:set', {
    planId: dmitryPlan.planId,
    changes: ids('emerging', 10).map((statementId) => ({
      statementId,
      checkoff: { achievedOn: '2026-11-02', assessor: 'Maria Keane', note: '' },
    })),
  });
  return { ...ctx, trainees, lukasz, huong };
}
