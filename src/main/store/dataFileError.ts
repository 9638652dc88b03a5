export type DataFileProblem = 'unreadable' | 'empty' | 'not_json' | 'not_utf8' | 'invalid' | 'newer_version';

/** The data file cannot be used as it is. It is never overwritten; start-up stops and says why. */
export class DataFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    readonly file: string,
    readonly detail: string,
  ) {
    super(`Trainplan cannot open its data file ${file}: ${detail} The file has been left exactly as it was.`);
    this.name = 'DataFileError';
  }
}
