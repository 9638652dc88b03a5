/**
 * The one rule for text a person types into a name-like field (a trainee's name, badge ID, team, site,
 * trainer, an assessor, a framework's title) and, with line breaks allowed, into notes. Any script is
 * welcome; what is refused is what shows differently from what is stored, or breaks what shows it:
 * - a lone surrogate: half of a character such as an emoji, which every file and PDF turns into "�";
 * - direction overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text show in another order
 *   than it is stored ("exe.txt" shown for "txt.exe");
 * - in one-line fields, line and paragraph separators (U+2028, U+2029), which break the line in a PDF;
 * - in one-line fields, direction marks (U+200E, U+200F, U+061C) and invisible characters (U+200B zero-width
 *   space, U+2060 word joiner, U+FEFF byte-order mark): "B0" and "B0" with one of them show the same and are
 *   two different badge IDs. Zero-width joiners (U+200C, U+200D) stay: Persian and Indic names need them.
 * Control characters are refused by the schemas that use this (src/shared/validation.ts).
 */
export const DIRECTION_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/;

/** A UTF-16 code unit that is half of a pair with its other half missing. */
const LONE_SURROGATE = /\p{Cs}/u;

const LINE_SEPARATORS = /[\u2028\u2029]/;

/** Marks that only set which way text runs; in a one-line field they only hide a difference. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c]/;

/** Characters that show as nothing at all (notes keep them: a pasted paragraph often holds them). */
const INVISIBLE = /[\u200b\u2060\ufeff]/;

/** Why `text` cannot be stored in the field named `label`, as a sentence a trainer can act on, or null. */
export function plainTextProblem(label: string, text: string, { multiline = false } = {}): string | null {
  if (LONE_SURROGATE.test(text)) {
    return `${label} contains a broken character (half of a symbol or emoji): type it again.`;
  }
  if (DIRECTION_OVERRIDES.test(text)) {
    return `${label} contains invisible direction marks (pasted from another program?): remove them.`;
  }
  if (multiline) return null;
  if (LINE_SEPARATORS.test(text)) return `${label} must be a single line of ordinary text.`;
  if (DIRECTION_MARKS.test(text)) {
    return `${label} contains invisible direction marks (pasted from another program?): remove them.`;
  }
  if (INVISIBLE.test(text)) {
    return `${label} contains an invisible character (pasted from another program?): type it again.`;
  }
  return null;
}
