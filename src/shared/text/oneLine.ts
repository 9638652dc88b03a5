/**
 * A message that quotes a file (a parser's error, say) as one short line of ordinary text: the file's
 * own line breaks and control characters would break the sentence it is put in, or the screen.
 */
export function oneLine(text: string, max = 160): string {
  const flat = text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
