import type { Framework } from './framework';
import { LEVEL_LABELS, type LevelKey } from './levels';

/** The levels a framework has statements at, lowest first: what a target can be. */
export function levelKeysOf(framework: Pick<Framework, 'levels'>): LevelKey[] {
  return framework.levels.map((level) => level.key);
}

/**
 * Why `target` cannot be a plan's target on this framework, in a trainer's words; null when it can. A level
 * the framework has no statements at would be met by nothing (or by everything below it), so it is refused.
 */
export function targetLevelProblem(
  framework: { title: string; levels: readonly LevelKey[] },
  target: LevelKey,
): string | null {
  const keys = framework.levels;
  if (keys.includes(target)) return null;
  const offered = keys.map((key) => LEVEL_LABELS[key]).join(', ');
  return `${framework.title} has no statements at level ${LEVEL_LABELS[target]}, so it cannot be the target. Choose ${keys.length === 1 ? 'the level it has' : 'one of the levels it has'}: ${offered}.`;
}

/** The target a form starts with: `wanted` when the framework has it, else its lowest level. */
export function targetOffered(levels: readonly LevelKey[], wanted: LevelKey): LevelKey {
  return levels.includes(wanted) ? wanted : (levels[0] ?? wanted);
}
