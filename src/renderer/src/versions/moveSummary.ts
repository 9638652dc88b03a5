import type { MovePreview, PlanToMove } from '../../../shared/framework/versionMoveApi';
import { plural } from '../../../shared/text/plural';

/** A changed statement of one old version, as the dialog's confirmations name it. */
export const confirmKey = (fromFrameworkId: string, statementId: string): string => `${fromFrameworkId} ${statementId}`;

export interface PlanOutcome {
  carried: number;
  reworded: number;
  dropped: number;
}

/** What happens to one plan's check-offs with the wordings accepted so far. */
export function planOutcome(plan: PlanToMove, confirmed: ReadonlySet<string>): PlanOutcome {
  let carried = 0;
  let reworded = 0;
  for (const c of plan.checkoffs) {
    if (c.fate === 'same') carried += 1;
    else if (c.fate === 'changed' && confirmed.has(confirmKey(plan.from.frameworkId, c.statementId))) {
      carried += 1;
      reworded += 1;
    }
  }
  return { carried, reworded, dropped: plan.checkoffs.length - carried };
}

/** "5 check-offs carry over (1 with new wording); 1 will be dropped." for one plan or all of them. */
export function outcomeLine(outcome: PlanOutcome): string {
  const carried = `${plural(outcome.carried, 'check-off')} ${outcome.carried === 1 ? 'carries' : 'carry'} over`;
  const reworded = outcome.reworded > 0 ? ` (${String(outcome.reworded)} with new wording)` : '';
  const dropped = outcome.dropped > 0 ? `; ${String(outcome.dropped)} will be dropped` : '; none is dropped';
  return `${carried}${reworded}${dropped}.`;
}

export function totalOutcome(preview: MovePreview, confirmed: ReadonlySet<string>): PlanOutcome {
  return preview.plans
    .map((p) => planOutcome(p, confirmed))
    .reduce(
      (sum, o) => ({
        carried: sum.carried + o.carried,
        reworded: sum.reworded + o.reworded,
        dropped: sum.dropped + o.dropped,
      }),
      { carried: 0, reworded: 0, dropped: 0 },
    );
}
