import { ApiError } from '../../../shared/api/errors';
import type { LevelKey } from '../../../shared/framework/levels';
import { plural } from '../../../shared/text/plural';
import type { SourceMeta } from './buildFrameworkFile';
import type { ConvertedSource } from './caseSource';
import { buildTree, type TreeItem } from './sourceTree';
import { treeLevels } from './treeLevels';

const REQUIRED = ['parent id number', 'id number', 'short name', 'is framework'];

function columnsOf(header: readonly string[]): Map<string, number> {
  return new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
}

/** Moodle's export (Site administration › Competencies › Export competency framework) has these headings. */
export function isMoodleExport(rows: readonly (readonly string[])[]): boolean {
  const header = rows[0];
  if (!header) return false;
  const columns = columnsOf(header);
  return REQUIRED.every((name) => columns.has(name));
}

/** Descriptions are often HTML in Moodle; the plain words are what a trainer reads. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A Moodle competency framework CSV: the row with "Is framework" = 1 describes the framework, the other
 * rows are competencies joined by "Parent ID number". Levels come from the top of the tree, as for CASE.
 */
export function readMoodleExport(
  rows: readonly (readonly string[])[],
  chosen: readonly LevelKey[] | undefined,
  leftOut: string[],
  notes: string[],
): ConvertedSource {
  const columns = columnsOf(rows[0] ?? []);
  const cell = (row: readonly string[], name: string) => {
    const at = columns.get(name);
    return at === undefined ? '' : (row[at] ?? '').trim();
  };
  const body = rows.slice(1);
  const frameworkRow = body.find((row) => cell(row, 'is framework') === '1');
  if (!frameworkRow) {
    throw new ApiError(
      'invalid_framework',
      'This Moodle CSV has no framework row (a row with “Is framework” set to 1), so the framework has no name. Export the framework again from Moodle.',
      [],
    );
  }
  const meta: SourceMeta = {
    title: cell(frameworkRow, 'short name'),
    code: cell(frameworkRow, 'id number'),
    description: plain(cell(frameworkRow, 'description')),
    source: 'Moodle competency framework',
    group: 'Moodle competency framework',
  };
  const frameworkId = cell(frameworkRow, 'id number');
  let crossReferences = 0;
  let rules = 0;
  const items: TreeItem[] = [];
  body.forEach((row, index) => {
    if (row === frameworkRow || cell(row, 'is framework') === '1') return;
    const id = cell(row, 'id number');
    const title = cell(row, 'short name') || plain(cell(row, 'description'));
    if (id === '' && title === '') return;
    if (cell(row, 'cross-referenced competency id numbers') !== '') crossReferences += 1;
    if (cell(row, 'rule type') !== '') rules += 1;
    const parent = cell(row, 'parent id number');
    items.push({
      id: id === '' ? `row ${index + 2}` : id,
      title,
      parentId: parent === '' || parent === frameworkId ? null : parent,
      index,
    });
  });
  if (crossReferences > 0) {
    leftOut.push(
      `Cross-references of ${plural(crossReferences, 'competency', 'competencies')}: Trainplan keeps only the tree.`,
    );
  }
  if (rules > 0) {
    leftOut.push(
      `Completion rules of ${plural(rules, 'competency', 'competencies')}: in Trainplan a trainer checks each statement off.`,
    );
  }
  if (cell(frameworkRow, 'scale values') !== '') {
    leftOut.push(
      `The rating scale (${cell(frameworkRow, 'scale values')}): Trainplan records a statement as done or not.`,
    );
  }
  const { levels, topGroups } = treeLevels(buildTree(items), chosen, notes);
  return { meta, levels, topGroups };
}
