import type { Framework } from '../../shared/framework/framework';
import type { HistoryEvent } from '../../shared/history/historyEvent';
import { normaliseFramework } from '../../shared/framework/framework';
import { firstCheckoffOn, planStartProblem, traineeStartProblem } from '../../shared/plans/planDates';
import type { Settings } from '../../shared/settings/settings';
import type { RecordsBuilder } from './records/recordsBuilder';
import { employeeIdKey } from './records/recordsState';
import {
  RECORDS_SCHEMA_VERSION,
  type ImportedFramework,
  type Snapshot,
  type TraineeDoc,
} from './records/recordsSchema';
import { traineeTextProblem } from './traineeTextChecks';

/** What a data set is written into: the records builder, or the checks that run before it. */
export type RecordsSink = Pick<RecordsBuilder, 'addTrainee' | 'finish'>;

/** Records that each look right but cannot be together, or cannot be in Trainplan; said in words. */
export class ImportProblem extends Error {}

interface FrameworkUse {
  /** The first trainee with a plan on it. */
  trainee: string;
  /** Each statement checked off on it, with the first trainee it was checked off for. */
  statements: Map<string, string>;
}

const idParts = (frameworkId: string) => {
  const at = frameworkId.indexOf('@');
  return at === -1
    ? { soc: frameworkId, version: '' }
    : { soc: frameworkId.slice(0, at), version: frameworkId.slice(at + 1) };
};

const label = (framework: Framework) => `${framework.occupation.title} (${framework.version})`;

/**
 * Reads a whole data set as the builder would, writing nothing, and refuses what the records could not hold
 * as they are: a plan on a framework that is neither in the file nor bundled (it would vanish from the
 * lists), a check-off on a statement its framework lacks (it would be counted but never shown), one plan
 * shared by two trainees (a tick would reach only one), one badge ID for two trainees, a start date after
 * a check-off, a target date before its plan's start, and a history event that is another trainee's or
 * whose id another event has too (ids tell events apart when histories are read and replayed). The same rules the forms apply, so an import cannot bring in what a trainer could not type.
 */
