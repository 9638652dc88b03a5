import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type {
  ColumnTarget,
  DateOrder,
  EncodingChoice,
  RosterImportResult,
  RosterPreview,
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
}

export type RosterStep =
  | { step: 'choose' }
  | { step: 'preview'; file: RosterFile; choices: RosterChoices; preview: RosterPreview }
  | { step: 'importing'; file: RosterFile; done: number; total: number }
  | { step: 'summary'; file: RosterFile; result: RosterImportResult };

const FIRST_CHOICES: RosterChoices = { encoding: 'auto', mapping: undefined, dateOrder: undefined };

function request(file: RosterFile, choices: RosterChoices) {
  return {
    fileName: file.fileName,
    bytes: file.bytes,
    encoding: choices.encoding,
    ...(choices.mapping ? { mapping: choices.mapping } : {}),
    ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}),
  };
}

/** The wizard's state: every change of a choice asks main for a new preview; nothing is saved before Import. */
export function useRosterImport() {
  const client = useQueryClient();
  const [state, setState] = useState<RosterStep>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the answer to the latest question is shown: a slow preview must not overwrite a newer one.
  const asked = useRef(0);

  const previewWith = useCallback(async (file: RosterFile, choices: RosterChoices) => {
    const ticket = (asked.current += 1);
    setBusy(true);
    setError(null);
    try {
      const preview = await call('roster:preview', request(file, choices));
      if (ticket === asked.current) setState({ step: 'preview', file, choices, preview });
    } catch (e) {
      if (ticket === asked.current) setError(errorMessage(e));
    } finally {
      if (ticket === asked.current) setBusy(false);
    }
  }, []);

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
      await previewWith(file, FIRST_CHOICES);
    },
    [previewWith],
  );

  const change = useCallback(
    (next: Partial<RosterChoices>) => {
      if (state.step !== 'preview') return;
      const mapping = state.choices.mapping ?? state.preview.columns.map((c) => c.target);
      void previewWith(state.file, { ...state.choices, mapping, ...next });
    },
    [state, previewWith],
  );

  const runImport = useCallback(
    async (existing: 'update' | 'skip') => {
      if (state.step !== 'preview') return;
      const { file, choices } = state;
      const total = state.preview.totalRows;
      setError(null);
      setState({ step: 'importing', file, done: 0, total });
      const watch = setInterval(() => {
        void call('roster:progress', {})
          .then((now) => {
            if (now) setState((s) => (s.step === 'importing' ? { ...s, done: now.done, total: now.total } : s));
          })
          .catch(() => undefined);
      }, 300);
      try {
        const result = await call('roster:import', { ...request(file, choices), existing });
        setState({ step: 'summary', file, result });
      } catch (e) {
        setError(errorMessage(e));
        await previewWith(file, choices);
      } finally {
        clearInterval(watch);
        await client.invalidateQueries({ queryKey: traineeKeys.list });
      }
    },
    [state, previewWith, client],
  );

  const reset = useCallback(() => {
    asked.current += 1;
    setState({ step: 'choose' });
    setBusy(false);
    setError(null);
  }, []);

  return { state, busy, error, chooseFile, change, runImport, reset };
}
