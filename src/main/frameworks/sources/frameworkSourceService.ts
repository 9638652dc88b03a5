import type { Handlers } from '../../../shared/api/contract';
import type { FrameworkLibrary } from '../frameworkLibrary';
import { templateCsv, templateXlsx } from './frameworkTemplate';
import { previewFrameworkSource } from './frameworkSources';

type SourceCalls = Pick<Handlers, 'frameworks:preview' | 'frameworks:import-source' | 'frameworks:template'>;

/** The calls behind the one import button for other formats: preview, import what was previewed, the template. */
export function createFrameworkSources(library: FrameworkLibrary, now: () => Date): SourceCalls {
  return {
    'frameworks:preview': (input) => previewFrameworkSource(input, now()),
    'frameworks:import-source': async (input) => {
      // The same bytes and choices convert to the same framework the preview showed.
      const preview = await previewFrameworkSource(input, now());
      return library.importConverted(input.fileName, preview.file);
    },
    'frameworks:template': async ({ format }) =>
      format === 'xlsx'
        ? { fileName: 'framework-template.xlsx', bytes: await templateXlsx() }
        : { fileName: 'framework-template.csv', bytes: templateCsv() },
  };
}
