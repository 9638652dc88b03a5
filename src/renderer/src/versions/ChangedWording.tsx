import { wordChanges, wordingSide } from '../../../shared/text/wordChanges';
import './changedWording.css';

/** One side of a reworded statement, its changed words in <del> (the old wording) or <ins> (the new one). */
export function ChangedWording({ before, after, side }: { before: string; after: string; side: 'before' | 'after' }) {
  return (
    <>
      {wordingSide(wordChanges(before, after), side).map((part, index) =>
        part.kind === 'same' ? (
          part.text
        ) : part.kind === 'removed' ? (
          <del key={index} className="wording-removed">
            {part.text}
          </del>
        ) : (
          <ins key={index} className="wording-added">
            {part.text}
          </ins>
        ),
      )}
    </>
  );
}
