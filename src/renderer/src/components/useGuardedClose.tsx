import { useState } from 'react';
import { useLeaveGuard } from '../layout/useLeaveGuard';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * For a dialog or popover with a form: the ways out that are easily taken by accident (Esc, ×, a click outside)
 * ask "Close without saving?" while typed input would be lost, and leaving the page asks through useLeaveGuard.
 * Cancel is the trainer's own word for "throw it away" and closes at once. One rule for every form.
 * Render `question`; give `requestClose` to the dialog's onClose and `close` to Cancel; call `leaveFreely()`
 * after a save that navigates away.
 */
export function useGuardedClose(dirty: boolean, close: () => void) {
  const guard = useLeaveGuard(dirty);
  const [asking, setAsking] = useState(false);
  const requestClose = (): void => {
    if (dirty) setAsking(true);
    else close();
  };
  const question = (
    <ConfirmDialog
      opened={asking && dirty}
      title="Close without saving?"
      confirmLabel="Close without saving"
      cancelLabel="Keep editing"
      zIndex={400}
      onConfirm={() => {
        setAsking(false);
        close();
      }}
      onClose={() => setAsking(false)}
    >
      What you typed here has not been saved. Keep editing to save it, or close and lose it.
    </ConfirmDialog>
  );
  return { requestClose, question, asking: asking && dirty, leaveFreely: guard.leaveFreely };
}
