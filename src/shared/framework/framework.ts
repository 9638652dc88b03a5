import type { FrameworkFile } from './frameworkFileSchema';
import { LEVEL_KEYS, type LevelKey } from './levels';

/** A statement with a stable id (level + 1-based position). The full text stays the source of truth. */
export interface Statement {
  id: string;
  level: LevelKey;
  position: number;
  text: string;
  /** What the statement is about: the text before the first " — ", or null when there is no dash. */
  topic: string | null;
  /** What the person does: the text after the first " — ", or the whole text when there is no dash. */
  performance: string;
}

export interface FrameworkLevel {
  key: LevelKey;
  label: string;
  statements: Statement[];
}

export interface Occupation {
  soc: string;
  /** The trainer's own code for a framework made in Trainplan, when it is not a SOC code. */
  code?: string | undefined;
  title: string;
  group: string;
  sector: string;
  jobZone: number;
  jobZoneInferred: boolean;
}

/** 'own': made in Trainplan's framework editor. */
export type FrameworkOrigin = 'bundled' | 'imported' | 'own';

export interface Framework {
  id: string;
  occupation: Occupation;
  version: string;
  description: string;
  contextCovered: string;
  exportedAt: string;
  /** The levels that have statements (one to four), lowest first; an empty or absent level is not here. */
  levels: FrameworkLevel[];
  sources: Record<string, string>;
  attribution: string;
  origin: FrameworkOrigin;
}

export interface FrameworkSummary {
  id: string;
  title: string;
  soc: string;
  /** The code to show: the trainer's own, a SOC code, or null for a made-up one (see shownCode). */
  code: string | null;
  group: string;
  /** O*NET's job zone; null when it was only assumed (own and converted frameworks), so nothing is shown. */
  jobZone: number | null;
  version: string;
  statementCount: number;
  /** The levels it has statements at, lowest first: the targets a plan on it can have. */
  levels: LevelKey[];
  origin: FrameworkOrigin;
  fileName: string | null;
  importedAt: string | null;
}

/** The trainees with a plan on a framework: how many, and the first names in alphabetical order. */
export interface FrameworkUsage {
  traineeCount: number;
  trainees: string[];
}

const TOPIC_SEPARATOR = ' — ';

export function frameworkId(soc: string, version: string): string {
  return `${soc}@${version}`;
}

export function statementId(level: LevelKey, position: number): string {
  return `${level}.${position}`;
}

export function splitStatement(text: string): { topic: string | null; performance: string } {
  const at = text.indexOf(TOPIC_SEPARATOR);
  if (at <= 0) return { topic: null, performance: text };
  return { topic: text.slice(0, at), performance: text.slice(at + TOPIC_SEPARATOR.length) };
}

export function normaliseFramework(file: FrameworkFile, origin: FrameworkOrigin): Framework {
  return {
    id: frameworkId(file.occupation.soc, file.framework.version),
    occupation: { ...file.occupation },
    version: file.framework.version,
    description: file.framework.description,
    contextCovered: file.framework.contextCovered,
    exportedAt: file.exportedAt,
    levels: LEVEL_KEYS.flatMap((key) => {
      const level = file.framework.levels[key];
      if (!level || level.statements.length === 0) return [];
      return [
        {
          key,
          label: level.label,
          statements: level.statements.map((text, index) => ({
            id: statementId(key, index + 1),
            level: key,
            position: index + 1,
            text,
            ...splitStatement(text),
          })),
        },
      ];
    }),
    sources: { ...file.sources },
    attribution: file.attribution,
    origin,
  };
}

export function countStatements(framework: Framework): number {
  return framework.levels.reduce((sum, level) => sum + level.statements.length, 0);
}

/** Names for well-known source keys, so the attribution line reads as the publisher expects. */
const SOURCE_PREFIXES: Record<string, string> = { onet: 'O*NET ' };

/** The line every report carries: each source, then the attribution, e.g. "O*NET v30.2 (CC BY 4.0) · … · © EBSCOed". */
export function attributionLine(framework: Pick<Framework, 'sources' | 'attribution'>): string {
  const parts = Object.entries(framework.sources).map(([key, value]) => `${SOURCE_PREFIXES[key] ?? ''}${value}`);
  if (framework.attribution.trim() !== '') parts.push(framework.attribution);
  return parts.filter((p) => p.trim() !== '').join(' · ');
}
