import { useRef, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';

/**
 * A tick on another statement closes the open note; while that note holds typing, the tick asks first,
 * as Esc does, so a note typed between two jobs is never dropped without a word.
 */
export function useTypedNoteGuard() {
  const typedFor = useRef<string | null>(null);
  const [pending, setPending] = useState<(() => void) | null>(null);

  /** Called by each statement's note as its typing comes and goes. */
  const noteTyped = (statementId: string, typed: boolean): void => {
    if (typed) typedFor.current = statementId;
    else if (typedFor.current === statementId) typedFor.current = null;
  };

  /**
   * Runs `go` now, or after "Close without saving" when the open note (`openNote`) is another statement's and
   * holds typing. A note saved or closed took its typing with it, whatever it last reported.
   */
  const unlessTypedElsewhere = (statementId: string, openNote: string | null, go: () => void): void => {
    if (typedFor.current !== openNote) typedFor.current = null;
    if (typedFor.current === null || typedFor.current === statementId) go();
    else setPending(() => go);
  };

  const question = (
    <ConfirmDialog
      opened={pending !== null}
      title="Close without saving?"
      confirmLabel="Close without saving"
      cancelLabel="Keep editing"
      zIndex={400}
      onConfirm={() => {
        typedFor.current = null;
        const go = pending;
        setPending(null);
        go?.();
      }}
      onClose={() => setPending(null)}
    >
      The note you typed has not been saved. Keep editing to save it, or close it and lose what you typed.
    </ConfirmDialog>
  );
  return { noteTyped, unlessTypedElsewhere, question };
}
