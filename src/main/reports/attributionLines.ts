import type { Content } from 'pdfmake/interfaces';

/** A framework's title and its source and attribution line, as the overview reports are handed them. */
export interface AttributionLine {
  title: string;
  line: string;
}

/** The frameworks' sources and attribution (O*NET data is CC BY 4.0), as every report carries them. */
export function attributionLinesBlock(
  attributions: readonly AttributionLine[],
  { fontSize = 8, heading = true, grouped = false }: { fontSize?: number; heading?: boolean; grouped?: boolean } = {},
): Content {
  const unique = grouped
    ? byLine(attributions)
    : [...new Map(attributions.map((a) => [`${a.title}\n${a.line}`, a])).values()];
  return {
    stack: [
      ...(heading ? [{ text: 'Sources and attribution', style: 'sectionTitle', fontSize: 10 }] : []),
      ...unique.map((a) => ({
        text: [{ text: `${a.title}: `, style: 'strong' }, a.line],
        fontSize,
        color: '#495057',
        margin: [0, 0, 0, 2] as [number, number, number, number],
      })),
    ],
    unbreakable: unique.length <= 6,
  };
}

/** Frameworks that share one attribution line listed together before it, so a one-page report has room for twenty. */
function byLine(attributions: readonly AttributionLine[]): AttributionLine[] {
  const titles = new Map<string, string[]>();
  for (const a of attributions) {
    const list = titles.get(a.line) ?? [];
    if (!list.includes(a.title)) list.push(a.title);
    titles.set(a.line, list);
  }
  return [...titles.entries()].map(([line, list]) => ({ title: list.join('; '), line }));
}
