import { extname } from 'node:path';
import { DEFAULT_MATRIX_SORT } from '../../shared/overview/matrix';
import type { MatrixFormat, TableFormat } from '../../shared/overview/exports';
import { plural } from '../../shared/text/plural';
import { badArguments } from './cliErrors';
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

export interface MatrixFlags extends CommonFlags, FilterFlags {
  out: string;
  format?: MatrixFormat;
  overview?: boolean;
  paper?: PaperChoice;
}

export interface TraineesExportFlags extends CommonFlags, FilterFlags {
  out: string;
  format?: TableFormat;
}

/** --format, or the one --out's extension names ("matrix.xlsx"). */
function formatOf<F extends string>(asked: F | undefined, out: string, formats: readonly F[]): F {
  const extension = extname(out).toLowerCase();
  const fromName = [...formats, 'csv', 'xlsx', 'pdf'].find((format) => extension === `.${format}`);
  // A spreadsheet saved under a .csv name opens as rubbish: a name that says another kind is refused.
  if (asked !== undefined && fromName !== undefined && fromName !== asked) {
    throw badArguments(`--out ends in ${extension} but --format is ${asked}: make them agree.`);
  }
  if (asked !== undefined) return asked;
  if (fromName !== undefined && (formats as readonly string[]).includes(fromName)) return fromName as F;
  throw badArguments(
    `Say which kind of file to write with --format ${formats.join(', ').replace(/, (\w+)$/, ' or $1')}.`,
  );
}

const MATRIX_FORMATS: readonly MatrixFormat[] = ['xlsx', 'csv', 'pdf'];
const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'xlsx'];

/**
 * `trainplan export matrix`: the skills matrix of one framework (trainees × its statements), or with
 * --overview trainees × frameworks, where --framework filters instead of choosing the columns.
 */
export async function exportMatrix(ctx: CommandContext, flags: MatrixFlags): Promise<void> {
  const format = formatOf(flags.format, flags.out, MATRIX_FORMATS);
  if (flags.overview !== true && flags.framework === undefined) {
    throw badArguments('Say which framework’s matrix to export with --framework (its SOC code), or use --overview.');
  }
  const dataDir = dataDirOf(ctx, flags);
  const file = await outFile(ctx.io.cwd, flags.out, dataDir);
  const say = progressReporter(ctx, flags);
  await withServices(ctx, dataDir, async (services) => {
    const framework =
      flags.framework === undefined ? null : findFramework(flags.framework, await services.call('frameworks:list', {}));
    const overview = flags.overview === true;
    say(`Skills matrix: making the ${format.toUpperCase()} file…`);
    const made = await services.call('exports:matrix', {
      view: overview ? 'overview' : 'framework',
      frameworkId: overview ? null : (framework?.id ?? null),
      filter: traineeFilter(flags, overview ? (framework?.id ?? null) : null),
      sort: DEFAULT_MATRIX_SORT,
      format,
      paperSize: await paperSizeOf(services, flags.paper),
    });
    await writeAtomically(file, made.bytes);
    const what = overview ? 'Skills matrix overview' : `Skills matrix for ${framework?.title ?? 'the framework'}`;
    ctx.io.out(`${what} written to ${file} (${plural(made.rowCount, 'trainee')}).\n`);
  });
}

/** `trainplan export trainees`: the trainees list, with its filters, as a CSV or spreadsheet. */
export async function exportTrainees(ctx: CommandContext, flags: TraineesExportFlags): Promise<void> {
  const format = formatOf(flags.format, flags.out, TABLE_FORMATS);
  const dataDir = dataDirOf(ctx, flags);
  const file = await outFile(ctx.io.cwd, flags.out, dataDir);
  await withServices(ctx, dataDir, async (services) => {
    const frameworkId =
      flags.framework === undefined
        ? null
        : findFramework(flags.framework, await services.call('frameworks:list', {})).id;
    const made = await services.call('exports:trainees', {
      filter: traineeFilter(flags, frameworkId),
      sort: { key: 'name', direction: 'asc' },
      format,
    });
    await writeAtomically(file, made.bytes);
    ctx.io.out(`Trainees list written to ${file} (${plural(made.rowCount, 'trainee')}).\n`);
  });
}
