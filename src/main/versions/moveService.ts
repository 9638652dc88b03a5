import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import { carryOver, type StatementMatch } from '../../shared/framework/versionMove';
import type {
  CheckoffFate,
  MoveInput,
  MovePreview,
  MovePreviewInput,
  MoveResult,
  OlderPlan,
  VersionRef,
} from '../../shared/framework/versionMoveApi';
import { codeOfFrameworkId, compareVersions } from '../../shared/framework/versions';
import { appendEvent } from '../history/appendEvent';
import { frameworkTitle } from '../plans/planService';
import type { ServiceContext } from '../serviceContext';
import type { StoredCheckoff } from '../store/records/recordsSchema';
import { comparisonsFor, plansToMove, targetVersion, type PlanOnOldVersion } from './movePlans';

const refOf = (framework: Framework): VersionRef => ({ frameworkId: framework.id, version: framework.version });

/** The wording a check-off was made against: its own quote where it kept one, else its statement's. */
function wordingOf(checkoff: StoredCheckoff, match: StatementMatch | undefined): string {
  return checkoff.statementText ?? match?.oldText ?? '';
}

function fatesOf(plan: PlanOnOldVersion, statements: readonly StatementMatch[]): CheckoffFate[] {
  const byOldId = new Map(statements.map((m) => [m.oldId, m]));
  return Object.entries(plan.plan.checkoffs).map(([statementId, checkoff]) => {
    const match = byOldId.get(statementId);
    return {
      statementId,
      statementText: wordingOf(checkoff, match),
      level: match?.level ?? plan.from.levels[0]?.key ?? 'emerging',
      fate: match?.fate ?? 'gone',
      newStatementId: match?.fate === 'gone' ? null : (match?.newId ?? null),
      achievedOn: checkoff.achievedOn,
      assessor: checkoff.assessor,
      note: checkoff.note,
    };
  });
}

/**
 * Confirmations name old statements whose wording changed; one naming anything else comes from a
 * stale or forged dialog and is refused rather than ignored, so nothing is carried that was not shown.
 */
function confirmedByVersion(
  confirmed: MoveInput['confirmed'],
  comparisons: ReturnType<typeof comparisonsFor>,
): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const { fromFrameworkId, statementId } of confirmed) {
    const comparison = comparisons.get(fromFrameworkId);
    const match = comparison?.statements.find((m) => m.oldId === statementId);
    if (!comparison || match?.fate !== 'changed') {
      const message = `Statement ${statementId} of version ${fromFrameworkId.slice(fromFrameworkId.indexOf('@') + 1)} is not one whose wording changed in this move. Nothing was moved: open the move again.`;
      throw new ApiError('invalid_input', message, [{ path: 'confirmed', message }]);
    }
    const set = sets.get(fromFrameworkId) ?? new Set<string>();
    set.add(statementId);
    sets.set(fromFrameworkId, set);
  }
  return sets;
}

function withoutQuote(checkoff: StoredCheckoff): StoredCheckoff {
  const copy = { ...checkoff };
  delete copy.statementText;
  return copy;
}

const oldCheckoff = (statementText: string, statementId: string, c: StoredCheckoff) => ({
  statementId,
  statementText,
  achievedOn: c.achievedOn,
  assessor: c.assessor,
  note: c.note,
});

