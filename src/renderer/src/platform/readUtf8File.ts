import { ApiError } from '../../../shared/api/errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A picked or dropped file as text, refusing bytes that are not UTF-8 (a file saved as Windows-1252)
 * instead of reading them as replacement characters that would then be saved.
 */
export async function readUtf8File(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // A picture or a PDF picked by mistake is not "text in the wrong encoding": let the importer say what it is.
    const lossy = new TextDecoder('utf-8').decode(bytes).trimStart();
    if (!lossy.startsWith('{') && !lossy.startsWith('[')) return lossy;
    throw new ApiError(
      'invalid_input',
      `“${file.name}” is not UTF-8 text: some characters could not be read. Save it as UTF-8 (or export it again) and try again.`,
    );
  }
}
