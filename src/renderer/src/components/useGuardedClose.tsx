import { useState } from 'react';
import { useLeaveGuard } from '../layout/useLeaveGuard';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * For a dialog or popover with a form: every way out but saving (Esc, ×, a click outside, Cancel) asks
 * "Close without saving?" while typed input would be lost, and leaving the page asks through useLeaveGuard.
 * One rule for every form, so the trainer never has to guess which way out keeps her typing.
 * Render `question`; give `requestClose` to the dialog's onClose and Cancel; call `leaveFreely()` after a save
 * that navigates away.
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
