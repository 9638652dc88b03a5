import type { z } from 'zod';
import { isCallName, type CallName } from '../../shared/api/callNames';
import { contract, type Handlers } from '../../shared/api/contract';
import { ApiError, type ApiFailure, type ApiResult, type FieldProblem } from '../../shared/api/errors';
import { jsonShapeProblem } from '../../shared/json/jsonShape';
import { DISK_ERRORS, diskErrorMessage } from './diskErrorMessage';

export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

function inputProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    // Our schemas' messages name the field in words; the path is for the form to put it beside the field.
    return { path: issue.path.map(String).join('.'), message: issue.message };
  });
}

function toFailure(name: CallName, error: unknown): ApiFailure {
  if (error instanceof ApiError) return error.toFailure();
  // A report the trainer cancelled: not a fault, and nothing to log.
  if (error instanceof Error && error.name === 'AbortError') {
    return { code: 'conflict', message: 'The report was cancelled.', fields: [] };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code in DISK_ERRORS) {
    return {
      code: 'storage_failed',
      message: diskErrorMessage(name, code),
      fields: [],
    };
  }
  return {
    code: 'internal',
    message:
      'Something went wrong inside Trainplan and the action was not completed. Your saved records are unchanged.',
    fields: [],
  };
}

/**
 * The single entry point both transports use: checks the call name, parses the untrusted input with
 * the contract's zod schema, runs the service, and turns every outcome into an ApiResult.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return {
        ok: false,
        error: { code: 'unknown_call', message: 'Trainplan does not know that action.', fields: [] },
      };
    }
    // Before zod walks it: an input nested thousands deep must not overflow the stack.
    const shape = jsonShapeProblem(input);
    if (shape) {
      return { ok: false, error: { code: 'invalid_input', message: `The request ${shape}.`, fields: [] } };
    }
    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) {
      const fields = inputProblems(parsed.error);
      return {
        ok: false,
        error: { code: 'invalid_input', message: fields.map((f) => f.message).join(' '), fields },
      };
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const failure = toFailure(name, error);
      if (failure.code === 'internal' || failure.code === 'storage_failed') log(error);
      return { ok: false, error: failure };
    }
  };
}
