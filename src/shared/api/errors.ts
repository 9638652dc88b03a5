export type ApiErrorCode =
  | 'invalid_input'
  | 'invalid_framework'
  | 'already_exists'
  | 'not_found'
  | 'in_use'
  | 'conflict'
  | 'read_only'
  | 'storage_failed'
  | 'unknown_call'
  /** The call came from somewhere other than the Trainplan window (another window, a frame inside it). */
  | 'forbidden'
  /** This way of running Trainplan cannot do it (a save dialog in the browser mode). */
  | 'unsupported'
  | 'internal';

/** One thing wrong with the input: where (a dotted path) and what, in words a trainer understands. */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
  fields: FieldProblem[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** Thrown by services for a failure the user should see; transports turn it into an ApiFailure. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toFailure(): ApiFailure {
    return { code: this.code, message: this.message, fields: this.fields };
  }

  static fromFailure(failure: ApiFailure): ApiError {
    return new ApiError(failure.code, failure.message, failure.fields);
  }
}
