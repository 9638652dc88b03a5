import { oneLine } from '../../shared/text/oneLine';
import { plainTextProblem } from '../../shared/text/plainText';
import type { TraineeDoc } from './records/recordsSchema';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- notes may hold tabs and line breaks, nothing else of these
const CONTROL_IN_NOTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function fieldProblem(label: string, text: string, multiline: boolean): string | null {
  if ((multiline ? CONTROL_IN_NOTES : CONTROL_IN_LINE).test(text)) {
    return multiline
      ? `${label} contains characters that are not ordinary text.`
      : `${label} must be a single line of ordinary text.`;
  }
  return plainTextProblem(label, text, { multiline });
}

/** A name as a message can quote it: on one line, its broken characters shown as "�". */
const shownName = (name: string) => oneLine(name.replace(/\p{Cs}/gu, '\uFFFD'), 80);

/**
 * The text rule the forms apply (src/shared/text/plainText.ts), applied to a trainee read from a data file,
 * so an import cannot bring in a name a trainer could not type: the first problem, naming the trainee.
 */
export function traineeTextProblem(doc: TraineeDoc): string | null {
  const { trainee } = doc;
  const fields: [string, string, boolean][] = [
    ['Full name', trainee.fullName, false],
    ['Employee or badge ID', trainee.employeeId ?? '', false],
    ['Team or department', trainee.team, false],
    ['Site', trainee.site, false],
    ['Trainer', trainee.trainer, false],
    ['Notes', trainee.notes, true],
  ];
  for (const plan of doc.plans) {
    for (const [statementId, checkoff] of Object.entries(plan.checkoffs)) {
      fields.push([`The assessor of check-off ${statementId}`, checkoff.assessor, false]);
      fields.push([`The evidence note of check-off ${statementId}`, checkoff.note, true]);
    }
  }
  for (const [label, text, multiline] of fields) {
    const problem = fieldProblem(label, text, multiline);
    if (problem) return `Trainee “${shownName(trainee.fullName)}”: ${problem}`;
  }
  return null;
}
