import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type * as PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// Not named `require`: electron-vite already declares one in the bundle.
const nodeRequire = createRequire(import.meta.url);

type PdfMake = typeof PdfMakeModule;

/**
 * pdfmake is a process-wide singleton; load it on the first report (it is heavy, and most starts
 * make no report) and configure it once, locked down to our embedded fonts.
 */
let loaded: Promise<PdfMake> | undefined;

function pdfmakeConfigured(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then((module) => {
    // A CommonJS module: its exports arrive as the default export.
    const pdfmake: PdfMake = 'default' in module ? module.default : module;
    configure(pdfmake);
    return pdfmake;
  });
  return loaded;
}

function configure(pdfmake: PdfMake): void {
  // Roboto covers Latin, Latin Extended (Vietnamese included), Greek and Cyrillic.
  const fontsFile = nodeRequire.resolve('pdfmake/fonts/Roboto.js');
  const fontDir = dirname(fontsFile);
  pdfmake.setFonts(nodeRequire(fontsFile) as Parameters<typeof pdfmake.setFonts>[0]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

/** Lays out and renders a document; `pageCount` is what the footer's "page X of Y" said. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<RenderedPdf> {
  const pdfmake = await pdfmakeConfigured();
  let pageCount = 0;
  const footer = doc.footer;
  const counted: TDocumentDefinitions = {
    ...doc,
    footer:
      typeof footer === 'function'
        ? (currentPage, count, pageSize) => {
            pageCount = count;
            return footer(currentPage, count, pageSize);
          }
        : footer,
  };
  const buffer = await pdfmake.createPdf(counted).getBuffer();
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pageCount };
}
