/** Bytes → text, refusing anything that is not valid UTF-8 instead of replacing it with U+FFFD. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export class NotUtf8Error extends Error {
  constructor(readonly file: string) {
    super(`${file} is not UTF-8 text.`);
    this.name = 'NotUtf8Error';
  }
}

export function decodeUtf8Strictly(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new NotUtf8Error(file);
  }
}
