import { useSyncExternalStore } from 'react';
import type { Outcome } from './SignoffOutcome';

// The last sign-off's result and its Undo outlive the page: a trainer can open a trainee to look,
// come back and still undo. It goes when the app is reloaded or the next sign-off replaces it.
let current: Outcome | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setLastOutcome(outcome: Outcome | null): void {
  current = outcome;
  for (const listener of listeners) listener();
}

export function useLastOutcome(): Outcome | null {
  return useSyncExternalStore(subscribe, () => current);
}
