import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

// Not named `require`: electron-vite already declares one in the bundle.
const nodeRequire = createRequire(import.meta.url);

type Font = ReturnType<typeof fontkit.create>;
let regular: Font | undefined;

/** The report's regular font, read once: the footer is measured on every report. */
function font(): Font {
  regular ??= fontkit.create(readFileSync(nodeRequire.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf')));
  return regular;
}

const advances = new Map<number, number>();

/**
 * How wide `text` prints in Roboto Regular at `size`, in points. Glyph advances summed without
 * kerning, which only ever brings letters closer: never less than pdfmake's own measure, so a line
 * cut to fit by this fits. Far cheaper than shaping the text (the footer measures every report).
 */
export function textWidth(text: string, size: number): number {
  const f = font();
  let units = 0;
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    let advance = advances.get(point);
    if (advance === undefined) {
      advance = f.glyphForCodePoint(point).advanceWidth;
      advances.set(point, advance);
    }
    units += advance;
  }
  return (units / f.unitsPerEm) * size;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` as it is if it fits in `width`, else cut after the last whole character that leaves room
 * for "…". Cut by grapheme, so an accent never loses its letter (Nguyễn) and an emoji is never halved.
 */
export function ellipsise(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const room = width - textWidth('…', size);
  let used = 0;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    used += textWidth(segment, size);
    if (used > room) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}
