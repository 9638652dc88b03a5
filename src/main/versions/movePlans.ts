import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import { compareVersions, codeOfFrameworkId } from '../../shared/framework/versions';
import { matchStatements, type StatementMatch } from '../../shared/framework/versionMove';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import type { StoredPlan, TraineeDoc } from '../store/records/recordsSchema';
import type { Transaction } from '../store/store';

export interface PlanOnOldVersion {
  doc: TraineeDoc;
  plan: StoredPlan;
  from: Framework;
}

function listed(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length > 5
    ? `${unique.slice(0, 5).join(', ')} and ${String(unique.length - 5)} more`
    : unique.join(', ');
}

/** The version to move to: in the library, or a refusal in words. */
export function targetVersion(frameworks: FrameworkLibrary, id: string): Framework {
  const to = frameworks.find(id);
  if (!to) {
    const message = 'That version of the framework is not in the library. It may have been removed.';
    throw new ApiError('not_found', message, [{ path: 'toFrameworkId', message }]);
  }
  return to;
}

/**
 * The chosen plans as working copies of this transaction, each with the version it is on. The whole
 * choice is refused when any plan is gone, belongs to someone else, is on another framework or is
 * already on the target: a move of several plans never half-happens.
 */
export async function plansToMove(
  tx: Pick<Transaction, 'planOwner' | 'trainee'>,
  frameworks: FrameworkLibrary,
  refs: readonly { traineeId: string; planId: string }[],
  to: Framework,
): Promise<PlanOnOldVersion[]> {
  const found: PlanOnOldVersion[] = [];
  let missing = 0;
  const archived: string[] = [];
  const otherFramework: string[] = [];
  const alreadyThere: string[] = [];
  const newer: string[] = [];
  const unknownVersion: string[] = [];
  const older: string[] = [];
  const twice: string[] = [];
  const targetGone: string[] = [];
  const owners = new Set<string>();
  for (const ref of refs) {
    const owner = tx.planOwner(ref.planId);
    const doc = owner === ref.traineeId ? await tx.trainee(owner) : undefined;
    const plan = doc?.plans.find((p) => p.id === ref.planId);
    if (!doc || !plan) {
      missing += 1;
      continue;
    }
    const name = doc.trainee.fullName;
    const from = frameworks.find(plan.frameworkId);
    if (codeOfFrameworkId(plan.frameworkId) !== to.occupation.soc) otherFramework.push(name);
    else if (plan.frameworkId === to.id) alreadyThere.push(name);
    else if (!from) unknownVersion.push(name);
    else if (doc.trainee.archived) archived.push(name);
    else if (doc.plans.some((p) => p.frameworkId === to.id)) newer.push(name);
    else if (compareVersions(from.version, to.version) > 0) older.push(name);
    // A trainee has one plan per framework version: two of theirs moved together would both land on it.
    else if (owners.has(doc.trainee.id)) twice.push(name);
    // A target the new version has no statements at could never be met there, nor shown.
    else if (!to.levels.some((level) => level.key === plan.targetLevel)) targetGone.push(name);
    else {
      owners.add(doc.trainee.id);
      found.push({ doc, plan, from });
    }
  }
  const version = `version ${to.version}`;
  if (missing > 0) {
    throw new ApiError(
      'not_found',
      `${missing === 1 ? 'One of the chosen plans no longer exists' : `${String(missing)} of the chosen plans no longer exist`} (removed since the list was shown). Nothing was moved: close this and choose the plans again.`,
    );
  }
  if (otherFramework.length > 0) {
    throw new ApiError(
      'invalid_input',
      `These plans are not on a version of ${to.occupation.title}, so they cannot move to ${version}: ${listed(otherFramework)}. Nothing was moved.`,
    );
  }
  if (alreadyThere.length > 0) {
    throw new ApiError(
      'conflict',
      `These plans are already on ${version}: ${listed(alreadyThere)}. Nothing was moved.`,
    );
  }
  if (unknownVersion.length > 0) {
    throw new ApiError(
      'conflict',
      `The version these plans are on is no longer in the library, so they cannot be compared: ${listed(unknownVersion)}. Import it again first. Nothing was moved.`,
    );
  }
  if (archived.length > 0) {
    throw new ApiError(
      'conflict',
      `These trainees are archived: ${listed(archived)}. Restore them or leave them out. Nothing was moved.`,
    );
  }
  if (newer.length > 0) {
    throw new ApiError(
      'conflict',
      `These trainees already have a plan on ${version}: ${listed(newer)}. Nothing was moved.`,
    );
  }
  if (older.length > 0) {
    throw new ApiError(
      'conflict',
      `Version ${to.version} is older than the version these plans are on: ${listed(older)}. Plans move only to a later version. Nothing was moved.`,
    );
  }
  if (twice.length > 0) {
    throw new ApiError(
      'conflict',
      `These trainees have two of the chosen plans, and a trainee can have only one plan on ${version}: ${listed(twice)}. Choose one plan each. Nothing was moved.`,
    );
  }
  if (targetGone.length > 0) {
    const levels = to.levels.map((level) => LEVEL_LABELS[level.key]).join(', ');
    throw new ApiError(
      'conflict',
      `${version} has no statements at the target level of these plans (it has ${levels}): ${listed(targetGone)}. Change their target to a level ${version} has first. Nothing was moved.`.replace(
        /^v/,
        'V',
      ),
    );
  }
  return found;
}

/** The comparison of each old version among the plans with the target, oldest version first. */
export function comparisonsFor(
  plans: readonly PlanOnOldVersion[],
  to: Framework,
): Map<string, { from: Framework; statements: StatementMatch[] }> {
  const versions = [...new Map(plans.map((p) => [p.from.id, p.from])).values()].sort((a, b) =>
    compareVersions(a.version, b.version),
  );
  return new Map(versions.map((from) => [from.id, { from, statements: matchStatements(from, to) }]));
}
