import { ApiError } from '../../shared/api/errors';
import {
  countStatements,
  frameworkId,
  normaliseFramework,
  type Framework,
  type FrameworkSummary,
  type FrameworkUsage,
} from '../../shared/framework/framework';
import type { FrameworkFile } from '../../shared/framework/frameworkFileSchema';
import { parseFrameworkFile } from '../../shared/framework/parseFrameworkFile';
import { compareVersions } from '../../shared/framework/versions';
import { shownCode } from '../../shared/framework/shownCode';
import type { Store } from '../store/store';
import type { ImportedFramework } from '../store/records/recordsSchema';

export interface FrameworkLibrary {
  list(): FrameworkSummary[];
  get(id: string): Framework;
  /** Finds a framework without throwing; undefined when it is not in the library. */
  find(id: string): Framework | undefined;
  import(input: { fileName: string; text: string }): Promise<FrameworkSummary>;
  /** Stores a framework already read into our format (from a spreadsheet, CASE or Moodle file). */
  importConverted(fileName: string, file: FrameworkFile): Promise<FrameworkSummary>;
  /**
   * Stores a framework made in the editor. Like an import it only ever adds: a framework already stored
   * under the same code and version is refused, never replaced.
   */
  addOwn(file: FrameworkFile): Promise<FrameworkSummary>;
  /** The framework in our file format: an imported or own one's stored file, a bundled one rebuilt from its seed. */
  fileOf(id: string): FrameworkFile;
  remove(id: string): Promise<{ removed: string }>;
  /** Who has a plan on the framework, so removing it can say who is in the way before asking. */
  usage(id: string): FrameworkUsage;
}

/** How many names a usage answer carries; a dialog lists these and says how many more there are. */
export const USAGE_NAMES_SHOWN = 10;

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
    code: shownCode(framework.occupation),
    group: framework.occupation.group,
    jobZone: framework.occupation.jobZoneInferred ? null : framework.occupation.jobZone,
    version: framework.version,
    statementCount: countStatements(framework),
    levels: framework.levels.map((level) => level.key),
    origin: framework.origin,
    // Own frameworks are stored with no file name: they came from no file.
    fileName: imported?.fileName || null,
    importedAt: imported?.importedAt ?? null,
  };
}

/** Frameworks made in the editor are stored like imports, with an empty file name. */
const OWN_FILE_NAME = '';
const originOf = (entry: ImportedFramework) => (entry.fileName === OWN_FILE_NAME ? 'own' : 'imported');

/** A bundled framework back in the seed's format; everything but the format version is kept in the model. */
function fileOfFramework(framework: Framework): FrameworkFile {
  const levels = Object.fromEntries(
    framework.levels.map((level) => [
      level.key,
      { label: level.label, statements: level.statements.map((s) => s.text) },
    ]),
  ) as FrameworkFile['framework']['levels'];
  return {
    schemaVersion: '1.0',
    exportedAt: framework.exportedAt,
    occupation: { ...framework.occupation },
    framework: {
      version: framework.version,
      description: framework.description,
      contextCovered: framework.contextCovered,
      levels,
    },
    sources: { ...framework.sources },
    attribution: framework.attribution,
  };
}

function idOf(imported: ImportedFramework): string {
  return frameworkId(imported.file.occupation.soc, imported.file.framework.version);
}

/** Keys in one order, so a file whose fields were written in another order is still the same content. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Everything but the export date: an identical framework exported again on another day is the same one. */
function sameContent(a: Framework, b: Framework): boolean {
  const content = (framework: Framework) => JSON.stringify({ ...framework, exportedAt: null }, sortedKeys);
  return content(a) === content(b);
}

const statementsOf = (f: Framework) => JSON.stringify(f.levels.map((l) => l.statements.map((st) => st.text)));

function sameStatements(a: Framework, b: Framework): boolean {
  return statementsOf(a) === statementsOf(b);
}

/** A removed version may be named in plans' history: its code and version stay with its statements. */
function removedBefore(was: Framework): ApiError {
  const message = `Version ${was.version} of ${was.occupation.title} was in your library before and was removed; plans' history may name it, so it can come back only with the same statements. Give this one another version label.`;
  return new ApiError('already_exists', message, [{ path: 'version', message }]);
}

