import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../src/shared/framework/framework';
import { carryOver, matchStatements } from '../../../src/shared/framework/versionMove';
import { framework } from './testFrameworks';

/** "old → new fate" lines, easy to read in a failure. */
const summary = (from: Framework, to: Framework) =>
  matchStatements(from, to).map((m) => `${m.oldId ?? '-'} → ${m.newId ?? '-'} ${m.fate}`);

describe('matching the statements of two versions', () => {
  it('finds the same wording at another position of the same level', () => {
    const v1 = framework('1', { emerging: ['Alpha', 'Beta', 'Gamma'] });
    const v2 = framework('2', { emerging: ['Gamma', 'Alpha', 'Beta'] });
    expect(summary(v1, v2)).toEqual([
      'emerging.1 → emerging.2 same',
      'emerging.2 → emerging.3 same',
      'emerging.3 → emerging.1 same',
    ]);
  });

  it('calls new wording at the same level and position "changed", and the new version\'s extra ones "new"', () => {
    const v1 = framework('1', { emerging: ['Alpha', 'Beta'] });
    const v2 = framework('2', { emerging: ['Alpha', 'Beta, with a torque wrench', 'Delta'] });
    const matches = matchStatements(v1, v2);
    expect(summary(v1, v2)).toEqual([
      'emerging.1 → emerging.1 same',
      'emerging.2 → emerging.2 changed',
      '- → emerging.3 new',
    ]);
    expect(matches[1]).toMatchObject({ oldText: 'Beta', newText: 'Beta, with a torque wrench', level: 'emerging' });
  });

  it('calls a removed statement "gone" when the place it had is taken by one that moved up', () => {
    const v1 = framework('1', { emerging: ['Alpha', 'Beta', 'Gamma'] });
    const v2 = framework('2', { emerging: ['Alpha', 'Gamma'] });
    expect(summary(v1, v2)).toEqual([
      'emerging.1 → emerging.1 same',
      'emerging.2 → - gone',
      'emerging.3 → emerging.2 same',
    ]);
  });

  it('ignores spaces, line breaks and case when comparing wording', () => {
    const v1 = framework('1', { developing: ['Read  the\nsafety sheet ', 'Lift safely'] });
    const v2 = framework('2', { developing: ['LIFT SAFELY', 'read the safety sheet'] });
    expect(summary(v1, v2)).toEqual(['developing.1 → developing.2 same', 'developing.2 → developing.1 same']);
  });

  it('finds wording that moved to another level, but prefers the same level', () => {
    const v1 = framework('1', { emerging: ['Alpha'], developing: ['Alpha', 'Beta'] });
    const v2 = framework('2', { developing: ['Alpha'], proficient: ['Beta'] });
    // Emerging's "Alpha" is checked after Developing's found its own level's copy, so it is gone.
    expect(summary(v1, v2)).toEqual([
      'emerging.1 → - gone',
      'developing.1 → developing.1 same',
      'developing.2 → proficient.1 same',
    ]);
  });

  it('matches a statement only once when the wording appears twice', () => {
    const v1 = framework('1', { emerging: ['Alpha', 'alpha'] });
    const v2 = framework('2', { emerging: ['Alpha', 'Omega'] });
    // The second "alpha" cannot take the first's match; its place holds other wording, so it is "changed".
    expect(summary(v1, v2)).toEqual(['emerging.1 → emerging.1 same', 'emerging.2 → emerging.2 changed']);
    const v3 = framework('3', { emerging: ['alpha'] });
    expect(summary(v1, v3)).toEqual(['emerging.1 → emerging.1 same', 'emerging.2 → - gone']);
  });

  it('does not call a statement "changed" onto a place whose wording matched another', () => {
    const v1 = framework('1', { emerging: ['Alpha', 'Beta'] });
    const v2 = framework('2', { emerging: ['Alpha', 'Alpha'] });
    expect(summary(v1, v2)).toEqual(['emerging.1 → emerging.1 same', 'emerging.2 → emerging.2 changed']);
    const v3 = framework('3', { emerging: ['Beta', 'Alpha'] });
    expect(summary(v1, v3)).toEqual(['emerging.1 → emerging.2 same', 'emerging.2 → emerging.1 same']);
  });
});

describe("carrying a plan's check-offs over", () => {
  const v1 = framework('1', { emerging: ['Alpha', 'Beta', 'Gamma', 'Delta'] });
  const v2 = framework('2', { emerging: ['Alpha, reworded', 'Beta', 'Delta'] });
  const matches = matchStatements(v1, v2);
  const tick = (achievedOn: string) => ({
    achievedOn,
    assessor: 'M. Keane',
    note: `note ${achievedOn}`,
    recordedAt: 'x',
  });
  const checkoffs = {
    'emerging.1': tick('2026-03-01'),
    'emerging.2': tick('2026-03-02'),
    'emerging.3': tick('2026-03-03'),
    'emerging.4': tick('2026-03-04'),
  };

  it('carries same wording to its new place and keeps every field', () => {
    const result = carryOver(matches, checkoffs, new Set());
    expect(result.kept).toEqual({ 'emerging.2': tick('2026-03-02'), 'emerging.3': tick('2026-03-04') });
    expect(result.dropped.map((d) => [d.fromId, d.reason])).toEqual([
      ['emerging.1', 'not_confirmed'],
      ['emerging.3', 'gone'],
    ]);
  });

  it('carries changed wording only when the user confirmed it', () => {
    const result = carryOver(matches, checkoffs, new Set(['emerging.1']));
    expect(result.kept['emerging.1']).toEqual(tick('2026-03-01'));
    expect(result.carried.find((c) => c.fromId === 'emerging.1')).toMatchObject({ toId: 'emerging.1', reworded: true });
    expect(result.dropped.map((d) => d.fromId)).toEqual(['emerging.3']);
  });

  it('drops a check-off on a statement the old version does not have', () => {
    const result = carryOver(matches, { 'emerging.9': tick('2026-03-09') }, new Set(['emerging.9']));
    expect(result.kept).toEqual({});
    expect(result.dropped).toEqual([{ fromId: 'emerging.9', reason: 'gone', value: tick('2026-03-09') }]);
  });
});
