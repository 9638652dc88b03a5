import { useState } from 'react';
import { levelRank } from '../../../shared/framework/levels';
import type { PlanView } from '../../../shared/trainees/traineeViews';

/**
 * Which levels of a checklist are open: those up to the target, and the level of a statement the page was
 * opened at (from the skills matrix). A new target, or a new statement to show, opens them again.
 */
export function useOpenLevels(plan: PlanView, shownStatement: string | null) {
  const targetOpen = (): string[] =>
    plan.framework.levels.filter((l) => levelRank(l.key) <= levelRank(plan.targetLevel)).map((l) => l.key);
  // The statement the page was opened at has its level open too, whatever the target.
  const withShown = (levels: string[], id: string | null): string[] => {
    const level = plan.framework.levels.find((l) => l.statements.some((s) => s.id === id))?.key;
    return level === undefined || levels.includes(level) ? levels : [...levels, level];
  };
  const [openLevels, setOpenLevels] = useState<string[]>(() => withShown(targetOpen(), shownStatement));
  const [shownFor, setShownFor] = useState(shownStatement);
  if (shownFor !== shownStatement) {
    setShownFor(shownStatement);
    setOpenLevels(withShown(openLevels, shownStatement));
  }
  const [openFor, setOpenFor] = useState(plan.targetLevel);
  if (openFor !== plan.targetLevel) {
    // A new target opens the levels up to it again.
    setOpenFor(plan.targetLevel);
    setOpenLevels(targetOpen());
  }
  return [openLevels, setOpenLevels] as const;
}
