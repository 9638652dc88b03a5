/** Runs `electron-vite build` when any output is missing or older than the sources. */
export function buildIfStale(root: string): void;
