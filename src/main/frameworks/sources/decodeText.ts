const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252 (what Excel on Windows saves). */
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * Text of a CSV or JSON file. UTF-8 first (with or without a byte-order mark); bytes that are not UTF-8
 * are read as Windows-1252, because that is what Excel's "CSV" saves on Windows, and the preview says so.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding };
}

/** A picture, a PDF or another binary file: control bytes that no text file holds. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 20;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
