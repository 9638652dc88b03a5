import type { Content } from 'pdfmake/interfaces';

export const BRAND = '#087f5b';
export const MUTED = '#495057';
export const RULE = '#ced4da';

/** A drawn tick in a box, or an empty box: no font needs a ✓ glyph. */
export function tickBox(checked: boolean, size = 9): Content {
  const box = {
    type: 'rect' as const,
    x: 0,
    y: 0,
    w: size,
    h: size,
    lineWidth: 0.8,
    lineColor: checked ? BRAND : MUTED,
  };
  if (!checked) return { canvas: [box], margin: [0, 1, 0, 0] };
  return {
    canvas: [
      { ...box, color: '#e6fcf5' },
      {
        type: 'polyline',
        lineWidth: 1.4,
        lineColor: BRAND,
        points: [
          { x: size * 0.2, y: size * 0.55 },
          { x: size * 0.42, y: size * 0.78 },
          { x: size * 0.82, y: size * 0.22 },
        ],
      },
    ],
    margin: [0, 1, 0, 0],
  };
}

/** A horizontal progress bar as vector graphics. */
export function progressBar(percent: number, width: number, height = 7): Content {
  const filled = Math.max(0, Math.min(100, percent)) / 100;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: width, h: height, r: 2, color: '#e9ecef' },
      ...(filled > 0
        ? [
            {
              type: 'rect' as const,
              x: 0,
              y: 0,
              w: width * filled,
              h: height,
              r: 2,
              color: percent >= 100 ? BRAND : '#1c7ed6',
            },
          ]
        : []),
    ],
    margin: [0, 2, 0, 0],
  };
}
