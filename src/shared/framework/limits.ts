export const MAX_FRAMEWORK_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_STATEMENT_CHARS = 2000;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function fileTooLargeMessage(fileName: string, bytes: number): string {
  return `“${fileName}” is too large to be a framework file (${formatBytes(bytes)}; the limit is 5 MB).`;
}
