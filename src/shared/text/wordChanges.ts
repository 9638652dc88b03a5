/** A run of text in a comparison of two wordings: in both, only in the old one, or only in the new one. */
export interface WordChange {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Words, runs of spaces and single punctuation marks: "time-clock," is "time", "-", "clock", ",". */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
}

/** Beyond this many cells the table costs more than a dialog should wait; the middle is shown as replaced. */
const MAX_CELLS = 4_000_000;

function push(out: WordChange[], kind: WordChange['kind'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * The words that changed from one wording to the next, by the longest run of words the two share (the
 * `diff` package's diffWords would do this; it is not among our dependencies, and this is small). The
 * common start and end are set aside first, so a typical rewording compares only its middle.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const out: WordChange[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    // lcs[i * (m + 1) + j]: the longest common run of midA[i..] and midB[j..].
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lcs[i * (m + 1) + j] =
          midA[i] === midB[j]
            ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
            : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(out, 'same', midA[i] ?? '');
        i += 1;
        j += 1;
      } else if (i < n && (j === m || (lcs[(i + 1) * (m + 1) + j] ?? 0) >= (lcs[i * (m + 1) + j + 1] ?? 0))) {
        // What went comes before what replaced it, as a reader compares them.
        push(out, 'removed', midA[i] ?? '');
        i += 1;
      } else {
        push(out, 'added', midB[j] ?? '');
        j += 1;
      }
    }
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

/**
 * One side of the comparison, as it reads: the old wording with what was removed marked, or the new one
 * with what was added. A space alone between two marked runs is marked with them, so "the new time-clock"
 * reads as one change rather than three.
 */
export function wordingSide(changes: readonly WordChange[], side: 'before' | 'after'): WordChange[] {
  const marked = side === 'before' ? 'removed' : 'added';
  const parts = changes.filter((c) => c.kind === 'same' || c.kind === marked);
  const out: WordChange[] = [];
  parts.forEach((part, index) => {
    const between = part.kind === 'same' && /^\s+$/.test(part.text);
    const joins = between && parts[index - 1]?.kind === marked && parts[index + 1]?.kind === marked;
    if (joins || part.kind === 'same') {
      push(out, joins ? marked : 'same', part.text);
      return;
    }
    // Spaces at the edges of a change are not part of it: only words are marked.
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
    push(out, 'same', lead);
    push(out, marked, core);
    push(out, 'same', trail);
  });
  return out;
}
