import type { CohortOrder } from '../../shared/reports/reportOptions';
import { plural } from '../../shared/text/plural';
import {
  dataDirOf,
  paperSizeOf,
  progressReporter,
  withServices,
  type CommandContext,
  type CommonFlags,
  type PaperChoice,
} from './commandContext';
import { findFramework, traineeFilter, type FilterFlags } from './filterOptions';
import { outFile, writeAtomically } from './outputFiles';
import type { ReadOnlyServices } from './readOnlyServices';

export interface CohortFlags extends CommonFlags, FilterFlags {
  out: string;
  paper?: PaperChoice;
  order?: CohortOrder;
}

const POLL_MS = 500;

/** Says how far the report is, from the same progress the app's window shows. Returns the stop. */
function watchProgress(services: ReadOnlyServices, say: (line: string) => void): () => void {
  let last = '';
  const timer = setInterval(() => {
    void services
      .call('reports:progress', {})
      .then((now) => {
        if (!now) return;
        const line = `Cohort report: ${String(Math.min(now.done + 1, now.total))} of ${plural(now.total, 'part')}`;
        if (line !== last) say(line);
        last = line;
      })
      .catch(() => undefined);
  }, POLL_MS);
  return () => clearInterval(timer);
}

/** `trainplan report cohort`: the cohort progression PDF, with the trainees list's filters. */
export async function reportCohort(ctx: CommandContext, flags: CohortFlags): Promise<void> {
  const dataDir = dataDirOf(ctx, flags);
  const file = await outFile(ctx.io.cwd, flags.out, dataDir);
  const say = progressReporter(ctx, flags);
  await withServices(ctx, dataDir, async (services) => {
    const frameworkId =
      flags.framework === undefined
        ? null
        : findFramework(flags.framework, await services.call('frameworks:list', {})).id;
    const paperSize = await paperSizeOf(services, flags.paper);
    say('Cohort report: gathering the trainees…');
    const stop = watchProgress(services, say);
    const pdf = await services
      .call('reports:cohort-pdf', {
        filter: traineeFilter(flags, frameworkId, 'allow'),
        paperSize,
        // Several statuses travel beside the filter, which holds one.
        statuses: (flags.status ?? []).length > 1 ? flags.status : undefined,
        order: flags.order ?? 'team',
      })
      .finally(stop);
    await writeAtomically(file, pdf.bytes);
    ctx.io.out(
      `Cohort report written to ${file} (${plural(pdf.rowCount, 'trainee')}, ${plural(pdf.pageCount, 'page')}).\n`,
    );
  });
}
