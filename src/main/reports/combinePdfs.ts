import { PDFDocument } from 'pdf-lib';
import { stampPageNumbers } from './pageNumbers';

/**
 * Joins finished PDFs. Separate reports keep their own "page X of Y"; slices of one report get
 * continuous numbers stamped across the whole file.
 */
export async function combinePdfs(
  files: readonly Uint8Array[],
  title: string,
  { numberPages = false } = {},
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const combined = await PDFDocument.create();
  combined.setTitle(title);
  combined.setCreator('Trainplan');
  for (const file of files) {
    const source = await PDFDocument.load(file);
    const pages = await combined.copyPages(source, source.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  if (numberPages) await stampPageNumbers(combined);
  return { bytes: await combined.save(), pageCount: combined.getPageCount() };
}
