import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { normaliseFramework, type Framework } from '../../shared/framework/framework';
import { parseFrameworkFile } from '../../shared/framework/parseFrameworkFile';

/** Loads the frameworks shipped in `seeds/`. A broken seed is a packaging bug, so it stops start-up loudly. */
export async function loadBundledFrameworks(seedsDir: string): Promise<Framework[]> {
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(seedsDir, name), 'utf8');
      try {
        return normaliseFramework(parseFrameworkFile(name, text), 'bundled');
      } catch (error) {
        const detail = error instanceof ApiError ? error.fields.map((f) => f.message).join('; ') : String(error);
        throw new Error(`Bundled framework ${name} is invalid: ${detail}`);
      }
    }),
  );
}
