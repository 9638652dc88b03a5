/**
 * Which parts of the window hold typed, unsaved input. One registry for the whole window because react-router
 * heeds only the last blocker registered: two forms on one page (a checklist's note and the trainee form's
 * closed modal) each with its own blocker would silently let one of them go unguarded.
 */
export interface UnsavedWork {
  /** `holder` has typed input that would be lost (true) or has none, or has just saved it (false). */
  set: (holder: string, unsaved: boolean) => void;
  /** Whether anything in the window would be lost by leaving the page. */
  any: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

export function createUnsavedWork(): UnsavedWork {
  const holders = new Set<string>();
  const listeners = new Set<() => void>();
  return {
    set: (holder, unsaved) => {
      if (unsaved === holders.has(holder)) return;
      if (unsaved) holders.add(holder);
      else holders.delete(holder);
      for (const listener of listeners) listener();
    },
    any: () => holders.size > 0,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The window's one registry, read by the LeaveGuardHost in the layout. */
export const unsavedWork = createUnsavedWork();
