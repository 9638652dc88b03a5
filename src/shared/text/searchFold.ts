/**
 * Letters that Unicode decomposition leaves whole (Ł is not L plus a mark), spelled as a trainer would
 * type them on a keyboard without them. Keys are lower case: folding lowers the text first.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŋ: 'ng',
  ŧ: 't',
  ĸ: 'k',
  // Letters of West African and other Latin alphabets beyond Latin-1 and Latin Extended-A.
  ƀ: 'b',
  ɓ: 'b',
  ƈ: 'c',
  ɗ: 'd',
  ɖ: 'd',
  ɛ: 'e',
  ə: 'e',
  ǝ: 'e',
  ƒ: 'f',
  ɣ: 'g',
  ɨ: 'i',
  ƙ: 'k',
  ɲ: 'n',
  ɔ: 'o',
  ʉ: 'u',
  ƴ: 'y',
  ƶ: 'z',
  ʒ: 'z',
  // Marks that compatibility decomposition leaves behind: "ŀ" is "l·", "ŉ" is "ʼn".
  '\u00b7': '',
  '\u02bc': '',
};
const FOLDED_LETTER = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/**
 * Case- and accent-insensitive: "jose nunez" finds "José Núñez", "lukasz" finds "Łukasz", "strasse" finds
 * "Straße". The locale-independent lower case keeps "İ" from turning into "i̇" differently per machine;
 * its dot is a mark and goes with the accents.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .toLowerCase()
      // Compatibility decomposition as well: ligatures ("ﬁ") and full-width letters fold to plain ones.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(FOLDED_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter)
  );
}
