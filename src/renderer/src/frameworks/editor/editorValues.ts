import { randomId } from '@mantine/hooks';
import type { Framework } from '../../../../shared/framework/framework';
import { emptyDraft, type FrameworkDraft } from '../../../../shared/framework/editor/frameworkDraft';
import { LEVEL_KEYS, type LevelKey } from '../../../../shared/framework/levels';
import { nextVersion } from '../../../../shared/framework/versions';

/** A statement row in the form; `key` keeps React's rows attached to the right text when rows move. */
export interface StatementRow {
  key: string;
  topic: string;
  performance: string;
}

export type EditorValues = Omit<FrameworkDraft, 'levels' | 'basedOn'> & { levels: Record<LevelKey, StatementRow[]> };

export function newRow(topic = '', performance = ''): StatementRow {
  return { key: randomId(), topic, performance };
}

function withRows(draft: FrameworkDraft): EditorValues {
  const { levels } = draft;
  return {
    title: draft.title,
    code: draft.code,
    version: draft.version,
    description: draft.description,
    source: draft.source,
    licence: draft.licence,
    levels: Object.fromEntries(
      LEVEL_KEYS.map((key) => [key, levels[key].map((s) => newRow(s.topic, s.performance))]),
    ) as EditorValues['levels'],
  };
}

export function emptyValues(): EditorValues {
  return withRows(emptyDraft());
}

/** The editor prefilled from a framework, with the next free version label for its code. */
export function valuesFrom(framework: Framework, takenVersions: string[]): EditorValues {
  return {
    title: framework.occupation.title,
    code: framework.occupation.code ?? (framework.occupation.soc.startsWith('00-') ? '' : framework.occupation.soc),
    version: nextVersion(framework.version, takenVersions),
    description: framework.description,
    source: framework.sources.source ?? '',
    licence: framework.sources.licence ?? '',
    // A level the framework does not have starts with one blank row, as in a new framework: left blank, it stays out.
    levels: Object.fromEntries(
      LEVEL_KEYS.map((key) => {
        const level = framework.levels.find((l) => l.key === key);
        return [key, level ? level.statements.map((s) => newRow(s.topic ?? '', s.performance)) : [newRow()]];
      }),
    ) as EditorValues['levels'],
  };
}

/** What the create call takes: the rows without their React keys. */
export function toDraft(values: EditorValues, basedOn: string | undefined): FrameworkDraft {
  return {
    title: values.title,
    code: values.code,
    version: values.version,
    description: values.description,
    source: values.source,
    licence: values.licence,
    levels: Object.fromEntries(
      LEVEL_KEYS.map((key) => [key, values.levels[key].map(({ topic, performance }) => ({ topic, performance }))]),
    ) as FrameworkDraft['levels'],
    ...(basedOn === undefined ? {} : { basedOn }),
  };
}
