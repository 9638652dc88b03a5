import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { rgb, type PDFDocument } from 'pdf-lib';
import { FOOTER_FONT_SIZE, FOOTER_TOP, PAGE_MARGINS, pageLabel } from './reportLayout';

// Not named `require`: electron-vite already declares one in the bundle.
const nodeRequire = createRequire(import.meta.url);

/** Writes "Page X of Y" where pdfmake's footer would have, in the same font, on a joined document. */
export async function stampPageNumbers(document: PDFDocument): Promise<void> {
  document.registerFontkit(fontkit);
  const roboto = await readFile(nodeRequire.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
  const font = await document.embedFont(roboto, { subset: true });
  const pages = document.getPages();
  const ascent = font.heightAtSize(FOOTER_FONT_SIZE, { descender: false });
  pages.forEach((page, index) => {
    const label = pageLabel(index + 1, pages.length);
    const { width } = page.getSize();
    page.drawText(label, {
      x: width - PAGE_MARGINS[2] - font.widthOfTextAtSize(label, FOOTER_FONT_SIZE),
      y: PAGE_MARGINS[3] - FOOTER_TOP - ascent,
      size: FOOTER_FONT_SIZE,
      font,
      color: rgb(0x49 / 255, 0x50 / 255, 0x57 / 255),
    });
  });
}
