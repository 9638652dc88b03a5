/**
 * The one rule for text a person types into a name-like field (a trainee's name, badge ID, team, site,
 * trainer, an assessor, a framework's title) and, with line breaks allowed, into notes. Any script is
 * welcome; what is refused is what shows differently from what is stored, or breaks what shows it:
 * - a lone surrogate: half of a character such as an emoji, which every file and PDF turns into "�";
 * - direction overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text show in another order
 *   than it is stored ("exe.txt" shown for "txt.exe");
 * - in one-line fields, line and paragraph separators (U+2028, U+2029), which break the line in a PDF.
 * Control characters are refused by the schemas that use this (src/shared/validation.ts).
 */
export const DIRECTION_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/;

/** A UTF-16 code unit that is half of a pair with its other half missing. */
const LONE_SURROGATE = /\p{Cs}/u;

const LINE_SEPARATORS = /[\u2028\u2029]/;

/** Why `text` cannot be stored in the field named `label`, as a sentence a trainer can act on, or null. */
export function plainTextProblem(label: string, text: string, { multiline = false } = {}): string | null {
  if (LONE_SURROGATE.test(text)) {
    return `${label} contains a broken character (half of a symbol or emoji): type it again.`;
  }
  if (DIRECTION_OVERRIDES.test(text)) {
    return `${label} contains invisible direction marks (pasted from another program?): remove them.`;
  }
  if (!multiline && LINE_SEPARATORS.test(text)) return `${label} must be a single line of ordinary text.`;
  return null;
}
