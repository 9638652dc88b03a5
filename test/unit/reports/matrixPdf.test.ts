import { describe, expect, it } from 'vitest';
import { frameworkMatrix } from '../../../src/main/overview/frameworkMatrix';
import { overviewMatrix } from '../../../src/main/overview/overviewMatrix';
import { evenBands, statementBands } from '../../../src/main/reports/matrixBands';
import { renderMatrixPdf, type MatrixPdfData } from '../../../src/main/reports/matrixPdf';
import type { Framework } from '../../../src/shared/framework/framework';
import { DEFAULT_MATRIX_SORT, type MatrixLevel } from '../../../src/shared/overview/matrix';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { readPdf } from './pdfInspect';
import {
  attributionsOf,
  frameworkCopy,
  GENERATED_AT,
  manySources,
  ORGANISATION,
  seedFrameworks,
  sourceOf,
} from './overviewPdfFixture';

const ATTRIBUTION = 'O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed';

async function plant(): Promise<Framework> {
  const found = (await seedFrameworks()).find((f) => f.occupation.soc === '51-8099.00');
  if (!found) throw new Error('seed missing');
  return found;
}

function frameworkData(framework: Framework, sources: ReturnType<typeof manySources>, paperSize: 'A4' | 'LETTER') {
  const data: MatrixPdfData = {
    organisationName: ORGANISATION,
    generatedAt: GENERATED_AT,
    filterDescription: '',
    paperSize,
    matrix: {
      view: 'framework',
      data: frameworkMatrix(framework, sources, NO_FILTER, DEFAULT_MATRIX_SORT, sources.length),
    },
    attributions: attributionsOf([framework]),
  };
  return data;
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('skills matrix PDF, one framework', () => {
  it('ticks each achieved statement, marks the target, counts per level and holders, and keys every code', async () => {
    const framework = await plant();
    const sources = [
      { fullName: 'Łukasz Żółć', team: 'Line 2', achieved: 11, target: 'developing' as const },
      { fullName: 'Дмитрий Иванов', team: 'Line 1', achieved: 10, target: 'emerging' as const },
      { fullName: 'Σοφία Παπαδοπούλου', team: 'Line 2', achieved: 0, target: 'emerging' as const },
    ].map((p, i) =>
      sourceOf({ fullName: p.fullName, team: p.team, plans: [{ framework, ...p, targetDate: null }] }, i),
    );
    const pdf = await renderMatrixPdf(frameworkData(framework, sources, 'A4'));
    const read = await readPdf(pdf.bytes, 'matrix-framework-small.pdf');
    expect(read.size.width).toBeGreaterThan(read.size.height);
    expect(read.pages.length).toBe(pdf.pageCount);
    const [first, second] = read.pages;
    // 40 statements do not fit across A4: two bands of two whole levels, each with the name column.
    expect(first).toContain('Plant and System Operators, All Other · statements E1–D10, part 1 of 2');
    expect(second).toContain('Plant and System Operators, All Other · statements P1–A10, part 2 of 2');
    expect(first).toContain('Trainee Emerging Developing E1 E2 E3');
    expect(first).toContain('D10 Done');
    for (const page of [first, second]) {
      for (const name of ['Łukasz Żółć', 'Дмитрий Иванов', 'Σοφία Παπαδοπούλου']) expect(page).toContain(name);
    }
    // Rows in name order; each row's ticks and per-level counts.
    expect(first).toMatch(/Σοφία Παπαδοπούλου B-102 · Line 2 · target Emerging 0\/10 0\/10/);
    expect(first).toMatch(/Łukasz Żółć B-100 · Line 2 · target Developing( √){10} 10\/10 √ 1\/10 Σοφία/);
    expect(first).toMatch(/Дмитрий Иванов B-101 · Line 1 · target Emerging( √){10} 10\/10 0\/10 Holders/);
    expect(count(first ?? '', '√')).toBe(21 + 1);
    expect(count(second ?? '', '√')).toBe(0);
    // Holders per statement, then of the whole level.
    expect(first).toMatch(/Holders of 3 trainees; Done: all of the level( 2){10} 2 1( 0){9} 0/);
    expect(second).toMatch(/Holders of 3 trainees; Done: all of the level( 0){10} 0( 0){10} 0/);
    const all = read.all;
    expect(all).toContain(`${ORGANISATION} Skills matrix`);
    expect(all).toContain(
      'Plant and System Operators, All Other (51-8099.00, v.26.05) · 3 of 3 trainees · all trainees',
    );
    expect(all).toContain('Statement key · Plant and System Operators, All Other (v.26.05)');
    const key = read.pages.slice(read.pages.findIndex((p) => p.includes('Statement key'))).join(' ');
    expect(key).toMatch(
      /Code Topic Statement Emerging E1 Safety and sanitation regulations recognize and follow under direct supervisor/,
    );
    expect(key).toMatch(/ A10 \S/);
    expect(read.pages.at(-1)).toContain(`Plant and System Operators, All Other (51-8099.00, v.26.05): `);
    expect((read.pages.at(-1) ?? '').replace(/\s/g, '')).toContain(ATTRIBUTION.replace(/\s/g, ''));
    read.pages.forEach((page, i) => {
      expect(page).toContain(`Skills matrix · Plant and System Operators, All Other · 3 of 3 trainees`);
      expect(page).toContain(`Page ${String(i + 1)} of ${String(read.pages.length)}`);
    });
  });

  it('says so when nobody matches, and still carries the key and attribution', async () => {
    const framework = await plant();
    const pdf = await renderMatrixPdf(frameworkData(framework, [], 'LETTER'));
    const read = await readPdf(pdf.bytes);
    expect(read.size).toEqual({ width: 792, height: 612 });
    expect(read.all).toContain('No trainees match this selection.');
    expect(read.all).toContain('Holders of 0 trainees');
    expect(read.pages.at(-1)).toContain('Sources and attribution');
  });

  // 400 rows in slices of 4,000 cells take the same path as 2,000 rows in slices of 25,000 (npm run bench:reports).
  it('repeats the band heading and the name column on every page of 400 rows, in slices joined with page numbers', async () => {
    const framework = await plant();
    const sources = manySources(400, [framework]);
    const pdf = await renderMatrixPdf(frameworkData(framework, sources, 'LETTER'), undefined, 4_000);
    const read = await readPdf(pdf.bytes, 'matrix-framework-400.pdf');
    expect(read.pages.length).toBe(pdf.pageCount);
    const key = read.pages.findIndex((p) => p.includes('Statement key'));
    expect(key).toBeGreaterThan(4);
    const tablePages = read.pages.slice(0, key);
    const bands = tablePages.map((p) => /statements (\S+), part (\d) of (\d)/.exec(p)?.slice(1).join(' '));
    // Every table page says its band; the first band's pages all come before the second's.
    expect(bands.every((b) => b !== undefined)).toBe(true);
    const firstBand = bands.filter((b) => b === bands[0]).length;
    expect(firstBand).toBeGreaterThan(2);
    expect(new Set(bands).size).toBe(2);
    expect(bands.slice(firstBand).every((b) => b === bands.at(-1))).toBe(true);
    // The name column is on every page: each page lists trainees with their badge and team.
    tablePages.forEach((page) => expect(page).toMatch(/Trainee \d{4} B-\d+ · Line \d · target/));
    // Every trainee is on a page of each band, exactly once.
    const names = (pages: string[]) => pages.flatMap((p) => p.match(/Trainee \d{4} B-/g) ?? []);
    expect(names(tablePages.slice(0, firstBand))).toHaveLength(400);
    expect(names(tablePages.slice(firstBand))).toHaveLength(400);
    expect(tablePages[firstBand - 1]).toContain('Holders of 400 trainees');
    read.pages.forEach((page, i) => expect(page).toContain(`Page ${String(i + 1)} of ${String(read.pages.length)}`));
    expect(read.pages.at(-1)).toContain('Sources and attribution');
  }, 240_000);
});

describe('skills matrix PDF, every framework', () => {
  it('shows attained and target on the status colour, splits many frameworks into bands, and ends with coverage', async () => {
    const seeds = await seedFrameworks();
    const frameworks = [...seeds, ...Array.from({ length: 9 }, (_, n) => frameworkCopy(seeds[0] as Framework, n))];
    const sources = manySources(30, frameworks);
    const overview = overviewMatrix(
      (id) => frameworks.find((f) => f.id === id),
      sources,
      NO_FILTER,
      DEFAULT_MATRIX_SORT,
      40,
    );
    const pdf = await renderMatrixPdf({
      organisationName: ORGANISATION,
      generatedAt: GENERATED_AT,
      filterDescription: 'Team: Line 1',
      paperSize: 'A4',
      matrix: { view: 'overview', data: overview },
      attributions: attributionsOf(frameworks),
    });
    const read = await readPdf(pdf.bytes, 'matrix-overview.pdf');
    expect(read.all).toContain('Every framework · 30 of 40 trainees · Team: Line 1');
    expect(read.pages[0]).toContain('Every framework · Frameworks 1–6 of 12, part 1 of 2');
    // 30 rows take two pages per band; the name column comes with every one.
    expect(read.pages[1]).toContain('Every framework · Frameworks 1–6 of 12, part 1 of 2');
    expect(read.pages[2]).toContain('Every framework · Frameworks 7–12 of 12, part 2 of 2');
    expect(read.pages[3]).toContain('Every framework · Frameworks 7–12 of 12, part 2 of 2');
    for (const page of [read.pages[0], read.pages[2]]) expect(page).toContain('Trainee 0000 B-100 · Line 1');
    for (const page of [read.pages[1], read.pages[3]]) expect(page).toContain('Trainee 0029 B-129 · Line 6');
    // Trainee 0001: 7 statements achieved, target Developing, due 31 days back: overdue.
    expect(read.all).toMatch(/Trainee 0001 B-101 · Line 2( —)* Not yet Emerging › Developing Overdue · 35%/);
    expect(read.pages[3]).toMatch(/Coverage of 30 trainees .*\d+ plans? · \d+ met Emerging or above: \d+/);
    expect(read.pages.at(-1)).toContain('Framework number 9 (99-1008.00, v.26.05): ');
    expect(count(read.all, 'CC BY 4.0')).toBe(12);
  });
});

describe('column bands', () => {
  const levels = (...sizes: number[]): MatrixLevel[] =>
    sizes.map((size, i) => ({
      key: (['emerging', 'developing', 'proficient', 'advanced'] as const)[i] ?? 'advanced',
      label: `Level ${String(i)}`,
      statementIds: Array.from({ length: size }, (_, k) => `${String(i)}.${String(k)}`),
    }));
  const shape = (bands: ReturnType<typeof statementBands>) =>
    bands.map((b) => b.groups.map((g) => `${String(g.from)}-${String(g.to)}${g.withCount ? '+' : ''}`).join(' '));

  it('keeps whole levels together and balances the bands', () => {
    // Room for three levels of 10 (10 × 10 + 20 each): four levels make two bands of two, not three and one.
    expect(shape(statementBands(levels(10, 10, 10, 10), { room: 370, statement: 10, count: 20 }))).toEqual([
      '0-10+ 10-20+',
      '20-30+ 30-40+',
    ]);
    expect(shape(statementBands(levels(10, 10), { room: 370, statement: 10, count: 20 }))).toEqual(['0-10+ 10-20+']);
  });

  it('cuts a level only when it alone is wider than the page, in even pieces, its count with its last piece', () => {
    const widths = { room: 120, statement: 10, count: 20 };
    const bands = statementBands(levels(4, 25, 4), widths);
    expect(shape(bands)).toEqual(['0-4+', '4-13', '13-22', '22-29+', '29-33+']);
    for (const band of bands) {
      const used = band.groups.reduce(
        (sum, g) => sum + (g.to - g.from) * widths.statement + (g.withCount ? widths.count : 0),
        0,
      );
      expect(used).toBeLessThanOrEqual(widths.room);
    }
  });

  it('splits frameworks into even runs of what fits', () => {
    expect(evenBands(12, 620, 97)).toEqual([
      { from: 0, to: 6 },
      { from: 6, to: 12 },
    ]);
    expect(evenBands(0, 620, 97)).toEqual([{ from: 0, to: 0 }]);
  });
});
