import { shorten } from '../../shared/text/shorten';
/** Excel refuses a sheet name longer than 31 characters or holding any of these. */
const SHEET_NAME_LIMIT = 31;
const FORBIDDEN = /[[\]:*?/\\]+/g;

/**
 * Names a sheet as Excel allows: forbidden characters become spaces, a long name is cut (ending in "…"),
 * and a name already taken (case does not tell sheets apart) gets a number: "Machine Operators (2)".
 * `taken` is updated with the name given.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  // An apostrophe may not start or end a sheet name either.
  const cleaned =
    wanted
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '') || 'Sheet';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${String(n)})`;
    const room = SHEET_NAME_LIMIT - suffix.length;
    const base = shorten(cleaned, room);
    const name = `${base}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
