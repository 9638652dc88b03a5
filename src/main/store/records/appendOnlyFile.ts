import type { FileHandle } from 'node:fs/promises';
import { realFs, writeFileDurably, type WriteFs } from '../durableWrite';

/**
 * A log file that only grows: each append is written at the end of the last good record and flushed
 * (fdatasync) before it counts. An append that fails is cut off again, so the file never holds half a
 * record followed by good ones; if even that fails, it is tried again before the next append, which
 * fails as long as it cannot be done.
 */
export class AppendOnlyFile {
  private broken: unknown = null;
  /** Where an incomplete tail found on opening was set aside, or null: the user is told. */
  setAsideAs: string | null = null;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    private size: number,
    /** The file ends in the middle of a line (a torn append kept as it was): start on a new line. */
    private startNewLine: boolean,
  ) {}

  /** Opens (or creates) `file`, cutting off anything after `goodBytes` (a torn tail from a crash). */
  static async open(file: string, goodBytes: number | null, fs: WriteFs = realFs): Promise<AppendOnlyFile> {
    let handle: FileHandle;
    try {
      handle = await fs.open(file, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      handle = await fs.open(file, 'w+', 0o600);
    }
    try {
      const { size } = await handle.stat();
      const keep = goodBytes === null ? size : Math.min(goodBytes, size);
      if (keep < size) {
        // The cut-off bytes were never acknowledged, but they are kept beside the log, not destroyed.
        const tail = Buffer.alloc(size - keep);
        await handle.read(tail, 0, tail.length, keep);
        const keptAs = `${file}.torn-${String(Date.now())}`;
        await writeFileDurably(keptAs, tail, fs);
        await handle.truncate(keep);
        await handle.datasync();
        const opened = new AppendOnlyFile(file, handle, keep, false);
        opened.setAsideAs = keptAs;
        return opened;
      }
      let startNewLine = false;
      if (keep > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, keep - 1);
        startNewLine = last[0] !== 0x0a;
      }
      return new AppendOnlyFile(file, handle, keep, startNewLine);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends `text`: a string, or bytes in pieces (a big journal record, never joined into one string). */
  async append(text: string | readonly Uint8Array[]): Promise<void> {
    if (this.broken !== null) {
      // The last failed append could not be cut off: try again before anything is added after it.
      await this.handle.truncate(this.size);
      await this.handle.datasync();
      this.broken = null;
    }
    const pieces = [
      ...(this.startNewLine ? [Buffer.from('\n')] : []),
      ...(typeof text === 'string' ? [Buffer.from(text, 'utf8')] : text),
    ];
    let written = 0;
    try {
      for (const piece of pieces) {
        let done = 0;
        while (done < piece.length) {
          const { bytesWritten } = await this.handle.write(piece, done, piece.length - done, this.size + written);
          done += bytesWritten;
          written += bytesWritten;
        }
      }
      await this.handle.datasync();
    } catch (error) {
      try {
        await this.handle.truncate(this.size);
        await this.handle.datasync();
      } catch {
        this.broken = error;
      }
      throw error;
    }
    this.size += written;
    this.startNewLine = false;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
