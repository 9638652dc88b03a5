import { Command, Option } from 'commander';
import { MATRIX_FORMATS, TABLE_FORMATS } from '../../shared/overview/exports';
import { COHORT_ORDERS } from '../../shared/reports/reportOptions';
import type { CliIo } from './cliIo';
import { PAPER_CHOICES, type CommandContext } from './commandContext';
import { exportMatrix, exportTrainees, type MatrixFlags, type TraineesExportFlags } from './exportCommands';
import { addFilterOptions } from './filterOptions';
import { reportCohort, type CohortFlags } from './reportCohort';
import { reportTrainees, type TraineeReportFlags } from './reportTrainees';

const AFTER_HELP = `
The data folder is the app's: --data-dir, else the TRAINPLAN_DATA_DIR variable, else the app's own
folder. It is only read, never changed, and the app may stay open meanwhile.

Exit codes: 0 done, 1 failed (damaged records, a file that cannot be written), 2 bad arguments.`;

function common(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'the Trainplan data folder to read')
    .option('--progress', 'show progress on stderr even when it is not a terminal (a cron job’s log)');
}

function paper(command: Command): Command {
  return command.addOption(
    new Option('--paper <size>', 'paper size (default: the one chosen in the app’s settings)').choices(PAPER_CHOICES),
  );
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** The `trainplan` program: what it accepts and which command runs; the commands do the work. */
export function buildProgram(ctx: CommandContext, io: CliIo): Command {
  const program = new Command('trainplan')
    .description('Trainplan reports and exports from the command line, for scheduled and batch runs.')
    .version(ctx.version, '-V, --version', 'show the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand(false)
    .exitOverride()
    // Errors are said by runCli, once, in its own words.
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: () => undefined,
    })
    .addHelpText('after', AFTER_HELP);

  const report = program
    .command('report')
    .description('make PDF reports')
    .helpCommand(false)
    .addHelpText('after', AFTER_HELP);
  const cohort = report
    .command('cohort')
    .description('the cohort progression report of the trainees the filters pick (all active ones without filters)')
    .requiredOption('--out <file>', 'the PDF file to write (replaced whole if it exists)');
  addFilterOptions(cohort);
  cohort.addOption(
    new Option('--order <order>', 'team: by team then name (the default); urgency: most urgent first').choices(
      COHORT_ORDERS,
    ),
  );
  paper(cohort);
  common(cohort)
    .addHelpText('after', AFTER_HELP)
    .action((flags: CohortFlags) => reportCohort(ctx, flags));

  const trainee = report
    .command('trainee')
    .description('one progress report per trainee, named like the app names them, into a folder')
    .requiredOption('--out <folder>', 'the folder to write the PDFs into (an existing file is never replaced)')
    .option('--all', 'every trainee the filters pick (every active one without filters)')
    .option('--id <id>', 'this trainee (repeat for more)', collect)
    .option('--notes', 'include evidence notes (the default)')
    .option('--no-notes', 'leave the evidence notes out')
    .option('--outstanding-only', 'list outstanding statements only')
    .option('--no-above-target', 'leave out levels above the plan’s target');
  addFilterOptions(trainee);
  paper(trainee);
  common(trainee)
    .addHelpText('after', AFTER_HELP)
    .action((flags: TraineeReportFlags) => reportTrainees(ctx, flags));

  const exports = program
    .command('export')
    .description('export tables as files')
    .helpCommand(false)
    .addHelpText('after', AFTER_HELP);
  const matrix = exports
    .command('matrix')
    .description('the skills matrix of one framework, or with --overview trainees × frameworks')
    .requiredOption('--out <file>', 'the file to write (replaced whole if it exists)')
    .addOption(new Option('--format <format>', 'file type (default: from --out’s name)').choices(MATRIX_FORMATS))
    .option('--overview', 'trainees × frameworks instead of one framework’s statements');
  addFilterOptions(matrix, 'the framework whose matrix to export (SOC code or id); with --overview, a filter');
  paper(matrix);
  common(matrix)
    .addHelpText('after', AFTER_HELP)
    .action((flags: MatrixFlags) => exportMatrix(ctx, flags));

  const trainees = exports
    .command('trainees')
    .description('the trainees list, with the filters, as CSV or a spreadsheet')
    .requiredOption('--out <file>', 'the file to write (replaced whole if it exists)')
    .addOption(new Option('--format <format>', 'file type (default: from --out’s name)').choices(TABLE_FORMATS));
  addFilterOptions(trainees);
  common(trainees)
    .addHelpText('after', AFTER_HELP)
    .action((flags: TraineesExportFlags) => exportTrainees(ctx, flags));

  return program;
}
