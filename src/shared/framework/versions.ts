/**
 * Versions of one framework share its code (the occupation's SOC or made-up code) and differ in their
 * version label. Labels are whatever the publisher wrote ("1", "1.2", "2024-09", "v3"), so they are
 * compared as text with numbers read as numbers: "1.10" is after "1.9", "v10" after "v9".
 */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** The code part of a framework id ("51-4041.00@2" → "51-4041.00"); a code never holds "@", a version may. */
export function codeOfFrameworkId(id: string): string {
  const at = id.indexOf('@');
  return at < 0 ? id : id.slice(0, at);
}

/**
 * A label for the next version: the last number in the label goes up by one ("1" → "2", "1.4" → "1.5",
 * "2024-v3" → "2024-v4"); a label without a number gets " (2)". Labels already taken are skipped.
 */
export function nextVersion(current: string, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map((v) => v.trim().toLowerCase()));
  used.add(current.trim().toLowerCase());
  const match = /(\d+)(?!.*\d)/.exec(current);
  const digits = match?.[1];
  const candidate = (n: number): string =>
    match && digits !== undefined
      ? `${current.slice(0, match.index)}${String(n)}${current.slice(match.index + digits.length)}`
      : `${current.trim()} (${String(n)})`;
  let n = digits === undefined ? 2 : Number(digits) + 1;
  while (used.has(candidate(n).toLowerCase())) n += 1;
  return candidate(n);
}
