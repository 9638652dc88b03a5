import { describe, expect, it } from 'vitest';
import { normaliseFramework } from '../../../src/shared/framework/framework';
import type { LevelKey } from '../../../src/shared/framework/levels';
import { parseFrameworkFile } from '../../../src/shared/framework/parseFrameworkFile';
import {
  attainedLabel,
  expectedPercentByNow,
  paceWords,
  planProgress,
  progressAgainstPace,
  type PlanStatus,
} from '../../../src/shared/progress/progressRules';
import { seedText } from '../../fixtures/frameworkFiles';

const framework = normaliseFramework(parseFrameworkFile('plant.json', seedText('51-8099.00')), 'bundled');
const TODAY = '2026-11-22';

/** "emerging:10 developing:3" → the first N statement ids of each named level. */
function achieved(spec: string): Set<string> {
  const ids = new Set<string>();
  for (const part of spec.split(' ').filter(Boolean)) {
    const [level, count] = part.split(':');
    for (let i = 1; i <= Number(count); i += 1) ids.add(`${level ?? ''}.${i}`);
  }
  return ids;
}

interface Case {
  name: string;
  achieved: string;
  target: LevelKey;
  targetDate: string | null;
  perLevel: [number, number, number, number];
  attained: string;
  toTarget: [number, number, number];
  status: PlanStatus;
}

const cases: Case[] = [
  {
    name: 'nothing checked, no date',
    achieved: '',
    target: 'developing',
    targetDate: null,
    perLevel: [0, 0, 0, 0],
    attained: 'Not yet Emerging',
    toTarget: [0, 20, 0],
    status: 'no_date',
  },
  {
    name: 'Emerging complete, target Emerging',
    achieved: 'emerging:10',
    target: 'emerging',
    targetDate: '2026-12-01',
    perLevel: [100, 0, 0, 0],
    attained: 'Emerging',
    toTarget: [10, 10, 100],
    status: 'met',
  },
  {
    name: 'Emerging complete, target Proficient, far off',
    achieved: 'emerging:10',
    target: 'proficient',
    targetDate: '2027-06-30',
    perLevel: [100, 0, 0, 0],
    attained: 'Emerging',
    toTarget: [10, 30, 33],
    status: 'on_track',
  },
  {
    name: 'a gap in a lower level holds the attained level back',
    achieved: 'emerging:9 developing:10',
    target: 'developing',
    targetDate: '2026-12-10',
    perLevel: [90, 100, 0, 0],
    attained: 'Not yet Emerging',
    toTarget: [19, 20, 95],
    status: 'due_soon',
  },
  {
    name: 'gap in Developing, Proficient complete',
    achieved: 'emerging:10 developing:9 proficient:10',
    target: 'advanced',
    targetDate: '2026-11-21',
    perLevel: [100, 90, 100, 0],
    attained: 'Emerging',
    toTarget: [29, 40, 72],
    status: 'overdue',
  },
  {
    name: 'target below the attained level is met, even when overdue',
    achieved: 'emerging:10 developing:10 proficient:10',
    target: 'developing',
    targetDate: '2025-01-01',
    perLevel: [100, 100, 100, 0],
    attained: 'Proficient',
    toTarget: [20, 20, 100],
    status: 'met',
  },
  {
    name: 'everything achieved',
    achieved: 'emerging:10 developing:10 proficient:10 advanced:10',
    target: 'advanced',
    targetDate: null,
    perLevel: [100, 100, 100, 100],
    attained: 'Advanced',
    toTarget: [40, 40, 100],
    status: 'met',
  },
  {
    name: 'target date is today: due soon',
    achieved: 'emerging:3',
    target: 'emerging',
    targetDate: TODAY,
    perLevel: [30, 0, 0, 0],
    attained: 'Not yet Emerging',
    toTarget: [3, 10, 30],
    status: 'due_soon',
  },
  {
    name: 'target date exactly 30 days away: due soon',
    achieved: '',
    target: 'emerging',
    targetDate: '2026-12-22',
    perLevel: [0, 0, 0, 0],
    attained: 'Not yet Emerging',
    toTarget: [0, 10, 0],
    status: 'due_soon',
  },
  {
    name: 'target date 31 days away: on track',
    achieved: '',
    target: 'emerging',
    targetDate: '2026-12-23',
    perLevel: [0, 0, 0, 0],
    attained: 'Not yet Emerging',
    toTarget: [0, 10, 0],
    status: 'on_track',
  },
  {
    name: 'target date yesterday: overdue',
    achieved: 'emerging:9',
    target: 'emerging',
    targetDate: '2026-11-21',
    perLevel: [90, 0, 0, 0],
    attained: 'Not yet Emerging',
    toTarget: [9, 10, 90],
    status: 'overdue',
  },
  {
    name: '39 of 40 is not rounded up to 100%',
    achieved: 'emerging:10 developing:10 proficient:10 advanced:9',
    target: 'advanced',
    targetDate: null,
    perLevel: [100, 100, 100, 90],
    attained: 'Proficient',
    toTarget: [39, 40, 97],
    status: 'no_date',
  },
];

describe('progress rules', () => {
  // The plans start today, so their pace is not judged yet: planStatus.test.ts covers "Behind".
  it.each(cases)('$name', (c) => {
    const result = planProgress(
      framework,
      achieved(c.achieved),
      { targetLevel: c.target, startDate: TODAY, targetDate: c.targetDate },
      TODAY,
    );
    expect(result.levels.map((l) => l.percent)).toEqual(c.perLevel);
    expect(result.levels.every((l) => l.total === 10)).toBe(true);
    expect(attainedLabel(result.attained)).toBe(c.attained);
    expect([result.toTarget.achieved, result.toTarget.total, result.toTarget.percent]).toEqual(c.toTarget);
    expect(result.status).toBe(c.status);
  });

  it('says a plan far below its line to the target date is behind', () => {
    // Started 2026-06-01, due 2027-01-31: 174 of 244 days gone (71 %), with 3 of 20 statements (15 %) done.
    const result = planProgress(
      framework,
      achieved('emerging:3'),
      { targetLevel: 'developing', startDate: '2026-06-01', targetDate: '2027-01-31' },
      TODAY,
    );
    expect(result.status).toBe('behind');
  });
});

describe('progress against the line to the target date', () => {
  const plan = { startDate: '2026-01-01', targetDate: '2026-12-31' };

  it('expects the share of the time gone, rounded down, from 0 % before the start to 100 % after the target', () => {
    expect(expectedPercentByNow(plan, '2025-12-01')).toBe(0);
    expect(expectedPercentByNow(plan, '2026-07-02')).toBe(50);
    expect(expectedPercentByNow(plan, '2027-03-01')).toBe(100);
    expect(expectedPercentByNow({ ...plan, targetDate: null }, '2026-07-02')).toBeNull();
  });

  it('says it in words a trainer reads without a hover', () => {
    expect(progressAgainstPace(45, 60)).toBe('45 % · expected 60 %');
    expect(progressAgainstPace(45, null)).toBe('45 %');
    expect(paceWords(10, 35)).toBe('expected 35 % by now, 10 % done');
  });
});
