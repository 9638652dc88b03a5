import { InvalidArgumentError, Option, type Command } from 'commander';
import type { FrameworkSummary } from '../../shared/framework/framework';
import { STATUS_FILTER_LABELS, type StatusFilter, type TraineeFilter } from '../../shared/trainees/traineeFilter';
import { badArguments } from './cliErrors';

/** The trainees-list filters, as options; the same for every command that picks trainees. */
export interface FilterFlags {
  team?: string;
  site?: string;
  trainer?: string;
  framework?: string;
  /** Every --status given (repeated, or a comma list), in order. */
  status?: StatusFilter[];
  search?: string;
  includeArchived?: boolean;
}

const STATUSES = Object.keys(STATUS_FILTER_LABELS) as StatusFilter[];

export function addFilterOptions(
  command: Command,
  frameworkHelp = 'only trainees with a plan on this framework (SOC code or id)',
): Command {
  return command
    .option('--team <team>', 'only this team')
    .option('--site <site>', 'only this site')
    .option('--trainer <name>', 'only this trainer’s trainees')
    .option('--framework <soc-or-id>', frameworkHelp)
    .addOption(
      new Option(
        '--status <status>',
        `only trainees with a plan in this state (${STATUSES.join(', ')}); repeat it or give a comma list for several`,
      ).argParser(collectStatuses),
    )
    .option('--search <text>', 'names or employee ids containing this text')
    .option('--include-archived', 'include archived trainees');
}

/** Each --status adds its statuses to those before it: a repeated flag never silently replaces the first. */
function collectStatuses(value: string, before: StatusFilter[] | undefined): StatusFilter[] {
  const given = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const unknown = given.filter((part) => !(STATUSES as string[]).includes(part));
  if (unknown.length > 0 || given.length === 0) {
    throw new InvalidArgumentError(`Allowed choices are ${STATUSES.join(', ')}.`);
  }
  const all = [...(before ?? []), ...(given as StatusFilter[])];
  return [...new Set(all)];
}

export function hasFilter(flags: FilterFlags): boolean {
  return [flags.team, flags.site, flags.trainer, flags.framework, flags.status, flags.search].some(
    (v) => v !== undefined,
  );
}

/**
 * The list's filter from the flags. It holds one status: a command that can take several reads them
 * with `statusesOf`; the others refuse several rather than quietly keep one.
 */
export function traineeFilter(
  flags: FilterFlags,
  frameworkId: string | null,
  severalStatuses: 'refuse' | 'allow' = 'refuse',
): TraineeFilter {
  const statuses = flags.status ?? [];
  if (statuses.length > 1 && severalStatuses === 'refuse') {
    throw badArguments('This command takes one --status; only `trainplan report cohort` takes several.');
  }
  return {
    search: flags.search ?? '',
    team: flags.team ?? null,
    site: flags.site ?? null,
    trainer: flags.trainer ?? null,
    frameworkId,
    status: statuses.length === 1 ? (statuses[0] ?? null) : null,
    includeArchived: flags.includeArchived === true,
  };
}

const byVersion = new Intl.Collator('en', { numeric: true });

/**
 * A framework named the way a trainer knows it: its SOC code or own code (the newest version in the
 * library when there are several) or its full id ("51-8099.00@v.26.05").
 */
export function findFramework(wanted: string, library: readonly FrameworkSummary[]): FrameworkSummary {
  const exact = library.find((f) => f.id === wanted);
  if (exact) return exact;
  const [newest] = library
    .filter((f) => f.soc === wanted.trim() || f.code === wanted.trim())
    .sort((a, b) => byVersion.compare(b.version, a.version));
  if (newest) return newest;
  const listed = [...library]
    .sort((a, b) => byVersion.compare(a.id, b.id))
    .map((f) => `  ${f.code ?? f.soc}  ${f.title} (version ${f.version}, id ${f.id})`)
    .join('\n');
  throw badArguments(
    library.length === 0
      ? `There is no framework “${wanted}”: the library has no frameworks.`
      : `There is no framework “${wanted}” in the library. Use one of these SOC codes or ids:\n${listed}`,
  );
}
