import type { Framework } from '../../../src/shared/framework/framework';
import { LEVEL_KEYS, type LevelKey } from '../../../src/shared/framework/levels';

/** A framework with only the levels and wording a rule needs; everything else is filler. */
export function framework(version: string, levels: Partial<Record<LevelKey, string[]>>): Framework {
  return {
    id: `00-0000.00@${version}`,
    occupation: { soc: '00-0000.00', title: 'Test', group: '', sector: '', jobZone: 1, jobZoneInferred: false },
    version,
    description: '',
    contextCovered: '',
    exportedAt: '2026-01-01',
    levels: LEVEL_KEYS.map((key) => ({
      key,
      label: key,
      statements: (levels[key] ?? []).map((text, i) => ({
        id: `${key}.${String(i + 1)}`,
        level: key,
        position: i + 1,
        text,
        topic: null,
        performance: text,
      })),
    })),
    sources: {},
    attribution: '',
    origin: 'imported',
  };
}
