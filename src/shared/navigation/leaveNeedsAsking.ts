/** Where the app is, as the router tells it. */
interface Place {
  pathname: string;
}

/**
 * Whether moving from `from` to `to` would drop typed, unsaved input: only a move to another page does
 * (a filter written into the address keeps the page, and with it the form).
 */
export function leaveNeedsAsking(dirty: boolean, from: Place, to: Place): boolean {
  return dirty && from.pathname !== to.pathname;
}
