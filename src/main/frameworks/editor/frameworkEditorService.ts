import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/contract';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import type { FrameworkFile } from '../../../shared/framework/frameworkFileSchema';
import { isMadeUpCode } from '../../../shared/framework/shownCode';
import { codeFor } from '../sources/buildFrameworkFile';
import { exportFramework } from '../export/exportFramework';
import type { FrameworkLibrary } from '../frameworkLibrary';
import { ownFrameworkFile } from './ownFrameworkFile';

type EditorCalls = Pick<Handlers, 'frameworks:create' | 'frameworks:export'>;

/**
 * A new framework without a SOC code gets a made-up code from its title and own code, so writing the same
 * framework again finds it. Two different frameworks can hash to the same code (six digits): the new one
 * then takes the next free code rather than silently becoming a version of the other.
 */
function withFreeCode(library: FrameworkLibrary, file: FrameworkFile, isNew: boolean): FrameworkFile {
  if (!isNew || !isMadeUpCode(file.occupation.soc)) return file;
  const sameFramework = (f: FrameworkSummary) =>
    f.title.trim().toLowerCase() === file.occupation.title.trim().toLowerCase() &&
    (f.code ?? '') === (file.occupation.code ?? '');
  const holders = (soc: string) => library.list().filter((f) => f.soc === soc);
  let soc = file.occupation.soc;
  for (let n = 2; holders(soc).some((f) => !sameFramework(f)); n += 1) {
    soc = codeFor({ title: file.occupation.title, code: `${file.occupation.code ?? ''}#${String(n)}` });
  }
  return soc === file.occupation.soc ? file : { ...file, occupation: { ...file.occupation, soc } };
}

/**
 * Own frameworks: create one (or a new version of any framework) and export any framework. Nothing here
 * changes a stored framework: a version, once stored, may be on trainees' plans, so editing always adds.
 */
export function createFrameworkEditor(library: FrameworkLibrary, now: () => Date): EditorCalls {
  return {
    'frameworks:create': async (draft) => {
      const basedOn = draft.basedOn === undefined ? undefined : library.get(draft.basedOn);
      const file = withFreeCode(library, ownFrameworkFile(draft, basedOn, now()), basedOn === undefined);
      // Removed versions are the library's to judge: they may come back only with the same statements.
      const taken = library
        .list()
        .filter((f) => f.soc === file.occupation.soc)
        .map((f) => f.version);
      const label = file.framework.version.trim().toLowerCase();
      if (taken.some((v) => v.trim().toLowerCase() === label)) {
        const message = basedOn
          ? `Version “${file.framework.version}” of this framework is already in the library. Give the new version another label.`
          : `A framework with this title or code and version “${file.framework.version}” is already in the library. Give it another version label, or choose “Edit as new version” on that framework.`;
        throw new ApiError('already_exists', message, [{ path: 'version', message }]);
      }
      return library.addOwn(file);
    },
    'frameworks:export': async ({ frameworkId: id, format }) => exportFramework(library.fileOf(id), format),
  };
}
