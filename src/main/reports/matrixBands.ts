import type { LevelKey } from '../../shared/framework/levels';
import type { MatrixLevel, MatrixStatement } from '../../shared/overview/matrix';

/** How a statement is named in the matrix's header and key: the level's initial and its number ("E1", "D10"). */
export function statementCode(statement: Pick<MatrixStatement, 'level' | 'position'>): string {
  return `${statement.level.charAt(0).toUpperCase()}${String(statement.position)}`;
}

/** A run of one level's statements in a band; `withCount` where the level's "achieved of total" column goes. */
export interface BandGroup {
  levelIndex: number;
  level: LevelKey;
  label: string;
  /** Statement indices (in the matrix's column order), `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
  withCount: boolean;
}

/** The statement columns that fit across one page beside the name column. */
export interface StatementBand {
  groups: BandGroup[];
}

export interface BandWidths {
  /** Room across the page for the statement and count columns, after the name column. */
  room: number;
  statement: number;
  count: number;
}

/**
 * Splits the statement columns into bands that fit the page, whole levels together where they fit: a
 * reader compares a level's statements side by side, so a level is cut only when it alone is too wide.
 */
export function statementBands(levels: readonly MatrixLevel[], widths: BandWidths): StatementBand[] {
  const fewest = packedBands(levels, widths).length;
  // As few bands as the page allows, then as even as they can be: two bands of two levels, not three and one.
  const total = levels.reduce((sum, l) => sum + l.statementIds.length * widths.statement + widths.count, 0);
  for (let room = Math.ceil(total / fewest); room < widths.room; room += widths.statement) {
    const bands = packedBands(levels, { ...widths, room });
    if (bands.length <= fewest) return bands;
  }
  return packedBands(levels, widths);
}

/** Levels packed in order into bands no wider than `room`. */
function packedBands(levels: readonly MatrixLevel[], widths: BandWidths): StatementBand[] {
  const perBand = Math.max(1, Math.floor((widths.room - widths.count) / widths.statement));
  const bands: StatementBand[] = [];
  let current: BandGroup[] = [];
  let used = 0;
  let start = 0;
  levels.forEach((level, levelIndex) => {
    const size = level.statementIds.length;
    const whole = size * widths.statement + widths.count;
    const group = (from: number, to: number, withCount: boolean): BandGroup => ({
      levelIndex,
      level: level.key,
      label: level.label,
      from,
      to,
      withCount,
    });
    if (used + whole <= widths.room) {
      current.push(group(start, start + size, true));
      used += whole;
    } else if (whole <= widths.room) {
      if (current.length > 0) bands.push({ groups: current });
      current = [group(start, start + size, true)];
      used = whole;
    } else {
      // Too wide for any page: its statements in page-wide pieces, the count with the last piece.
      if (current.length > 0) bands.push({ groups: current });
      current = [];
      used = 0;
      // Even pieces (9, 9, 7 rather than 10, 10, 5), so no page holds a stub of a level.
      const pieceSize = Math.ceil(size / Math.ceil(size / perBand));
      for (let from = start; from < start + size; from += pieceSize) {
        const to = Math.min(start + size, from + pieceSize);
        const piece = group(from, to, to === start + size);
        if (to === start + size) {
          current = [piece];
          used = (to - from) * widths.statement + widths.count;
        } else {
          bands.push({ groups: [piece] });
        }
      }
    }
    start += size;
  });
  if (current.length > 0 || bands.length === 0) bands.push({ groups: current });
  return bands;
}

/** The band's statements as a range of codes, "E1–D10". */
export function bandRange(band: StatementBand, statements: readonly MatrixStatement[]): string {
  const first = band.groups[0];
  const last = band.groups.at(-1);
  const from = first ? statements[first.from] : undefined;
  const to = last ? statements[last.to - 1] : undefined;
  if (!from || !to) return 'No statements';
  return from === to ? statementCode(from) : `${statementCode(from)}–${statementCode(to)}`;
}

/** Splits `count` columns of one width into bands of as many as fit in `room`. */
export function evenBands(count: number, room: number, width: number): { from: number; to: number }[] {
  const perBand = Math.max(1, Math.floor(room / width));
  const bands: { from: number; to: number }[] = [];
  for (let from = 0; from < count; from += perBand) bands.push({ from, to: Math.min(count, from + perBand) });
  return bands.length > 0 ? bands : [{ from: 0, to: 0 }];
}
