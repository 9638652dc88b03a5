import { useEffect, useId, useRef } from 'react';
import { unsavedWork } from '../../../shared/navigation/unsavedWork';

/**
 * Marks this form's typed, unsaved input so that leaving the page (sidebar, Back, reload, closing the window)
 * asks "Leave without saving?" first; the question itself is the layout's LeaveGuardHost. Call `leaveFreely()`
 * just before navigating away after a save.
 */
export function useLeaveGuard(dirty: boolean) {
  const holder = useId();
  const free = useRef(false);
  useEffect(() => {
    // Once the form is clean again (saved, reset), it is guarded again from its next typing.
    if (!dirty) free.current = false;
    unsavedWork.set(holder, dirty && !free.current);
  }, [dirty, holder]);
  useEffect(() => () => unsavedWork.set(holder, false), [holder]);
  return {
    leaveFreely: (): void => {
      free.current = true;
      unsavedWork.set(holder, false);
    },
  };
}
