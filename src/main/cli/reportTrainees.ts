import { plural } from '../../shared/text/plural';
import { matchesFilter, sortRows } from '../../shared/trainees/traineeFilter';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import { badArguments, CliError, EXIT_FAILED, failed } from './cliErrors';
import {
  dataDirOf,
  paperSizeOf,
  progressReporter,
  withServices,
  type CommandContext,
  type CommonFlags,
  type PaperChoice,
} from './commandContext';
import { findFramework, hasFilter, traineeFilter, type FilterFlags } from './filterOptions';
import { outFolder, saveBeside } from './outputFiles';
import type { ReadOnlyServices } from './readOnlyServices';

export interface TraineeReportFlags extends CommonFlags, FilterFlags {
  out: string;
  all?: boolean;
  id?: string[];
  /** Undefined unless --notes or --no-notes was given: notes are in by default, as in the app. */
  notes?: boolean;
  outstandingOnly?: boolean;
  aboveTarget: boolean;
  paper?: PaperChoice;
}

/** Progress every so often, not every report: a run of 400 reports should not write 400 lines. */
const PROGRESS_EVERY_MS = 1000;

function checkWhom(flags: TraineeReportFlags): void {
  const ids = flags.id ?? [];
  if (ids.length > 0 && (flags.all === true || hasFilter(flags))) {
    throw badArguments('Use --id on its own, or --all and the filters (--team, --site …), not both.');
  }
  if (ids.length === 0 && flags.all !== true && !hasFilter(flags)) {
    throw badArguments('Say whose reports to make: --all, --id ID (as often as needed), or a filter such as --team.');
  }
}

/** A run stopped partway says whose report failed and what was written before it. */
function stoppedAt(error: unknown, trainee: TraineeRow, written: number, folder: string): unknown {
  if (!(error instanceof CliError)) return error;
  const before =
    written === 0 ? 'No report was written.' : `The ${plural(written, 'report')} before it are in ${folder}.`;
  return new CliError(`${trainee.fullName}’s report was not made: ${error.message} ${before}`, EXIT_FAILED);
}

/** A trainee whose own records file cannot be read: their report is left out and the run goes on. */
function isDamagedTrainee(error: unknown): error is CliError {
  return error instanceof CliError && error.apiCode === 'storage_failed';
}

/** The trainees asked for, by name, as the trainees list shows them. */
async function pickTrainees(services: ReadOnlyServices, flags: TraineeReportFlags): Promise<TraineeRow[]> {
  const rows = await services.call('trainees:list', {});
  const ids = flags.id ?? [];
  if (ids.length > 0) {
    const byId = new Map(rows.map((row) => [row.id, row]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length > 0) throw badArguments(`No trainee has the id ${unknown.join(', ')}.`);
    return [...new Set(ids)].map((id) => byId.get(id)).filter((row): row is TraineeRow => row !== undefined);
  }
  const frameworkId =
    flags.framework === undefined
      ? null
      : findFramework(flags.framework, await services.call('frameworks:list', {})).id;
  const filter = traineeFilter(flags, frameworkId);
  return sortRows(
    rows.filter((row) => matchesFilter(row, filter)),
    'name',
    'asc',
  );
}

/** `trainplan report trainee`: one progress report per trainee, the app's individual report, into a folder. */
export async function reportTrainees(ctx: CommandContext, flags: TraineeReportFlags): Promise<void> {
  checkWhom(flags);
  const dataDir = dataDirOf(ctx, flags);
  const folder = await outFolder(ctx.io.cwd, flags.out, dataDir);
  const say = progressReporter(ctx, flags);
  await withServices(ctx, dataDir, async (services) => {
    const trainees = await pickTrainees(services, flags);
    if (trainees.length === 0) throw badArguments('No trainee matches those filters, so no report was made.');
    const paperSize = await paperSizeOf(services, flags.paper);
    let pages = 0;
    let renamed = 0;
    let lastSaid = 0;
    let written = 0;
    // One damaged file must not cost everyone else their report: it is named at the end instead.
    const leftOut: string[] = [];
    for (const [index, trainee] of trainees.entries()) {
      const pdf = await services
        .call('reports:trainee-pdf', {
          traineeId: trainee.id,
          planIds: null,
          includeNotes: flags.notes !== false,
          outstandingOnly: flags.outstandingOnly === true,
          includeAboveTarget: flags.aboveTarget,
          paperSize,
        })
        .catch((error: unknown) => {
          if (!isDamagedTrainee(error)) throw stoppedAt(error, trainee, written, folder);
          leftOut.push(`${trainee.fullName}’s report was not made: ${error.message}`);
          return null;
        });
      const done = index + 1;
      if (pdf !== null) {
        const name = await saveBeside(folder, { fileName: pdf.fileName, bytes: pdf.bytes }).catch((error: unknown) => {
          throw stoppedAt(error, trainee, written, folder);
        });
        if (name !== pdf.fileName) renamed += 1;
        pages += pdf.pageCount;
        written += 1;
      }
      if (done === trainees.length || Date.now() - lastSaid >= PROGRESS_EVERY_MS) {
        say(`Trainee reports: ${String(done)} of ${String(trainees.length)}`);
        lastSaid = Date.now();
      }
    }
    const numbered =
      renamed === 0
        ? ''
        : ` ${plural(renamed, 'file')} got a number added to the name, as a file of that name was there already or two trainees share a name.`;
    ctx.io.out(
      `${plural(written, 'trainee report')} written to ${folder} (${plural(pages, 'page')} in all).${numbered}\n`,
    );
    // Exit 1: not everything asked for was made, and scripts must be able to tell.
    if (leftOut.length > 0) throw failed(leftOut.join('\n'));
  });
}
