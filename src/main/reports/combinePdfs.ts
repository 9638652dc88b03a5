import { PDFDocument } from 'pdf-lib';

/** Several finished reports in one file, each keeping its own "page X of Y", for printing a batch. */
export async function combinePdfs(
  files: readonly Uint8Array[],
  title: string,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const combined = await PDFDocument.create();
  combined.setTitle(title);
  combined.setCreator('Trainplan');
  for (const file of files) {
    const source = await PDFDocument.load(file);
    const pages = await combined.copyPages(source, source.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  return { bytes: await combined.save(), pageCount: combined.getPageCount() };
}
