/**
 * The four levels a framework can have, lowest first. Order matters: progress rules rely on it. A framework
 * has from one to four of them: a level without statements is left out (see `Framework.levels`).
 */
export const LEVEL_KEYS = ['emerging', 'developing', 'proficient', 'advanced'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

export const LEVEL_LABELS: Record<LevelKey, string> = {
  emerging: 'Emerging',
  developing: 'Developing',
  proficient: 'Proficient',
  advanced: 'Advanced',
};

export function levelRank(level: LevelKey): number {
  return LEVEL_KEYS.indexOf(level);
}
