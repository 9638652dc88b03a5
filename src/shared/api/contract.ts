import { z } from 'zod';
import type { Framework, FrameworkSummary } from '../framework/framework';
import type { CallName } from './callNames';
import type { ApiResult } from './errors';

export interface AppInfo {
  version: string;
  dataFolder: string;
  mode: 'desktop' | 'browser';
}

/** An entry of the contract: the input's zod schema, and the output's type (type-only, never read at run time). */
interface CallSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const call =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input });

const noInput = z.object({}).strict();
const frameworkIdInput = z.object({ id: z.string().min(1, 'Choose a framework.').max(200) }).strict();

/** The one API between renderer and main. Both transports (IPC and the browser bridge) serve exactly this. */
export const contract = {
  'app:info': call<AppInfo>()(noInput),
  'frameworks:list': call<FrameworkSummary[]>()(noInput),
  'frameworks:get': call<Framework>()(frameworkIdInput),
  'frameworks:import': call<FrameworkSummary>()(
    z
      .object({
        fileName: z.string().trim().min(1, 'The file has no name.').max(255, 'The file name is too long.'),
        text: z.string(),
      })
      .strict(),
  ),
  'frameworks:remove': call<{ removed: string }>()(frameworkIdInput),
} satisfies Record<CallName, CallSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;

/** What a service layer must provide: one async function per call. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallOutput<K>> };

/** The surface the preload exposes on window.trainplan: one function per call, nothing generic. */
export type IpcBridge = { [K in CallName]: (input: unknown) => Promise<ApiResult<unknown>> };
