import { ApiError } from '../../../shared/api/errors';
import type { Framework } from '../../../shared/framework/framework';
import type { ParsedFrameworkDraft } from '../../../shared/framework/editor/frameworkDraft';
import type { FrameworkFile } from '../../../shared/framework/frameworkFileSchema';
import { LEVEL_KEYS, type LevelKey } from '../../../shared/framework/levels';
import { buildFrameworkFile, type SourceStatement } from '../sources/buildFrameworkFile';

function withoutKeys(record: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

export const MADE_IN_TRAINPLAN = 'Made in Trainplan';
const SOC = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * The stored file for what the editor sent. A new framework's code is the SOC code typed, or a made-up
 * stable one (the typed code, if any, is kept beside it to be shown). A new version keeps the code and the
 * occupation details of the framework it is based on, whatever the title now says, so its versions stay
 * one framework; its sources and attribution are kept, with the editor's source and licence lines on top.
 */
export function ownFrameworkFile(
  draft: ParsedFrameworkDraft,
  basedOn: Framework | undefined,
  now: Date,
): FrameworkFile {
  const levels: Partial<Record<LevelKey, SourceStatement[]>> = Object.fromEntries(
    LEVEL_KEYS.map((key) => [key, draft.levels[key].map((s) => ({ topic: s.topic, performance: s.performance }))]),
  );
  const typedCode = draft.code.trim();
  const leftOut: string[] = [];
  const built = buildFrameworkFile(
    {
      title: draft.title,
      code: basedOn ? basedOn.occupation.soc : typedCode,
      version: draft.version,
      source: draft.source,
      licence: draft.licence,
      description: draft.description,
      group: basedOn ? basedOn.occupation.group : MADE_IN_TRAINPLAN,
    },
    levels,
    leftOut,
    now,
  );
  // The draft schema refuses what buildFrameworkFile would leave out; anything left out here is a bug.
  if (leftOut.length > 0) throw new ApiError('invalid_framework', leftOut.join(' '), []);
  if (!basedOn) {
    const ownCode = typedCode !== '' && !SOC.test(typedCode) ? { code: typedCode } : {};
    return { ...built, occupation: { ...built.occupation, ...ownCode } };
  }
  const { occupation } = basedOn;
  return {
    ...built,
    occupation: {
      soc: occupation.soc,
      ...(occupation.code ? { code: occupation.code } : {}),
      title: built.occupation.title,
      group: occupation.group,
      sector: occupation.sector,
      jobZone: occupation.jobZone,
      jobZoneInferred: occupation.jobZoneInferred,
    },
    framework: { ...built.framework, contextCovered: basedOn.contextCovered },
    // The editor showed the source and licence lines; what it sent replaces them, the other sources stay.
    sources: { ...withoutKeys(basedOn.sources, ['source', 'licence']), ...built.sources },
    attribution: basedOn.attribution,
  };
}
