/** The part of Electron's `app` that quitting needs; kept as an interface so the logic is tested without Electron. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault: () => void }) => void): unknown;
  quit(): void;
}

/**
 * Holds every quit (menu, last window closed, Cmd+Q, the recovery screen's button) until `close` has
 * finished: queued changes written, a backup in progress done, the data folder's lock released. Then
 * quits for real. Without this the process could exit with a write in flight and leave the lock behind.
 */
export function quitAfterClosing(app: QuittingApp, close: () => Promise<void>, report: (error: unknown) => void): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void close()
      .catch(report)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