export function importChecker(bundled: readonly Framework[]): RecordsSink {
  const planOwners = new Map<string, string>();
  const badges = new Map<string, { name: string; badge: string }>();
  const uses = new Map<string, FrameworkUse>();
  let lateDate: { trainee: string; frameworkId: string; problem: string } | null = null;
  // Only ids and names are kept: an import of many events holds one short string per event.
  const eventOwners = new Map<string, string>();

  const checkHistory = (doc: TraineeDoc, events: readonly HistoryEvent[]): void => {
    const name = doc.trainee.fullName;
    for (const event of events) {
      if (event.traineeId !== doc.trainee.id) {
        throw new ImportProblem(
          `${name}’s history holds an event of another trainee (event ${event.id}); a history belongs to one trainee.`,
        );
      }
      const owner = eventOwners.get(event.id);
      if (owner !== undefined) {
        throw new ImportProblem(
          owner === name
            ? `${name}’s history has two events with the same id (${event.id}); each event needs its own.`
            : `${owner} and ${name} have the same history event (id ${event.id}); an event belongs to one trainee.`,
        );
      }
      eventOwners.set(event.id, name);
    }
  };

  const checkTrainee = (doc: TraineeDoc): void => {
    const { trainee } = doc;
    const name = trainee.fullName;
    const textProblem = traineeTextProblem(doc);
    if (textProblem) throw new ImportProblem(textProblem);
    if (trainee.employeeId !== null && trainee.employeeId.trim() !== '') {
      const key = employeeIdKey(trainee.employeeId);
      const other = badges.get(key);
      if (other) {
        const shown =
          other.badge === trainee.employeeId ? `“${other.badge}”` : `“${other.badge}” and “${trainee.employeeId}”`;
        throw new ImportProblem(`${other.name} and ${name} have the same employee or badge ID (${shown}).`);
      }
      badges.set(key, { name, badge: trainee.employeeId });
    }
    const allCheckoffs = doc.plans.flatMap((plan) => Object.values(plan.checkoffs));
    const startProblem = traineeStartProblem(trainee.startDate, name, firstCheckoffOn(allCheckoffs));
    // The sentence names the trainee already.
    if (startProblem) throw new ImportProblem(startProblem);
    for (const plan of doc.plans) {
      const owner = planOwners.get(plan.id);
      if (owner !== undefined) {
        throw new ImportProblem(
          owner === name
            ? `${name} has two plans with the same id (${plan.id}); each plan needs its own.`
            : `${owner} and ${name} have the same plan (id ${plan.id}); a plan belongs to one trainee.`,
        );
      }
      planOwners.set(plan.id, name);
      const use = uses.get(plan.frameworkId) ?? { trainee: name, statements: new Map<string, string>() };
      uses.set(plan.frameworkId, use);
      for (const statementId of Object.keys(plan.checkoffs)) {
        if (!use.statements.has(statementId)) use.statements.set(statementId, name);
      }
      // Only the plan's own check-offs limit its start: a plan may start before the trainee did in older records.
      const problem = planStartProblem(plan.startDate, {
        traineeName: name,
        traineeStart: null,
        firstCheckoffOn: firstCheckoffOn(Object.values(plan.checkoffs)),
      });
      if (problem && lateDate === null) lateDate = { trainee: name, frameworkId: plan.frameworkId, problem };
      // The rule plans:assign applies (planFields), in its words.
      if (plan.targetDate !== null && plan.targetDate < plan.startDate && lateDate === null) {
        lateDate = {
          trainee: name,
          frameworkId: plan.frameworkId,
          problem: 'The target date cannot be before the start date.',
        };
      }
    }
  };

  /** Frameworks come last (the one-file formats hand them over at the end), so the plans are checked then. */
  const checkFrameworks = (frameworks: readonly ImportedFramework[]): void => {
    const known = new Map<string, Framework>(bundled.map((f) => [f.id, f]));
    for (const entry of frameworks) {
      if (entry.removedAt !== undefined) continue;
      const framework = normaliseFramework(entry.file, 'imported');
      if (!known.has(framework.id)) known.set(framework.id, framework);
    }
    for (const [frameworkId, use] of uses) {
      const framework = known.get(frameworkId);
      if (!framework) {
        const { soc, version } = idParts(frameworkId);
        throw new ImportProblem(
          `${use.trainee}’s plan is on a framework that is not in the file or in Trainplan (code ${soc}, version ${version}).`,
        );
      }
      const statements = new Set(framework.levels.flatMap((level) => level.statements.map((s) => s.id)));
      for (const [statementId, trainee] of use.statements) {
        if (statements.has(statementId)) continue;
        throw new ImportProblem(
          `${trainee}’s plan on ${label(framework)} has a check-off on statement ${statementId}, which that framework does not have.`,
        );
      }
    }
    if (lateDate) {
      const framework = known.get(lateDate.frameworkId);
      throw new ImportProblem(
        `${lateDate.trainee}’s plan on ${framework ? label(framework) : lateDate.frameworkId}: ${lateDate.problem}`,
      );
    }
  };

  return {
    addTrainee: (doc: TraineeDoc, events: readonly HistoryEvent[]) => {
      checkTrainee(doc);
      checkHistory(doc, events);
      return Promise.resolve();
    },
    finish: (settings: Settings, frameworks: readonly ImportedFramework[]): Promise<Snapshot> => {
      checkFrameworks(frameworks);
      // Nothing was built: the snapshot says only what the file holds at its top.
      return Promise.resolve({
        schemaVersion: RECORDS_SCHEMA_VERSION,
        generation: 0,
        settings,
        frameworks: [...frameworks],
        trainees: [],
      });
    },
  };
}
