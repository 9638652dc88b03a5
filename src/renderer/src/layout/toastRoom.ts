/**
 * Where messages (toasts) go: bottom right, three at most, 400 px wide. The page's own buttons and filters are
 * at the top, out of their way; the end of every page that scrolls is followed by room for three messages, so a
 * checklist's last line can be scrolled above them instead of ticked underneath one.
 */
export const TOAST_LIMIT = 3;
export const TOAST_WIDTH_PX = 400;
export const TOAST_ROOM_PX = 280;
