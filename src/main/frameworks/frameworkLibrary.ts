import { ApiError } from '../../shared/api/errors';
import {
  countStatements,
  frameworkId,
  normaliseFramework,
  type Framework,
  type FrameworkSummary,
} from '../../shared/framework/framework';
import { parseFrameworkFile } from '../../shared/framework/parseFrameworkFile';
import type { Store } from '../store/store';
import type { ImportedFramework } from '../store/records/recordsSchema';

export interface FrameworkLibrary {
  list(): FrameworkSummary[];
  get(id: string): Framework;
  /** Finds a framework without throwing; undefined when it is not in the library. */
  find(id: string): Framework | undefined;
  import(input: { fileName: string; text: string }): Promise<FrameworkSummary>;
  remove(id: string): Promise<{ removed: string }>;
}

export interface FrameworkLibraryDeps {
  store: Store;
  bundled: readonly Framework[];
  now?: () => Date;
}

function summarise(framework: Framework, imported?: ImportedFramework): FrameworkSummary {
  return {
    id: framework.id,
    title: framework.occupation.title,
    soc: framework.occupation.soc,
    group: framework.occupation.group,
    jobZone: framework.occupation.jobZone,
    version: framework.version,
    statementCount: countStatements(framework),
    origin: framework.origin,
    fileName: imported?.fileName ?? null,
    importedAt: imported?.importedAt ?? null,
  };
}

function idOf(imported: ImportedFramework): string {
  return frameworkId(imported.file.occupation.soc, imported.file.framework.version);
}

export function createFrameworkLibrary({
  store,
  bundled,
  now = () => new Date(),
}: FrameworkLibraryDeps): FrameworkLibrary {
  // Normalising is cheap but not free; imported files never change once stored, so cache by id.
  const normalised = new Map<string, Framework>();
  const importedFramework = (entry: ImportedFramework): Framework => {
    const id = idOf(entry);
    let framework = normalised.get(id);
    if (!framework) {
      framework = normaliseFramework(entry.file, 'imported');
      normalised.set(id, framework);
    }
    return framework;
  };

  const find = (id: string): Framework | undefined => {
    const shipped = bundled.find((f) => f.id === id);
    if (shipped) return shipped;
    const entry = store.frameworks().find((f) => idOf(f) === id);
    return entry ? importedFramework(entry) : undefined;
  };

  return {
    list() {
      const imported = store.frameworks().map((entry) => summarise(importedFramework(entry), entry));
      return [...bundled.map((f) => summarise(f)), ...imported].sort(
        (a, b) => a.title.localeCompare(b.title) || a.version.localeCompare(b.version),
      );
    },

    find,

    get(id) {
      const framework = find(id);
      if (!framework)
        throw new ApiError('not_found', 'That framework is not in the library. It may have been removed.');
      return framework;
    },

    async import({ fileName, text }) {
      const file = parseFrameworkFile(fileName, text);
      const id = frameworkId(file.occupation.soc, file.framework.version);
      const existing = find(id);
      if (existing) {
        const where = existing.origin === 'bundled' ? 'ships with Trainplan' : 'was imported earlier';
        throw new ApiError(
          'already_exists',
          `“${fileName}” is already in the library: ${file.occupation.title} (${file.occupation.soc}), version ${file.framework.version} ${where}.`,
        );
      }
      const entry: ImportedFramework = { fileName, importedAt: now().toISOString(), file };
      await store.update((tx) => {
        if (tx.frameworks().has(id)) throw new ApiError('already_exists', `“${fileName}” is already in the library.`);
        tx.putFramework(id, entry);
      });
      return summarise(importedFramework(entry), entry);
    },

    async remove(id) {
      const framework = find(id);
      if (!framework)
        throw new ApiError('not_found', 'That framework is not in the library. It may have been removed already.');
      if (framework.origin === 'bundled') {
        throw new ApiError('in_use', `${framework.occupation.title} ships with Trainplan and cannot be removed.`);
      }
      await store.update((tx) => {
        const users = tx.entries().filter((t) => t.plans.some((p) => p.frameworkId === id)).length;
        if (users > 0) {
          const plans = users === 1 ? 'one trainee’s plan' : `${users} trainees’ plans`;
          throw new ApiError('in_use', `${framework.occupation.title} is used by ${plans}. Remove those plans first.`);
        }
        tx.putFramework(id, null);
      });
      normalised.delete(id);
      return { removed: id };
    },
  };
}
