import { byUrgency, STATUS_FILTER_LABELS, type StatusFilter, type TraineeFilter } from '../trainees/traineeFilter';

/**
 * The list's filters in words, for the title of a report or an export ("Team: Line 1 · Status: Overdue");
 * empty when everyone is included. `titleOf` names a framework by its id, or says it is unknown.
 */
export function describeFilter(
  filter: TraineeFilter,
  titleOf: (frameworkId: string) => string | undefined,
  statuses: readonly StatusFilter[] = [],
): string {
  const parts: string[] = [];
  if (filter.search.trim()) parts.push(`Search: “${filter.search.trim()}”`);
  if (filter.team !== null) parts.push(`Team: ${filter.team}`);
  if (filter.site !== null) parts.push(`Site: ${filter.site}`);
  if (filter.trainer !== null) parts.push(`Trainer: ${filter.trainer}`);
  if (filter.frameworkId !== null) parts.push(`Framework: ${titleOf(filter.frameworkId) ?? filter.frameworkId}`);
  if (filter.status !== null) parts.push(`Status: ${STATUS_FILTER_LABELS[filter.status]}`);
  if (statuses.length > 0)
    parts.push(
      `Status: ${byUrgency(statuses)
        .map((s) => STATUS_FILTER_LABELS[s])
        .join(' or ')}`,
    );
  if (filter.includeArchived) parts.push('archived trainees included');
  return parts.join(' · ');
}
