import type { Fill } from 'exceljs';
import { STATUS_FILLS } from '../reports/statusColours';
import type { PlanStatus } from '../../shared/progress/progressRules';

/** "#b2f2bb" as Excel writes a colour: alpha first, "FFB2F2BB". */
export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

/** The same tints as the PDF reports, so a status looks the same on paper and on screen. */
const STATUS: Record<PlanStatus, Fill> = Object.fromEntries(
  Object.entries(STATUS_FILLS).map(([status, hex]) => [status, solid(hex)]),
) as Record<PlanStatus, Fill>;

export const statusFill = (status: PlanStatus): Fill => STATUS[status];

/** An achieved statement: the green of "Target met". */
export const TICK_FILL: Fill = solid(STATUS_FILLS.met);

/** From white (none of the level's statements) to a full green (all of them), in tenths. */
const HEAT_FROM = [0xff, 0xff, 0xff];
const HEAT_TO = [0x69, 0xdb, 0x7c];
const HEAT: Fill[] = Array.from({ length: 11 }, (_, step) =>
  solid(
    `#${HEAT_FROM.map((from, i) =>
      Math.round(from + ((HEAT_TO[i] ?? from) - from) * (step / 10))
        .toString(16)
        .padStart(2, '0'),
    ).join('')}`,
  ),
);

export function heatFill(achieved: number, total: number): Fill {
  const step = total === 0 ? 0 : Math.round((achieved / total) * 10);
  return HEAT[Math.min(10, Math.max(0, step))] ?? solid('#ffffff');
}
