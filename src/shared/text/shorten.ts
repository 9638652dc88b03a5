/**
 * `text` cut to at most `max` UTF-16 units (the length Excel and file systems count), ending in "…"
 * when cut. Whole characters only: an emoji or an accented letter built of two code points is never
 * split in half, which would leave "�" behind.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const character of segments(text)) {
    if (kept.length + character.length > max - 1) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters a reader sees (grapheme clusters): "👩‍🔧" and "é" written as e + accent are one each. */
function segments(text: string): Iterable<string> {
  return [...segmenter.segment(text)].map((s) => s.segment);
}
