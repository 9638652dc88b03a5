import { useAppInfo } from '../api/traineeQueries';

export interface ReadOnlyState {
  readOnly: boolean;
  /** Why nothing can be changed here, for a tooltip on a disabled control; null when changes are saved. */
  why: string | null;
  /** Spread on an edit control: disabled, with the reason as its tooltip. */
  controls: { disabled: boolean; title: string | undefined };
}

/**
 * Whether this window may change the records. A second window over the same data folder (or a full disk) is
 * read-only: its edit controls are disabled up front and say why, instead of failing after the click.
 */
export function useReadOnly(): ReadOnlyState {
  const reason = useAppInfo().data?.readOnlyBecause ?? null;
  const why = reason === null ? null : `Read-only: ${reason}. Close Trainplan there to make changes here.`;
  return { readOnly: why !== null, why, controls: { disabled: why !== null, title: why ?? undefined } };
}
