/** The four levels every framework has, lowest first. Order matters: progress rules rely on it. */
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
