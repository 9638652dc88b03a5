import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfPages {
  pages: string[];
  all: string;
  size: { width: number; height: number };
}

/** The text of each page as a PDF reader extracts it, with layout whitespace and break hints folded. */
export async function readPdf(bytes: Uint8Array, keepAs?: string): Promise<PdfPages> {
  if (keepAs) {
    // Kept for people to look at (pdftoppm); test-results/ is not committed.
    const dir = join(process.cwd(), 'test-results', 'reports');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, keepAs), bytes);
  }
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(proxy, { mergePages: false });
  const pages = text.map((t) => t.replace(/\u200b/g, '').replace(/\s+/g, ' '));
  const doc = await PDFDocument.load(bytes);
  const first = doc.getPage(0);
  return { pages, all: pages.join(' '), size: first.getSize() };
}

/** For text that wraps inside a cell: the extracted text has a space wherever a line broke. */
export function squashed(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Each page's text as printed lines: the pieces on one baseline, left to right, joined. Where
 * `readPdf` says what a page says, this says what stands on one line.
 */
export async function pageLines(bytes: Uint8Array): Promise<string[][]> {
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[][] = [];
  for (let n = 1; n <= proxy.numPages; n += 1) {
    const content = await (await proxy.getPage(n)).getTextContent();
    const lines = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      const key = Math.round(y);
      lines.set(key, [...(lines.get(key) ?? []), { x, text: item.str }]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, pieces]) =>
          pieces
            .sort((a, b) => a.x - b.x)
            .map((p) => p.text)
            .join(' ')
            .replace(/\u200b/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
    );
  }
  return pages;
}
