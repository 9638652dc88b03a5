import { join } from 'node:path';
import dayjs from 'dayjs';
import { loadBundledFrameworks } from '../../../src/main/frameworks/bundledFrameworks';
import type { PlanSource, TraineeSource } from '../../../src/main/overview/overviewSource';
import { attributionLine, frameworkId, type Framework } from '../../../src/shared/framework/framework';
import { LEVEL_KEYS, type LevelKey } from '../../../src/shared/framework/levels';
import { planProgress } from '../../../src/shared/progress/progressRules';

export const TODAY = '2026-11-22';
export const GENERATED_AT = new Date('2026-11-22T10:00:00Z');
export const ORGANISATION = 'Northfield Components Ltd';

export const seedFrameworks = (): Promise<Framework[]> => loadBundledFrameworks(join(process.cwd(), 'seeds'));

export const attributionsOf = (frameworks: readonly Framework[]) =>
  frameworks.map((f) => ({
    title: `${f.occupation.title} (${f.occupation.soc}, ${f.version})`,
    line: attributionLine(f),
  }));

/** A copy of a framework under another title and code, to have as many frameworks as a test needs. */
export function frameworkCopy(framework: Framework, n: number): Framework {
  const soc = `99-${String(1000 + n)}.00`;
  return {
    ...framework,
    id: frameworkId(soc, framework.version),
    occupation: { ...framework.occupation, soc, title: `Framework number ${String(n + 1)}` },
  };
}

export interface PersonPlan {
  framework: Framework;
  /** How many statements are achieved, taken in column order. */
  achieved: number;
  target: LevelKey;
  targetDate: string | null;
  /** The month each achievement is dated in. */
  month?: string;
}

export interface Person {
  fullName: string;
  team: string;
  employeeId?: string | null;
  plans: PersonPlan[];
}

/** A trainee and their plans as the overview aggregates take them, progress worked out by the real rules. */
export function sourceOf(person: Person, index: number): TraineeSource {
  const plans: PlanSource[] = person.plans.map((p, k) => {
    const ids = p.framework.levels.flatMap((l) => l.statements.map((s) => s.id)).slice(0, p.achieved);
    const progress = planProgress(
      p.framework,
      new Set(ids),
      { targetLevel: p.target, startDate: '2026-01-05', targetDate: p.targetDate },
      TODAY,
    );
    return {
      summary: {
        planId: `plan-${String(index)}-${String(k)}`,
        frameworkId: p.framework.id,
        frameworkTitle: p.framework.occupation.title,
        soc: p.framework.occupation.soc,
        targetLevel: p.target,
        targetDate: p.targetDate,
        attained: progress.attained,
        toTarget: progress.toTarget,
        expectedPercent: null,
        status: progress.status,
      },
      startDate: '2026-01-05',
      achieved: ids,
      achievedMonths: ids.length > 0 ? { [p.month ?? TODAY.slice(0, 7)]: ids.length } : {},
    };
  });
  return {
    row: {
      id: `t-${String(index)}`,
      fullName: person.fullName,
      employeeId: person.employeeId === undefined ? `B-${String(100 + index)}` : person.employeeId,
      team: person.team,
      site: 'Leeds',
      trainer: 'Maria Keane',
      archived: false,
      plans: plans.map((p) => p.summary),
      nextTargetDate: null,
      lastActivity: null,
      lastEditedAt: '2026-11-01T00:00:00.000Z',
    },
    plans,
  };
}

/** `count` trainees spread over teams, frameworks, targets, dates and months: a big, varied cohort. */
export function manySources(count: number, frameworks: readonly Framework[], teams = 6): TraineeSource[] {
  return Array.from({ length: count }, (_, i) => {
    const framework = frameworks[i % frameworks.length];
    if (!framework) throw new Error('no framework');
    const target = LEVEL_KEYS[i % 4] ?? 'emerging';
    const due =
      i % 5 === 0
        ? null
        : dayjs(TODAY)
            .add((i % 17) * 9 - 40, 'day')
            .format('YYYY-MM-DD');
    return sourceOf(
      {
        fullName: `Trainee ${String(i).padStart(4, '0')}`,
        team: `Line ${String((i % teams) + 1)}`,
        plans: [
          {
            framework,
            achieved: (i * 7) % 41,
            target,
            targetDate: due,
            month: dayjs(TODAY)
              .subtract(i % 12, 'month')
              .format('YYYY-MM'),
          },
        ],
      },
      i,
    );
  });
}
