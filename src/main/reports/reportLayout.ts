import type { Content, DynamicContent, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDateTime } from '../../shared/dates';
import { attributionLine, type Framework } from '../../shared/framework/framework';
import { codeAndVersion } from '../../shared/framework/shownCode';
import type { PaperSize } from '../../shared/settings/settings';
import { MUTED, RULE } from './drawings';
import { ellipsise, textWidth } from './textWidth';

export const PAGE_MARGINS: [number, number, number, number] = [40, 48, 40, 48];

export const STYLES: StyleDictionary = {
  organisation: { fontSize: 10, color: MUTED },
  title: { fontSize: 18, bold: true, margin: [0, 2, 0, 2] },
  generated: { fontSize: 8.5, color: MUTED },
  sectionTitle: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
  planTitle: { fontSize: 12, bold: true, margin: [0, 16, 0, 2] },
  label: { fontSize: 8.5, color: MUTED },
  tableHeader: { bold: true, fontSize: 8.5, fillColor: '#eef3f1' },
  levelRow: { bold: true, fontSize: 9, fillColor: '#f8f9fa' },
  small: { fontSize: 8, color: MUTED },
  strong: { bold: true },
};

export function generatedLabel(at: Date): string {
  return `Generated ${formatDateTime(at.toISOString())}`;
}

/** The top of the first page: organisation, title, when it was generated. */
const PAGE_WIDTHS: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };

/** The width between the margins, for drawings that must span the page. */
export function contentWidth(paperSize: PaperSize, landscape: boolean): number {
  const [w, h] = PAGE_WIDTHS[paperSize];
  return (landscape ? h : w) - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

export function titleBlock(organisation: string, title: string, at: Date, width: number, extra?: string): Content {
  return {
    stack: [
      ...(organisation.trim() ? [{ text: organisation, style: 'organisation' }] : []),
      { text: title, style: 'title' },
      { text: extra ? `${generatedLabel(at)} · ${extra}` : generatedLabel(at), style: 'generated' },
      {
        canvas: [{ type: 'line', x1: 0, y1: 6, x2: width, y2: 6, lineWidth: 0.8, lineColor: RULE }],
        margin: [0, 0, 0, 6],
      },
    ],
  };
}

export const FOOTER_FONT_SIZE = 7.5;
export const FOOTER_TOP = 16;

export function pageLabel(page: number, count: number): string {
  return `Page ${String(page)} of ${String(count)}`;
}

/** The footer's words: `shorten` gives way (ending in "…") so the footer stays one line. */
export interface FooterText {
  before?: string;
  /** The part that may be long: a trainee's name, a description of the filters. */
  shorten: string;
  after?: string;
}

const FOOTER_GAP = 12;

/**
 * Every page says what it is, whose it is, when it was generated, and page X of Y, on one line: a
 * footer that wraps runs into the page edge and pushes "Page X of Y" apart, so a long name is cut.
 */
export function footer(text: FooterText, at: Date, width: number, { pageNumbers = true } = {}): DynamicContent {
  const fixed = `${text.before ?? ''}${text.after ?? ''} · ${generatedLabel(at)}`;
  // Room is kept for "Page X of Y" whether pdfmake writes it or it is stamped after joining (up to 99,999 pages).
  const pageRoom = FOOTER_GAP + textWidth(pageLabel(99999, 99999), FOOTER_FONT_SIZE);
  const room = width - pageRoom - textWidth(fixed, FOOTER_FONT_SIZE);
  const left = `${text.before ?? ''}${ellipsise(text.shorten, Math.max(room, 0), FOOTER_FONT_SIZE)}${text.after ?? ''} · ${generatedLabel(at)}`;
  return (currentPage, pageCount) => ({
    columns: [
      { text: left, width: '*', noWrap: true },
      // Left out where the pages are numbered after the slices are joined (stampPageNumbers).
      { text: pageNumbers ? pageLabel(currentPage, pageCount) : '', width: 'auto', noWrap: true },
    ],
    columnGap: FOOTER_GAP,
    fontSize: FOOTER_FONT_SIZE,
    color: MUTED,
    margin: [PAGE_MARGINS[0], FOOTER_TOP, PAGE_MARGINS[2], 0],
  });
}

/** Each framework's sources and attribution, exactly as its file gives them. O*NET data is CC BY 4.0. */
export function attributionBlock(frameworks: readonly Framework[]): Content {
  const unique = [...new Map(frameworks.map((f) => [f.id, f])).values()];
  return {
    stack: [
      { text: 'Sources and attribution', style: 'sectionTitle', fontSize: 10 },
      ...unique.map((f) => ({
        text: [
          { text: `${f.occupation.title} (${codeAndVersion(f.occupation, f.version)}): `, style: 'strong' },
          attributionLine(f),
        ],
        style: 'small',
        margin: [0, 0, 0, 3] as [number, number, number, number],
      })),
    ],
    unbreakable: unique.length <= 6,
  };
}

export function baseDocument(
  paperSize: PaperSize,
  landscape: boolean,
  title: string,
): Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'styles' | 'defaultStyle' | 'info'> {
  return {
    pageSize: paperSize,
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: PAGE_MARGINS,
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    info: { title, creator: 'Trainplan', producer: 'Trainplan (pdfmake)' },
  };
}
