import { describe, expect, it } from 'vitest';
import { preview, refusal, sourceBytes, textBytes } from './sourceFiles';

const HEADER =
  '"Parent ID number","ID number","Short name","Description","Description format","Scale values","Scale configuration","Rule type","Rule outcome","Rule config","Cross-referenced competency ID numbers","Exported ID","Is framework","Taxonomy"';

describe('Moodle competency framework CSV', () => {
  it('reads the framework row and a three-tier tree, with quoted newlines and an empty row', async () => {
    const result = await preview('maintenance.csv', sourceBytes('moodle-three-tiers.csv'));
    expect(result.format).toBe('moodle');
    expect(result.file.occupation.title).toBe('Maintenance technician');
    expect(result.file.framework.description).toBe('Plant maintenance skills');
    expect(result.file.framework.levels.emerging.statements).toEqual([
      'Bearings — Removes a bearing with a puller',
      'Bearings — Fits a bearing to the correct preload',
    ]);
    expect(result.file.framework.levels.developing.statements).toEqual([
      'Electrical — Isolates a machine and proves it dead',
    ]);
    expect(result.topGroups.map((g) => g.title)).toEqual(['Mechanical', 'Electrical', 'Pneumatics', 'Leading']);
    expect(result.leftOut).toEqual([
      'Cross-references of 1 competency: Trainplan keeps only the tree.',
      'Completion rules of 1 competency: in Trainplan a trainer checks each statement off.',
      'The rating scale ("Not yet competent,Competent"): Trainplan records a statement as done or not.',
    ]);
  });

  it('reads a semicolon-separated export', async () => {
    const text = new TextDecoder().decode(sourceBytes('moodle-three-tiers.csv'));
    // Re-separate with semicolons outside quotes: every separator in the fixture sits between two quotes.
    const semicolons = text.replaceAll('","', '";"');
    const result = await preview('semi.csv', textBytes(semicolons));
    expect(result.format).toBe('moodle');
    expect(result.file.framework.levels.advanced.statements).toEqual([
      'Leading — Plans the weekly preventive maintenance',
    ]);
  });

  it('refuses an export without a framework row', async () => {
    const text = `${HEADER}\n"","C1","Safety","","1","","","","","","","2","",""\n`;
    expect(await refusal('nofw.csv', textBytes(text))).toBe(
      '“nofw.csv”: This Moodle CSV has no framework row (a row with “Is framework” set to 1), so the framework has no name. Export the framework again from Moodle.',
    );
  });
});
