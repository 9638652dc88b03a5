import { useSyncExternalStore } from 'react';

/**
 * Whether the keyboard shortcuts overlay is open. Every checklist on a page can open it (with `?` or its
 * button), but only the first one mounted draws it, so a trainee with three plans still gets one overlay.
 */
let open = false;
let hosts: symbol[] = [];
const listeners = new Set<() => void>();
const emit = (): void => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setShortcutsHelpOpen(value: boolean): void {
  open = value;
  emit();
}

export function useShortcutsHelpOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}

/** Claims a place in the queue of would-be hosts; the first one draws the overlay. */
export function claimHost(me: symbol): () => void {
  hosts = [...hosts, me];
  emit();
  return () => {
    hosts = hosts.filter((h) => h !== me);
    emit();
  };
}

export function useIsHost(me: symbol): boolean {
  return useSyncExternalStore(subscribe, () => hosts[0] === me);
}
