import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewFrameworkSource } from '../../../../src/main/frameworks/sources/frameworkSources';
import type { LevelKey } from '../../../../src/shared/framework/levels';

export const SOURCES_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'frameworkSources');

export function sourceBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SOURCES_DIR, name)));
}

export function textBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export const NOW = new Date('2026-11-22T10:00:00Z');

export function preview(fileName: string, bytes: Uint8Array, levels?: LevelKey[]) {
  return previewFrameworkSource({ fileName, bytes, levels }, NOW);
}

/** The message a refusal carries, or a failure when the preview succeeded. */
export async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    await preview(fileName, bytes);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`${fileName} was expected to be refused`);
}
