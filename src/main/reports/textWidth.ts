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

/** How wide `text` prints in Roboto Regular at `size`, in points, as pdfmake lays it out. */
export function textWidth(text: string, size: number): number {
  const f = font();
  return (f.layout(text).advanceWidth / f.unitsPerEm) * size;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` as it is if it fits in `width`, else cut at the last whole character that leaves room for
 * "…". Cut by grapheme, so an accent never loses its letter (Nguyễn) and an emoji is never halved.
 */
export function ellipsise(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  let low = 0;
  let high = parts.length;
  // The longest prefix that fits with the ellipsis: a binary search, as names may be hundreds long.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${parts.slice(0, mid).join('').trimEnd()}…`, size) <= width) low = mid;
    else high = mid - 1;
  }
  return `${parts.slice(0, low).join('').trimEnd()}…`;
}
