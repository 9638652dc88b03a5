import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every module a built file loads when it starts: its static imports, followed through our own chunks. */
export async function importsOf(file: string, seen = new Set<string>()): Promise<Set<string>> {
  const text = await readFile(file, 'utf8');
  for (const [, spec = ''] of text.matchAll(/(?:^|\n)import\s[^'"]*["']([^"']+)["']/g)) {
    if (seen.has(spec)) continue;
    seen.add(spec);
    if (spec.startsWith('.')) await importsOf(join(file, '..', spec), seen);
  }
  return seen;
}
