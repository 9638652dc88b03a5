import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type {
  ColumnTarget,
  DateOrder,
  EncodingChoice,
  RosterImportResult,
  RosterPreview,
  RosterProgress,
} from '../../../shared/roster/rosterImport';
import { MAX_ROSTER_BYTES } from '../../../shared/roster/rosterImport';
import { call, errorMessage } from '../api/client';
import { traineeKeys } from '../api/traineeQueries';

export interface RosterFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface RosterChoices {
  encoding: EncodingChoice;
  mapping: ColumnTarget[] | undefined;
  dateOrder: DateOrder | undefined;
  /** Rows whose spelling is taken though the file lost letters (see RosterLostLetters). */
  acceptFileSpelling: number[] | 'all' | undefined;
}

export type RosterStep =
  | { step: 'choose' }
  | { step: 'preview'; file: RosterFile; choices: RosterChoices; preview: RosterPreview }
  | {
      step: 'importing';
      file: RosterFile;
      progress: RosterProgress | null;
      /** The preview to go back to if the trainer cancels. */
      from: Extract<RosterStep, { step: 'preview' }>;
    }
  | { step: 'summary'; file: RosterFile; result: RosterImportResult };

const FIRST_CHOICES: RosterChoices = {
  encoding: 'auto',
  mapping: undefined,
  dateOrder: undefined,
  acceptFileSpelling: undefined,
};
const PROGRESS_EVERY_MS = 300;

/** A file being read and checked for a preview: how far, once main says (a small file is done before it does). */
export interface RosterReading {
  fileName: string;
  progress: RosterProgress | null;
}

/** Asks main how far the roster work is, every 300 ms, until the returned stop is called. */
function watchProgress(onProgress: (progress: RosterProgress) => void): () => void {
  const timer = setInterval(() => {
    void call('roster:progress', {})
      .then((now) => {
        if (now) onProgress(now);
      })
      .catch(() => undefined);
  }, PROGRESS_EVERY_MS);
  return () => clearInterval(timer);
}

function request(file: RosterFile, choices: RosterChoices) {
  return {
    fileName: file.fileName,
    bytes: file.bytes,
    encoding: choices.encoding,
    ...(choices.mapping ? { mapping: choices.mapping } : {}),
    ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}),
    ...(choices.acceptFileSpelling ? { acceptFileSpelling: choices.acceptFileSpelling } : {}),
  };
}

/** The wizard's state: every change of a choice asks main for a new preview; nothing is saved before Import. */
export function useRosterImport() {
  const client = useQueryClient();
  const [state, setState] = useState<RosterStep>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<RosterReading | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The trainer changed where columns go (or which spellings to take): closing would lose it, so it asks.
  const [changed, setChanged] = useState(false);
  // Only the answer to the latest question is shown: a slow preview must not overwrite a newer one.
  const asked = useRef(0);
  // Set when the trainer pressed Cancel: the call that then fails in main is the cancel, not a fault.
  const cancelled = useRef(false);
  // A function, read when called: Cancel may have been pressed while a call was awaited.
  const wasCancelled = (): boolean => cancelled.current;

  const previewWith = useCallback(async (file: RosterFile, choices: RosterChoices) => {
    const ticket = (asked.current += 1);
    cancelled.current = false;
    setBusy(true);
    setError(null);
    setNotice(null);
    setReading({ fileName: file.fileName, progress: null });
    const stop = watchProgress((progress) => {
      if (ticket === asked.current) setReading({ fileName: file.fileName, progress });
    });
    try {
      const preview = await call('roster:preview', request(file, choices));
      if (ticket === asked.current) setState({ step: 'preview', file, choices, preview });
    } catch (e) {
      if (ticket === asked.current && !wasCancelled()) setError(errorMessage(e));
    } finally {
      stop();
      if (ticket === asked.current) {
        setBusy(false);
        setReading(null);
      }
    }
  }, []);

  /**
   * Stops the preview or import being made; what was on screen before it stays. A preview changes
   * nothing, so it is let go at once; an import only when main says it stopped it (once it is writing,
   * it finishes, and the summary shows what it did).
   */
  const cancel = useCallback(async () => {
    cancelled.current = true;
    if (state.step !== 'importing') {
      asked.current += 1;
      setBusy(false);
      setReading(null);
      setNotice('Stopped. Nothing was changed.');
    }
    const answer = await call('roster:cancel', {}).catch(() => ({ cancelled: false }));
    if (state.step === 'importing' && !answer.cancelled) cancelled.current = false;
  }, [state.step]);

  const chooseFile = useCallback(
    async (picked: File | null) => {
      if (!picked) return;
      if (picked.size > MAX_ROSTER_BYTES) {
        setError(
          `“${picked.name}” is larger than 10 MB, which is far more than a list of people. Check it is the right file, or split it.`,
        );
        return;
      }
      const file = { fileName: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
      setChanged(false);
      await previewWith(file, FIRST_CHOICES);
    },
    [previewWith],
  );

  const change = useCallback(
    (next: Partial<RosterChoices>) => {
      if (state.step !== 'preview') return;
      const mapping = state.choices.mapping ?? state.preview.columns.map((c) => c.target);
      if (next.mapping || 'acceptFileSpelling' in next) setChanged(true);
      void previewWith(state.file, { ...state.choices, mapping, ...next });
    },
    [state, previewWith],
  );

  const runImport = useCallback(
    async (existing: 'update' | 'skip') => {
      if (state.step !== 'preview') return;
      const { file, choices } = state;
      cancelled.current = false;
      setError(null);
      setNotice(null);
      setState({ step: 'importing', file, progress: null, from: state });
      const stop = watchProgress((progress) => setState((s) => (s.step === 'importing' ? { ...s, progress } : s)));
      try {
        const result = await call('roster:import', { ...request(file, choices), existing });
        setChanged(false);
        setState({ step: 'summary', file, result });
      } catch (e) {
        if (wasCancelled()) {
          setNotice('The import was stopped. Nothing was imported or changed.');
          setState((s) => (s.step === 'importing' ? s.from : s));
        } else {
          setError(errorMessage(e));
          await previewWith(file, choices);
        }
      } finally {
        stop();
        await client.invalidateQueries({ queryKey: traineeKeys.list });
      }
    },
    [state, previewWith, client],
  );

  const reset = useCallback(() => {
    asked.current += 1;
    setState({ step: 'choose' });
    setChanged(false);
    setBusy(false);
    setError(null);
    setNotice(null);
    setReading(null);
  }, []);

  const unsaved = changed && state.step !== 'choose' && state.step !== 'summary';
  return { state, busy, error, notice, reading, unsaved, chooseFile, change, runImport, cancel, reset };
}
