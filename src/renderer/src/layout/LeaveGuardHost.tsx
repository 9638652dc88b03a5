import { useEffect, useSyncExternalStore } from 'react';
import { useBlocker } from 'react-router';
import { leaveNeedsAsking } from '../../../shared/navigation/leaveNeedsAsking';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { unsavedWork } from '../../../shared/navigation/unsavedWork';

/**
 * The window's one "Leave without saving?": asked for a click in the sidebar or Back while any form
 * (registered through useLeaveGuard) holds typed, unsaved input, and through beforeunload for a reload or
 * closing the window (Electron turns that into the same question). Rendered once, in the layout.
 */
export function LeaveGuardHost() {
  const unsaved = useSyncExternalStore(unsavedWork.subscribe, unsavedWork.any);
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    leaveNeedsAsking(unsavedWork.any(), currentLocation, nextLocation),
  );
  useEffect(() => {
    if (!unsaved) return undefined;
    const ask = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return (
    <ConfirmDialog
      opened={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay here"
      // The form it guards may itself be a dialog (Add trainee, a check-off's note): the question goes over it.
      zIndex={400}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      What you typed here has not been saved. Stay here to save it, or leave and lose it.
    </ConfirmDialog>
  );
}
