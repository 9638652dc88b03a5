import { ApiError } from '../../../shared/api/errors';
import { LEVEL_KEYS, type LevelKey } from '../../../shared/framework/levels';
import type { TopGroup } from '../../../shared/framework/sources/sourcePreview';
import type { SourceMeta, SourceStatement } from './buildFrameworkFile';
import { casePackageSchema, type CaseCriterion, type CasePackage } from './caseSchema';
import { buildTree, type TreeItem } from './sourceTree';
import { treeLevels } from './treeLevels';

export interface ConvertedSource {
  meta: SourceMeta;
  levels: Partial<Record<LevelKey, SourceStatement[]>>;
  /** The source's own names for its levels ("Level 1"), where it has them. */
  labels?: Partial<Record<LevelKey, string>>;
  topGroups: TopGroup[];
}

export function isCasePackage(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'CFDocument' in json;
}

function itemText(item: { fullStatement?: string; abbreviatedStatement?: string; alternativeLabel?: string }) {
  return [item.fullStatement, item.abbreviatedStatement, item.alternativeLabel].find((t) => t?.trim()) ?? '';
}

function parsePackage(json: unknown): CasePackage {
  const parsed = casePackageSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 10).map((issue) => ({
    path: issue.path.join('.'),
    message: `${issue.path.join('.') || 'The package'}: ${issue.message}`,
  }));
  throw new ApiError('invalid_framework', 'This CASE package is missing parts Trainplan needs.', problems);
}

/** Rubric criteria with levels: each criterion's levels, lowest first, spread over our four. */
function rubricLevels(criteria: readonly CaseCriterion[], itemTitles: Map<string, string>, notes: string[]) {
  const levels: Record<LevelKey, SourceStatement[]> = { emerging: [], developing: [], proficient: [], advanced: [] };
  const ordered = [...criteria].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  for (const criterion of ordered) {
    const steps = [...(criterion.CFRubricCriterionLevels ?? [])].sort(
      (a, b) => (a.position ?? a.score ?? 0) - (b.position ?? b.score ?? 0),
    );
    const topic =
      criterion.description?.trim() ||
      (criterion.CFItemURI?.identifier ? itemTitles.get(criterion.CFItemURI.identifier) : undefined) ||
      criterion.CFItemURI?.title ||
      null;
    if (steps.length !== 4 && steps.length > 0) {
      notes.push(
        `“${topic ?? 'A criterion'}” has ${steps.length} levels; they were shared out over the four in order.`,
      );
    }
    steps.forEach((step, index) => {
      const level = LEVEL_KEYS[Math.floor((index * 4) / steps.length)] ?? 'advanced';
      const performance = step.description?.trim() || step.quality?.trim() || '';
      if (performance) levels[level].push({ topic, performance });
    });
  }
  return levels;
}

/**
 * A CASE package: the CFDocument names it, CFItems joined by isChildOf associations make the tree.
 * Levels come from the rubric's criterion levels when there is one, otherwise from the top of the tree.
 */
export function readCasePackage(
  json: unknown,
  chosen: readonly LevelKey[] | undefined,
  leftOut: string[],
  notes: string[],
): ConvertedSource {
  const pkg = parsePackage(json);
  const doc = pkg.CFDocument;
  const licence = doc.licenseURI?.title ?? pkg.CFDefinitions?.CFLicenses?.[0]?.title;
  const publisher = doc.publisher?.trim() || doc.creator?.trim() || '';
  const source = [publisher, doc.officialSourceURL?.trim()].filter(Boolean).join(', ');
  const meta: SourceMeta = {
    title: doc.title,
    version: doc.version,
    source: source === '' ? 'CASE package' : source,
    licence,
    description: doc.description,
    group: 'CASE package',
  };
  const items = pkg.CFItems ?? [];
  const parents = new Map<string, { parent: string; sequence?: number }>();
  const ignored = new Map<string, number>();
  let extraParents = 0;
  for (const association of pkg.CFAssociations ?? []) {
    if (association.associationType !== 'isChildOf') {
      ignored.set(association.associationType, (ignored.get(association.associationType) ?? 0) + 1);
      continue;
    }
    const child = association.originNodeURI.identifier;
    if (parents.has(child)) {
      extraParents += 1;
      continue;
    }
    parents.set(child, { parent: association.destinationNodeURI.identifier, sequence: association.sequenceNumber });
  }
  for (const [type, count] of ignored) {
    leftOut.push(
      `${count} “${type}” ${count === 1 ? 'association' : 'associations'} between items: Trainplan keeps only the tree (isChildOf).`,
    );
  }
  if (extraParents > 0)
    leftOut.push(`${extraParents} items sit in more than one place in the tree; each is kept in its first place.`);
  let untitled = 0;
  let shortOnly = 0;
  const treeItems: TreeItem[] = items.map((item, index) => {
    const title = itemText(item).trim();
    if (!item.fullStatement?.trim() && title) shortOnly += 1;
    if (!title) untitled += 1;
    const link = parents.get(item.identifier);
    const parentId = !link || link.parent === doc.identifier ? null : link.parent;
    return {
      id: item.identifier,
      title,
      parentId,
      sequence: link?.sequence,
      code: item.humanCodingScheme,
      listEnumeration: item.listEnumeration,
      index,
    };
  });
  if (shortOnly > 0) {
    notes.push(`${shortOnly} items have no full statement; their short statement or label was used.`);
  }
  if (untitled > 0) leftOut.push(`${untitled} items have no statement, short statement or label.`);
  const roots = buildTree(treeItems);
  const criteria = (pkg.CFRubrics ?? []).flatMap((rubric) => rubric.CFRubricCriteria ?? []);
  if (criteria.some((c) => (c.CFRubricCriterionLevels?.length ?? 0) > 0)) {
    const titles = new Map(treeItems.map((item) => [item.id, item.title]));
    notes.push('The levels come from the rubric’s criterion levels.');
    return { meta, levels: rubricLevels(criteria, titles, notes), topGroups: [] };
  }
  const { levels, topGroups } = treeLevels(
    roots.filter((root) => root.item.title !== '' || root.children.length > 0),
    chosen,
    notes,
  );
  return { meta, levels, topGroups };
}
