import { describe, expect, it } from 'vitest';
import { normaliseFramework } from '../../../src/shared/framework/framework';
import { parseFrameworkFile } from '../../../src/shared/framework/parseFrameworkFile';
import type { TraineeDetail } from '../../../src/shared/trainees/traineeViews';
import { applyCheckoffChanges } from '../../../src/shared/progress/applyCheckoffChanges';
import { seedText } from '../../fixtures/frameworkFiles';

const framework = normaliseFramework(parseFrameworkFile('plant.json', seedText('51-8099.00')), 'bundled');
const CHECK = { achievedOn: '2026-11-20', assessor: 'Maria', note: '' };

function detail(): TraineeDetail {
  return {
    trainee: {
      id: 't',
      fullName: 'T',
      employeeId: null,
      team: '',
      site: '',
      trainer: '',
      startDate: null,
      notes: '',
      archived: false,
      createdAt: '',
      updatedAt: '',
    },
    firstCheckoffOn: null,
    plans: [
      {
        planId: 'p',
        frameworkId: framework.id,
        frameworkTitle: framework.occupation.title,
        soc: framework.occupation.soc,
        targetLevel: 'emerging',
        targetDate: null,
        attained: null,
        toTarget: { achieved: 0, total: 10, percent: 0 },
        expectedPercent: null,
        status: 'no_date',
        startDate: '2026-09-01',
        startLimits: { traineeName: 'T', traineeStart: null, firstCheckoffOn: null },
        createdAt: '',
        levels: [],
        checkoffs: {},
        framework,
      },
    ],
  };
}

describe('optimistic check-offs', () => {
  it('shows the new progress at once, using the same rules as the main process', () => {
    const changes = Array.from({ length: 10 }, (_, i) => ({
      statementId: `emerging.${String(i + 1)}`,
      checkoff: CHECK,
    }));
    const next = applyCheckoffChanges(detail(), 'p', changes, '2026-11-22').plans[0];
    expect(next?.attained).toBe('emerging');
    expect(next?.status).toBe('met');
    expect(next?.levels[0]).toMatchObject({ achieved: 10, total: 10, percent: 100 });
    expect(next?.checkoffs['emerging.3']?.statementText).toBe(framework.levels[0]?.statements[2]?.text);
  });

  it('unchecks, and leaves the original untouched so it can be rolled back', () => {
    const original = applyCheckoffChanges(
      detail(),
      'p',
      [{ statementId: 'emerging.1', checkoff: CHECK }],
      '2026-11-22',
    );
    const next = applyCheckoffChanges(original, 'p', [{ statementId: 'emerging.1', checkoff: null }], '2026-11-22');
    expect(next.plans[0]?.checkoffs).toEqual({});
    expect(Object.keys(original.plans[0]?.checkoffs ?? {})).toEqual(['emerging.1']);
  });
});
