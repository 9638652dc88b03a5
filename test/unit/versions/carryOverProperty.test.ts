import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_KEYS, type LevelKey } from '../../../src/shared/framework/levels';
import { carryOver, matchStatements } from '../../../src/shared/framework/versionMove';
import { framework } from './testFrameworks';

// Few distinct words, so versions share wording, repeat it and differ only in case or spaces often.
const wording = fc.constantFrom('Alpha', 'alpha', ' Alpha  ', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta');
const levels = fc.record(
  Object.fromEntries(LEVEL_KEYS.map((key) => [key, fc.array(wording, { maxLength: 6 })])) as Record<
    LevelKey,
    fc.Arbitrary<string[]>
  >,
);

/** Which of the old version's statements (at most 4 × 6) are ticked, or confirmed. */
const choices = fc.array(fc.boolean(), { minLength: 24, maxLength: 24 });

describe('carrying check-offs over to a new version (property)', () => {
  it('keeps or drops every check-off exactly once, and never lands two on one statement', () => {
    fc.assert(
      fc.property(levels, levels, choices, choices, (old, next, ticks, confirms) => {
        const v1 = framework('1', old);
        const v2 = framework('2', next);
        const matches = matchStatements(v1, v2);
        const oldIds = v1.levels.flatMap((l) => l.statements.map((s) => s.id));
        const newIds = new Set(v2.levels.flatMap((l) => l.statements.map((s) => s.id)));
        const ticked = oldIds.filter((_, i) => ticks[i]);
        const checkoffs = Object.fromEntries(
          ticked.map((id) => [id, { achievedOn: '2026-03-12', assessor: id, note: '' }]),
        );
        const confirmed = new Set(oldIds.filter((_, i) => confirms[i]));

        const result = carryOver(matches, checkoffs, confirmed);

        const accounted = [...result.carried.map((c) => c.fromId), ...result.dropped.map((d) => d.fromId)].sort();
        expect(accounted).toEqual([...ticked].sort());
        const landed = result.carried.map((c) => c.toId);
        expect(new Set(landed).size).toBe(landed.length);
        expect(landed.every((id) => newIds.has(id))).toBe(true);
        expect(Object.keys(result.kept).sort()).toEqual([...landed].sort());
        // Each check-off keeps its own fields wherever it lands.
        for (const c of result.carried) expect(result.kept[c.toId]?.assessor).toBe(c.fromId);
        // Every old statement is matched once, every new one at most once.
        expect(matches.filter((m) => m.oldId !== null).length).toBe(oldIds.length);
        const newMatched = matches.flatMap((m) => (m.newId === null ? [] : [m.newId]));
        expect(new Set(newMatched).size).toBe(newMatched.length);
        expect(newMatched.length).toBe(newIds.size);
      }),
      { numRuns: 300 },
    );
  });
});