export function createMoveService(ctx: ServiceContext) {
  const { store, frameworks } = ctx;
  return {
    /** What moving the plans would do, statement by statement; changes nothing. */
    async preview(input: MovePreviewInput): Promise<MovePreview> {
      const to = targetVersion(frameworks, input.toFrameworkId);
      // Read without a transaction: a preview writes nothing, and the move checks everything again.
      const view = { planOwner: (id: string) => store.planOwner(id), trainee: (id: string) => store.doc(id) };
      const plans = await plansToMove(view, frameworks, input.plans, to);
      const comparisons = comparisonsFor(plans, to);
      return {
        to: { ...refOf(to), title: to.occupation.title },
        comparisons: [...comparisons.values()].map(({ from, statements }) => ({ from: refOf(from), statements })),
        plans: plans.map((p) => ({
          traineeId: p.doc.trainee.id,
          traineeName: p.doc.trainee.fullName,
          planId: p.plan.id,
          from: refOf(p.from),
          checkoffs: fatesOf(p, comparisons.get(p.from.id)?.statements ?? []),
        })),
      };
    },

    /** Moves every chosen plan in one transaction: all of them, or none and a message saying why. */
    async move(input: MoveInput): Promise<MoveResult> {
      const to = targetVersion(frameworks, input.toFrameworkId);
      return store.update(async (tx) => {
        const plans = await plansToMove(tx, frameworks, input.plans, to);
        const comparisons = comparisonsFor(plans, to);
        const confirmed = confirmedByVersion(input.confirmed, comparisons);
        const moved = plans.map(({ doc, plan, from }) => {
          const statements = comparisons.get(from.id)?.statements ?? [];
          const accepted = confirmed.get(from.id) ?? new Set<string>();
          const byOldId = new Map(statements.map((m) => [m.oldId, m]));
          const checkoffs = carryOver(statements, plan.checkoffs, accepted);
          const removed = carryOver(statements, plan.removedCheckoffs ?? {}, accepted);
          const wording = (id: string, c: StoredCheckoff) => wordingOf(c, byOldId.get(id));
          for (const entry of checkoffs.carried) {
            // A quote kept for a same-wording check-off stays; on new wording the old quote is in the history.
            if (entry.reworded) checkoffs.kept[entry.toId] = withoutQuote(entry.value);
          }
          const reworded = checkoffs.carried.filter((c) => c.reworded);
          plan.frameworkId = to.id;
          plan.checkoffs = checkoffs.kept;
          if (plan.removedCheckoffs !== undefined) plan.removedCheckoffs = removed.kept;
          appendEvent(tx, ctx, {
            kind: 'plan.moved',
            traineeId: doc.trainee.id,
            planId: plan.id,
            frameworkTitle: frameworkTitle(to),
            before: {
              ...refOf(from),
              reworded: reworded.map((c) => oldCheckoff(wording(c.fromId, c.value), c.fromId, c.value)),
              dropped: checkoffs.dropped.map((c) => ({
                ...oldCheckoff(wording(c.fromId, c.value), c.fromId, c.value),
                reason: c.reason,
              })),
            },
            after: {
              ...refOf(to),
              carried: checkoffs.carried.length,
              reworded: reworded.length,
              dropped: checkoffs.dropped.length,
            },
          });
          return {
            traineeId: doc.trainee.id,
            planId: plan.id,
            carried: checkoffs.carried.length,
            reworded: reworded.length,
            dropped: checkoffs.dropped.length,
          };
        });
        return { to: refOf(to), moved };
      });
    },

    /** Plans of active trainees on older versions of the framework, from the index (no trainee file is read). */
    olderPlans(frameworkId: string): OlderPlan[] {
      const to = targetVersion(frameworks, frameworkId);
      const older: OlderPlan[] = [];
      for (const entry of store.entries()) {
        if (entry.archived || entry.plans.some((p) => p.frameworkId === to.id)) continue;
        for (const plan of entry.plans) {
          const from = frameworks.find(plan.frameworkId);
          if (!from || codeOfFrameworkId(plan.frameworkId) !== to.occupation.soc) continue;
          if (compareVersions(from.version, to.version) >= 0) continue;
          older.push({
            traineeId: entry.id,
            traineeName: entry.fullName,
            team: entry.team,
            planId: plan.id,
            from: refOf(from),
            achieved: plan.achieved.length,
          });
        }
      }
      return older.sort(
        (a, b) => a.traineeName.localeCompare(b.traineeName) || compareVersions(a.from.version, b.from.version),
      );
    },
  };
}

export type MoveService = ReturnType<typeof createMoveService>;