/**
 * A framework's id is its SOC code and version, and plans point at it by that id: a second copy
 * cannot come in beside the first. The same content is simply already there; different content under
 * the same version would change statements trainees were checked off against, so it is refused and
 * the trainer is told what to ask for.
 */
function alreadyInLibrary(existing: Framework, incoming: Framework): ApiError {
  const code = shownCode(existing.occupation);
  const label = code === existing.occupation.soc ? `SOC ${code}` : code;
  const name = label ? `${existing.occupation.title} (${label})` : existing.occupation.title;
  const shipped = existing.origin === 'bundled' ? ' (it ships with Trainplan)' : '';
  if (sameContent(existing, incoming)) {
    return new ApiError('already_exists', `${name} is already in your library${shipped} — nothing was imported.`);
  }
  // A spreadsheet exported from Trainplan and brought back differs only in details such as its group.
  if (sameStatements(existing, incoming)) {
    return new ApiError(
      'already_exists',
      `${name}, version ${existing.version}, is already in your library${shipped} with the same statements — nothing was imported.`,
    );
  }
  return new ApiError(
    'already_exists',
    `${name}, version ${existing.version}, is already in your library${shipped}, and this file has different content under the same version — nothing was imported. Ask for an export with a new version number to use both.`,
  );
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
      framework = normaliseFramework(entry.file, originOf(entry));
      normalised.set(id, framework);
    }
    return framework;
  };

  /** What the library holds now: removed versions stay in the records (see importedFrameworkSchema) but not here. */
  const stored = (): ImportedFramework[] => store.frameworks().filter((f) => f.removedAt === undefined);

  const find = (id: string): Framework | undefined => {
    const shipped = bundled.find((f) => f.id === id);
    if (shipped) return shipped;
    const entry = stored().find((f) => idOf(f) === id);
    return entry ? importedFramework(entry) : undefined;
  };

  const add = async (fileName: string, file: FrameworkFile): Promise<FrameworkSummary> => {
    const id = frameworkId(file.occupation.soc, file.framework.version);
    const entry: ImportedFramework = { fileName, importedAt: now().toISOString(), file };
    const existing = find(id);
    if (existing) throw alreadyInLibrary(existing, normaliseFramework(file, existing.origin));
    await store.update((tx) => {
      const there = tx.frameworks().get(id);
      const incoming = normaliseFramework(file, originOf(entry));
      if (there && there.removedAt === undefined) throw alreadyInLibrary(importedFramework(there), incoming);
      if (there && !sameStatements(normaliseFramework(there.file, originOf(there)), incoming)) {
        throw removedBefore(normaliseFramework(there.file, originOf(there)));
      }
      tx.putFramework(id, entry);
    });
    // A removed version brought back may differ in details (its file name, group): read it afresh.
    normalised.delete(id);
    return summarise(importedFramework(entry), entry);
  };

  return {
    list() {
      const imported = stored().map((entry) => summarise(importedFramework(entry), entry));
      return [...bundled.map((f) => summarise(f)), ...imported].sort(
        (a, b) => a.title.localeCompare(b.title) || compareVersions(a.version, b.version),
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
      // A refusal is a rejected promise, as callers of an async import expect, not a throw.
      return await this.importConverted(fileName, parseFrameworkFile(fileName, text));
    },

    async importConverted(fileName, file) {
      return add(fileName, file);
    },

    async addOwn(file) {
      return add(OWN_FILE_NAME, file);
    },

    fileOf(id) {
      const entry = stored().find((f) => idOf(f) === id);
      if (entry) return entry.file;
      const framework = find(id);
      if (!framework)
        throw new ApiError('not_found', 'That framework is not in the library. It may have been removed.');
      return fileOfFramework(framework);
    },

    usage(id) {
      // Checked so a stale dialog is told the framework is gone rather than that nobody uses it.
      if (!find(id)) throw new ApiError('not_found', 'That framework is not in the library. It may have been removed.');
      const names: string[] = [];
      for (const entry of store.entries()) {
        if (entry.plans.some((p) => p.frameworkId === id)) names.push(entry.fullName);
      }
      names.sort((a, b) => a.localeCompare(b));
      return { traineeCount: names.length, trainees: names.slice(0, USAGE_NAMES_SHOWN) };
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
        const entry = tx.frameworks().get(id);
        if (entry) tx.putFramework(id, { ...entry, removedAt: now().toISOString() });
      });
      normalised.delete(id);
      return { removed: id };
    },
  };
}
