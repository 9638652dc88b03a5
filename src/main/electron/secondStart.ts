import { resolve } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { z } from 'zod';
import { dataDirFlag } from '../store/dataDir';

/** What a second start hands to the running app through Electron's single-instance lock. */
export interface SecondStart {
  dataDir: string;
}

const secondStartSchema = z.object({ dataDir: z.string().min(1).max(4096) });

/**
 * The data folder a second start asked for: the one it resolved itself (flag, environment variable or
 * default) when it says, else its `--data-dir` read against its own working folder, else unknown.
 * It comes from another process, so it is parsed, not trusted.
 */
export function folderOfSecondStart(argv: readonly string[], workingDirectory: string, data: unknown): string | null {
  const parsed = secondStartSchema.safeParse(data);
  if (parsed.success) return resolve(parsed.data.dataDir);
  const flag = dataDirFlag(argv);
  return flag && flag.trim() !== '' ? resolve(workingDirectory, flag) : null;
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  // Windows folders ignore case; elsewhere two spellings may be two folders.
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * A second start brings the running window forward. When it asked for another data folder, the user
 * is told that this one stays open and how to open the other. It is not switched: that would close the
 * records someone is working on, a half-filled form included, without asking; and two Trainplans side
 * by side would each need their own Chromium profile, since Electron's single-instance lock is per profile.
 */
export function answerSecondStart(
  window: BrowserWindow | null,
  dialog: Pick<Dialog, 'showMessageBox'>,
  openFolder: string,
  askedFolder: string | null,
  platform: NodeJS.Platform = process.platform,
): void {
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
  if (askedFolder === null || samePath(askedFolder, openFolder, platform)) return;
  const message = {
    type: 'info' as const,
    title: 'Trainplan is already running',
    message: `Trainplan is already running with the data folder ${openFolder}.`,
    detail: `To open ${askedFolder}, close Trainplan first, then start it again with that folder. The open folder was left as it is.`,
    buttons: ['OK'],
  };
  void (window ? dialog.showMessageBox(window, message) : dialog.showMessageBox(message));
}
