import type { FrameworkSummary } from './framework';
import { codeOfFrameworkId, compareVersions } from './versions';

/** The library's later versions of a framework (same code, a later label), oldest first. */
export function newerVersions<T extends Pick<FrameworkSummary, 'id' | 'soc' | 'version'>>(
  library: readonly T[],
  frameworkId: string,
  version: string,
): T[] {
  const code = codeOfFrameworkId(frameworkId);
  return library
    .filter((f) => f.soc === code && f.id !== frameworkId && compareVersions(f.version, version) > 0)
    .sort((a, b) => compareVersions(a.version, b.version));
}
