import { formatDateTime } from '../../shared/dates';
import type { LockHolder } from './dataLock';

/**
 * Why this app may not write the records. Code decides by its kind; words are made from it only where a
 * person reads them (the banner, a refusal, the command line).
 */
export type ReadOnlyReason =
  /** Another Trainplan holds the data folder. */
  | { kind: 'held'; holder: LockHolder }
  /** Another Trainplan took the folder over while this one was silent; `by` names it in words. */
  | { kind: 'taken-over'; by: string }
  /** Another Trainplan is taking the folder at this moment. */
  | { kind: 'starting' }
  /** The disk refuses writes: full, or no permission. */
  | { kind: 'disk'; full: boolean }
  /** The command line, which only ever reads. */
  | { kind: 'cli' };

export function describeHolder(holder: LockHolder): string {
  const time = formatDateTime(holder.since);
  return `Trainplan on ${holder.host} (process ${String(holder.pid)}) has been using this data folder since ${time}`;
}

/** The reason as the read-only banner and refusals say it (no full stop: it is put into sentences). */
export function readOnlyWords(reason: ReadOnlyReason): string {
  switch (reason.kind) {
    case 'held':
      return describeHolder(reason.holder);
    case 'taken-over':
      return `${reason.by} (it took over while this one was silent)`;
    case 'starting':
      return 'another Trainplan is starting on this data folder. Restart this one in a moment';
    case 'disk':
      return reason.full
        ? 'the disk holding the data folder is full, so nothing can be saved. Free some space, then restart Trainplan'
        : 'Trainplan is not allowed to write to the data folder. Check its permissions, then restart Trainplan';
    case 'cli':
      return 'the trainplan command line only reads the data folder';
  }
}

/** Whether another app holds the folder, so there is a "there" to close before this one can write. */
export function heldElsewhere(reason: ReadOnlyReason): boolean {
  return reason.kind === 'held' || reason.kind === 'taken-over';
}
