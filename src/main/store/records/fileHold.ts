/**
 * Counts who is holding the records files still (a backup, an export, a second history read); a
 * checkpoint starts only when nobody is, and waits for the last one to let go.
 */
export class FileHold {
  private holders = 0;
  private released: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;

  get held(): boolean {
    return this.holders > 0;
  }

  take(): void {
    if (this.holders === 0) this.released = new Promise((resolve) => (this.release = resolve));
    this.holders += 1;
  }

  /** True when this was the last holder, so whatever was kept waiting can run now. */
  letGo(): boolean {
    this.holders -= 1;
    if (this.holders > 0) return false;
    this.release();
    return true;
  }

  /** Resolves once nobody holds the files. */
  async free(): Promise<void> {
    while (this.holders > 0) await this.released;
  }
}
