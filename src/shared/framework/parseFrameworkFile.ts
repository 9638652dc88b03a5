import { ApiError } from '../api/errors';
import { fileKind, WRONG_FILE } from '../files/fileKind';
import { jsonShapeProblem } from '../json/jsonShape';
import { frameworkFileSchema, type FrameworkFile } from './frameworkFileSchema';
import { frameworkProblems } from './frameworkProblems';
import { fileTooLargeMessage, MAX_FRAMEWORK_FILE_BYTES } from './limits';

/** Where a JSON.parse error is, in line and column, for people who open the file in an editor. */
function jsonErrorLocation(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match?.[1]) return '';
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** `why`, when given, is said in the message itself; else the problems are listed beside it ("it has 3 problems"). */
function notAFramework(fileName: string, problems: ApiError['fields'], why?: string): ApiError {
  const what = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new ApiError(
    'invalid_framework',
    `“${fileName}” is not a framework Trainplan can use: ${why ?? `it has ${what}.`}`,
    problems,
  );
}

function wrongFile(fileName: string, sentence: string): ApiError {
  return new ApiError('invalid_framework', `“${fileName}”: ${sentence}`, []);
}

/**
 * Reads an uploaded framework export. Every rejection names the file and says, in plain words,
 * what is wrong and where, so the trainer can fix the file or ask for a new export.
 */
export function parseFrameworkFile(fileName: string, text: string): FrameworkFile {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FRAMEWORK_FILE_BYTES) {
    throw new ApiError('invalid_framework', fileTooLargeMessage(fileName, bytes), []);
  }
  // A picture, a PDF or a backup picked by mistake: say what the file is, not what a parser tripped on.
  const kind = fileKind(text);
  if (kind === 'not_json') throw wrongFile(fileName, WRONG_FILE.frameworkNotJson);
  if (kind === 'data') throw wrongFile(fileName, WRONG_FILE.dataGivenToFrameworkImport);
  // An export is UTF-8; U+FFFD means bytes were read as UTF-8 that were not (a file saved as Windows-1252).
  if (text.includes('\uFFFD')) {
    throw notAFramework(fileName, [
      {
        path: '',
        message:
          'The file is not UTF-8 text: some characters could not be read. Save it as UTF-8 (or export it again) and import it again.',
      },
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw notAFramework(fileName, [{ path: '', message: 'The file is empty.' }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw notAFramework(fileName, [
      { path: '', message: `The file is not valid JSON${jsonErrorLocation(body, detail)}: ${detail}` },
    ]);
  }
  const shape = jsonShapeProblem(json);
  if (shape) {
    // Said in the message: a file nested 10,000 deep or with "__proto__" has no field to point at.
    throw notAFramework(
      fileName,
      [{ path: '', message: `The file ${shape}.` }],
      `the file ${shape}. Export it again from the program that made it.`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw notAFramework(fileName, [
      {
        path: '',
        message:
          'The file holds JSON, but not a competency framework export (an object with occupation and framework).',
      },
    ]);
  }
  const parsed = frameworkFileSchema.safeParse(json);
  if (!parsed.success) throw notAFramework(fileName, frameworkProblems(parsed.error));
  return parsed.data;
}
