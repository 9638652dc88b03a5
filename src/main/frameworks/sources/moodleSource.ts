import { decodeHTML } from 'entities';
import { ApiError } from '../../../shared/api/errors';
import type { LevelKey } from '../../../shared/framework/levels';
import { plural } from '../../../shared/text/plural';
import type { SourceMeta } from './buildFrameworkFile';
import type { ConvertedSource } from './caseSource';
import { moodleLevels, type MoodleItem } from './moodleLevels';
import { buildTree } from './sourceTree';
import { treeLevels } from './treeLevels';

const REQUIRED = ['parentidnumber', 'idnumber', 'shortname', 'isframework'];

/**
 * A heading as a key: Moodle writes "Shortname" and "Rule type (optional)", a re-saved file may say
 * "Short name", "RULE TYPE" or "Cross-referenced …", and all of them name the same column.
 */
function columnKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(optional\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

function columnsOf(header: readonly string[]): Map<string, number> {
  return new Map(header.map((name, index) => [columnKey(name), index]));
}

/**
 * Moodle's export (Site administration › Competencies › Export competency framework) has these headings:
 * "Parent id number", "Id number", "Shortname", …, "Is framework", "Taxonomy".
 */
export function isMoodleExport(rows: readonly (readonly string[])[]): boolean {
  const header = rows[0];
  if (!header) return false;
  const columns = columnsOf(header);
  return REQUIRED.every((name) => columns.has(name));
}

/**
 * Descriptions are HTML in Moodle; the plain words are what a trainer reads. Tags go first, so an
 * escaped "&lt;p&gt;" stays the text "<p>"; entities are decoded by a library that knows all of them.
 */
function plain(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Moodle keeps at most 100 characters of a shortname. */
const SHORTNAME_CUT = 100;

/**
 * A competency's words: its shortname, or its description where Moodle cut the shortname off in the
 * middle of a sentence ("…to accomplish assignments within the") and the description goes on with it.
 */
export function wholeTitle(shortname: string, description: string): string {
  if (shortname === '') return description;
  const cut = shortname.length >= SHORTNAME_CUT - 10 && description.length > shortname.length;
  return cut && description.startsWith(shortname) ? description : shortname;
}

/**
 * A Moodle competency framework CSV: the row with "Is framework" = 1 describes the framework, the other
 * rows are competencies joined by "Parent ID number". Levels come from a "Levels" branch the indicators
 * cross-reference, as in Moodle's own example (moodleLevels), else from the top of the tree, as for CASE.
 */
export function readMoodleExport(
  rows: readonly (readonly string[])[],
  chosen: readonly LevelKey[] | undefined,
  leftOut: string[],
  notes: string[],
): ConvertedSource {
  const columns = columnsOf(rows[0] ?? []);
  const cell = (row: readonly string[], name: string) => {
    const at = columns.get(columnKey(name));
    return at === undefined ? '' : (row[at] ?? '').trim();
  };
  // A shortname is text, but Moodle's editors may leave "&amp;" in it.
  const shortname = (row: readonly string[]) => plain(cell(row, 'shortname'));
  const title = (row: readonly string[]) => wholeTitle(shortname(row), plain(cell(row, 'description')));
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
    title: shortname(frameworkRow),
    code: cell(frameworkRow, 'id number'),
    description: plain(cell(frameworkRow, 'description')),
    source: 'Moodle competency framework',
    group: 'Moodle competency framework',
  };
  const frameworkId = cell(frameworkRow, 'id number');
  let crossReferences = 0;
  let rules = 0;
  const items: MoodleItem[] = [];
  body.forEach((row, index) => {
    if (row === frameworkRow || cell(row, 'is framework') === '1') return;
    const id = cell(row, 'id number');
    const text = title(row);
    if (id === '' && text === '') return;
    const references = cell(row, 'cross referenced competency id numbers');
    if (references !== '') crossReferences += 1;
    if (cell(row, 'rule type') !== '') rules += 1;
    const parent = cell(row, 'parent id number');
    items.push({
      id: id === '' ? `row ${index + 2}` : id,
      title: text,
      parentId: parent === '' || parent === frameworkId ? null : parent,
      index,
      crossReferences: references
        .split(',')
        .map((ref) => ref.trim())
        .filter((ref) => ref !== ''),
    });
  });
  // Moodle's own layout: a "Levels" branch that the indicators cross-reference gives each its level.
  const fromBranch = moodleLevels(items, chosen, leftOut, notes);
  if (!fromBranch && crossReferences > 0) {
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
  if (fromBranch) return { meta, ...fromBranch };
  const { levels, topGroups } = treeLevels(buildTree(items), chosen, notes);
  return { meta, levels, topGroups };
}
