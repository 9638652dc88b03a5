/**
 * Sends a call every `everyMs` and records how long after its due time each was answered. A blocked
 * event loop shows twice: the call due during the block waits as long as the block (as a request
 * arriving over IPC or HTTP would), and the calls that would have followed it are never sent, since
 * the schedule restarts from the late one instead of catching up in a burst. Used by the report tests
 * and by `npm run bench:reports`.
 */
export function steadyCalls(everyMs: number, send: (n: number) => Promise<unknown>, isBusy: () => boolean) {
  const waits: number[] = [];
  let answeredWhileBusy = 0;
  let stopped = false;
  let n = 0;
  const inFlight: Promise<void>[] = [];
  const tick = (dueAt: number): void => {
    if (stopped) return;
    inFlight.push(
      send((n += 1)).then(() => {
        waits.push(performance.now() - dueAt);
        if (isBusy()) answeredWhileBusy += 1;
      }),
    );
    schedule(Math.max(dueAt, performance.now()) + everyMs);
  };
  let timer: NodeJS.Timeout | undefined;
  let nextDue = 0;
  const schedule = (dueAt: number): void => {
    nextDue = dueAt;
    timer = setTimeout(() => tick(dueAt), Math.max(0, dueAt - performance.now()));
  };
  schedule(performance.now() + everyMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // A call that fell due but could not even be sent (the thread was busy until now) waited too.
      const unsent = performance.now() - nextDue;
      if (unsent > 0) waits.push(unsent);
      await Promise.all(inFlight);
      const sorted = [...waits].sort((a, b) => a - b);
      const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return { answered: waits.length, answeredWhileBusy, longest: at(1), p95: at(0.95) };
    },
  };
}
