import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import { ATTAINED_KEYS, type AttainedCounts } from '../../shared/overview/dashboard';
import { NOT_YET_EMERGING } from '../../shared/progress/progressRules';
import { MUTED, RULE } from './drawings';
import { ellipsise, textWidth } from './textWidth';

type AttainedKey = (typeof ATTAINED_KEYS)[number];

/** One shade per attained level, light to dark, so the order reads without the legend; text in a readable ink. */
export const LEVEL_FILLS: Record<AttainedKey, { fill: string; ink: string }> = {
  none: { fill: '#dee2e6', ink: '#212529' },
  emerging: { fill: '#b2f2bb', ink: '#212529' },
  developing: { fill: '#69db7c', ink: '#212529' },
  proficient: { fill: '#2f9e44', ink: '#ffffff' },
  advanced: { fill: '#1b5e20', ink: '#ffffff' },
};

export const attainedName = (key: AttainedKey): string => (key === 'none' ? NOT_YET_EMERGING : LEVEL_LABELS[key]);

const SWATCH = 8;

/** The level colours with their names, for the bar charts. */
export function levelLegend(): Content {
  return {
    columns: ATTAINED_KEYS.map((key) => ({
      width: 'auto',
      columns: [
        {
          width: SWATCH,
          canvas: [{ type: 'rect', x: 0, y: 1, w: SWATCH, h: SWATCH, color: LEVEL_FILLS[key].fill }],
        },
        { width: 'auto', text: attainedName(key), margin: [3, 0, 10, 0] },
      ],
    })),
    fontSize: 7.5,
    color: MUTED,
    margin: [0, 0, 0, 4],
  };
}

export interface StackedBar {
  label: string;
  total: number;
  counts: AttainedCounts;
}

const BAR_HEIGHT = 10;
const BAR_GAP = 3.5;
const LABEL_SIZE = 7;
const VALUE_SIZE = 6.5;

/**
 * Horizontal bars, one per row, split by attained level; the counts written inside the segments
 * they fit in and the total after the bar, as text a reader can copy and a test can read.
 */
export function stackedBars(bars: readonly StackedBar[], width: number, labelWidth: number): Content {
  const totalWidth = 26;
  const barWidth = width - labelWidth - totalWidth - 6;
  const most = Math.max(1, ...bars.map((b) => b.total));
  return {
    stack: bars.map((bar) => {
      const shapes: CanvasElement[] = [{ type: 'rect', x: 0, y: 0, w: barWidth, h: BAR_HEIGHT, color: '#f8f9fa' }];
      const values: Content[] = [];
      let x = 0;
      for (const key of ATTAINED_KEYS) {
        const count = bar.counts[key];
        if (count === 0) continue;
        const w = (count / most) * barWidth;
        shapes.push({ type: 'rect', x, y: 0, w, h: BAR_HEIGHT, color: LEVEL_FILLS[key].fill });
        const words = String(count);
        if (textWidth(words, VALUE_SIZE) + 3 <= w) {
          values.push(
            placed(x, -BAR_HEIGHT + 1.5, w, { text: words, fontSize: VALUE_SIZE, color: LEVEL_FILLS[key].ink }),
          );
        }
        x += w;
      }
      return {
        columns: [
          {
            width: labelWidth,
            text: ellipsise(bar.label, labelWidth - 4, LABEL_SIZE),
            fontSize: LABEL_SIZE,
            noWrap: true,
          },
          // The values are placed over the bar without taking room of their own.
          { width: barWidth, stack: [{ canvas: shapes }, ...values] },
          { width: totalWidth, text: String(bar.total), fontSize: LABEL_SIZE, bold: true, margin: [4, 0, 0, 0] },
        ],
        columnGap: 0,
        margin: [0, 0, 0, BAR_GAP],
      };
    }),
  };
}

/**
 * Text centred in a box of `width` at (x, y) from where the next element would go, taking no room:
 * how values are written over a drawing (a text alone would centre across the whole column).
 */
function placed(
  x: number,
  y: number,
  width: number,
  text: { text: string; fontSize: number; color?: string },
): Content {
  return { columns: [{ width, ...text, alignment: 'center', noWrap: true }], relativePosition: { x, y } };
}

/** A short month name for the chart's axis, in the report's language; January also says its year. */
export function monthLabel(month: string): { name: string; year: string | null } {
  const [year = '2000', number = '01'] = month.split('-');
  const date = new Date(Date.UTC(Number(year), Number(number) - 1, 15));
  const name = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(date);
  return { name, year: number === '01' ? year : null };
}

/** Columns of statements achieved per month, oldest first; values above the columns, months below. */
export function columnChart(
  perMonth: readonly { month: string; achieved: number }[],
  width: number,
  height: number,
): Content {
  const count = Math.max(1, perMonth.length);
  const slot = width / count;
  const bar = slot * 0.62;
  const top = 10;
  const most = Math.max(1, ...perMonth.map((m) => m.achieved));
  const shapes: CanvasElement[] = [];
  const values: Content[] = [];
  perMonth.forEach((m, i) => {
    const h = (m.achieved / most) * (height - top);
    const x = i * slot + (slot - bar) / 2;
    if (h > 0) shapes.push({ type: 'rect', x, y: height - h, w: bar, h, color: '#1c7ed6' });
    values.push(placed(i * slot, height - h - top + 1, slot, { text: String(m.achieved), fontSize: VALUE_SIZE }));
  });
  shapes.push({ type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.8, lineColor: RULE });
  return {
    stack: [
      ...values,
      { canvas: shapes },
      {
        columns: perMonth.map((m) => {
          const { name, year } = monthLabel(m.month);
          return { width: slot, text: year ? `${name}\n${year}` : name, alignment: 'center' };
        }),
        columnGap: 0,
        fontSize: VALUE_SIZE,
        color: MUTED,
        margin: [0, 2, 0, 0],
      },
    ],
  };
}

/** A big figure with its words under it, on a tint: one box of a row of counts. */
export function figureBox(value: number, words: string, fill: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: String(value), fontSize: 15, bold: true },
              { text: words, fontSize: 7, color: '#343a40' },
            ],
            fillColor: fill,
            alignment: 'center',
            margin: [2, 3, 2, 3],
          },
        ],
      ],
    },
    layout: 'noBorders',
  };
}
