import { foldForSearch } from '../text/searchFold';

/** What Excel and a wrong decoder write for a letter they cannot keep: "?" or the replacement character. */
const STAND_INS = new Set(['?', '\uFFFD']);

const isLetter = (ch: string) => /\p{L}/u.test(ch);
const beyondAscii = (ch: string) => (ch.codePointAt(0) ?? 0) > 0x7f;

/**
 * True when the file's text is the recorded text with letters lost, and nothing else changed: a letter
 * turned into "?" or U+FFFD ("?ukasz" for "Łukasz"), a letter beyond plain ASCII dropped ("Pawe" for
 * "Paweł"), or an accent dropped ("Lukasz"). That is what a roster saved by Excel in Windows-1252 does to
 * Polish, Czech or Turkish names, and applying it would overwrite a correct name with a damaged one.
 * Compared letter by letter after folding accents and case; a change of case alone is not a loss, and a
 * file that adds accents or changes any other letter is an ordinary change.
 */
export function losesLetters(stored: string, fromFile: string): boolean {
  const s = Array.from(stored.normalize('NFC'));
  const f = Array.from(fromFile.normalize('NFC'));
  if (stored.toLowerCase() === fromFile.toLowerCase()) return false;
  const foldS = s.map(foldForSearch);
  const foldF = f.map(foldForSearch);
  // reach[i][j]: the file's first i characters can be the stored first j with only losses between them.
  const reach: boolean[][] = Array.from({ length: f.length + 1 }, () => new Array<boolean>(s.length + 1).fill(false));
  const row0 = reach[0];
  if (!row0) return false;
  row0[0] = true;
  for (let i = 0; i <= f.length; i += 1) {
    const here = reach[i];
    if (!here) continue;
    for (let j = 0; j <= s.length; j += 1) {
      if (!here[j]) continue;
      const storedCh = s[j];
      const fileCh = f[i];
      if (storedCh === undefined) continue;
      // A letter beyond ASCII that the file left out.
      if (isLetter(storedCh) && beyondAscii(storedCh)) here[j + 1] = true;
      if (fileCh === undefined) continue;
      const next = reach[i + 1];
      if (!next) continue;
      // The same letter, or its plain form where the record has an accent; never an accent the record lacks.
      const sameLetter = foldF[i] === foldS[j] && !beyondAscii(fileCh);
      const standIn =
        STAND_INS.has(fileCh) && (isLetter(storedCh) || beyondAscii(storedCh)) && !STAND_INS.has(storedCh);
      if (sameLetter || standIn || fileCh.toLowerCase() === storedCh.toLowerCase()) next[j + 1] = true;
    }
  }
  return reach[f.length]?.[s.length] === true;
}
