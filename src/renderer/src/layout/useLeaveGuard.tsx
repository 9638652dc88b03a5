import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { leaveNeedsAsking } from '../../../shared/navigation/leaveNeedsAsking';

/**
 * Asks "Leave without saving?" before typed, unsaved input is dropped: a click in the sidebar, Back, a
 * reload or closing the window (the last two through the page's beforeunload, which Electron turns into
 * the same question). Render `dialog`; call `leaveFreely()` just before navigating away after a save.
 */
export function useLeaveGuard(dirty: boolean) {
  const free = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => !free.current && leaveNeedsAsking(dirty, currentLocation, nextLocation),
  );
  useEffect(() => {
    // Once the form is clean again (saved, reset), it is guarded again from its next typing.
    if (!dirty) free.current = false;
  }, [dirty]);
  useEffect(() => {
    if (!dirty) return undefined;
    const ask = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const dialog = (
    <ConfirmDialog
      opened={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay here"
      // The form it guards may itself be a dialog (Add trainee): the question goes over it.
      zIndex={400}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      What you typed here has not been saved. Stay here to save it, or leave and lose it.
    </ConfirmDialog>
  );
  return {
    dialog,
    leaveFreely: (): void => {
      free.current = true;
    },
  };
}
