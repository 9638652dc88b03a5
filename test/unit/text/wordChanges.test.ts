import { describe, expect, it } from 'vitest';
import { wordChanges, wordingSide } from '../../../src/shared/text/wordChanges';

const OLD =
  'Attendance and hours records — enter accurately into time accounting software with assistance from a lead operator.';
const NEW =
  'Attendance and hours records — enter accurately into the new time-clock system with help from a lead operator.';

/** A side as a trainer would read it, with [-removed-] and {+added+} marked. */
function marked(before: string, after: string, side: 'before' | 'after'): string {
  return wordingSide(wordChanges(before, after), side)
    .map((c) => (c.kind === 'same' ? c.text : c.kind === 'removed' ? `[-${c.text}-]` : `{+${c.text}+}`))
    .join('');
}

describe('the changed words of a reworded statement', () => {
  it('marks only the words that differ, on each side, and each side reads as its own wording', () => {
    expect(marked(OLD, NEW, 'before')).toBe(
      'Attendance and hours records — enter accurately into [-time accounting software-] with [-assistance-] from a lead operator.',
    );
    expect(marked(OLD, NEW, 'after')).toBe(
      'Attendance and hours records — enter accurately into {+the new time-clock system+} with {+help+} from a lead operator.',
    );
    const changes = wordChanges(OLD, NEW);
    expect(
      changes
        .filter((c) => c.kind !== 'added')
        .map((c) => c.text)
        .join(''),
    ).toBe(OLD);
    expect(
      changes
        .filter((c) => c.kind !== 'removed')
        .map((c) => c.text)
        .join(''),
    ).toBe(NEW);
  });

  it('sees a changed comma or capital as a change of that word alone', () => {
    expect(marked('Checks the die, then the stroke', 'Checks the Die then the stroke', 'after')).toBe(
      'Checks the {+Die+} then the stroke',
    );
  });

  it('marks nothing when the wording is the same, and everything when nothing is shared', () => {
    expect(wordChanges('Same words', 'Same words')).toEqual([{ kind: 'same', text: 'Same words' }]);
    expect(wordChanges('abc', 'xyz')).toEqual([
      { kind: 'removed', text: 'abc' },
      { kind: 'added', text: 'xyz' },
    ]);
  });

  it('keeps two 2,000-character wordings whole, whatever their size', () => {
    const long = (word: string) => Array.from({ length: 400 }, (_, i) => `${word}${String(i % 7)}`).join(' ');
    const changes = wordChanges(long('a'), long('b'));
    expect(
      changes
        .filter((c) => c.kind !== 'added')
        .map((c) => c.text)
        .join(''),
    ).toBe(long('a'));
    expect(
      changes
        .filter((c) => c.kind !== 'removed')
        .map((c) => c.text)
        .join(''),
    ).toBe(long('b'));
  });
});
