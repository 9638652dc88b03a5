import type { CallName } from '../../../shared/api/callNames';
import type { ApiResult } from '../../../shared/api/errors';
import { decodeAnswer, encodeForWire } from '../../../shared/api/wire';

export type Transport = (name: CallName, input: unknown) => Promise<ApiResult<unknown>>;

const TOKEN_KEY = 'trainplan.token';

/** The bridge prints a URL with ?token=…; keep it for this tab and take it out of the address bar. */
function bridgeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(): Transport {
  const token = bridgeToken() ?? '';
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-trainplan-token': token },
        body: JSON.stringify(encodeForWire(input ?? {})),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Trainplan is not reachable. Check that it is still running (npm run web), then reload this page.',
          fields: [],
        },
      };
    }
    return decodeAnswer(name, await response.json()) as ApiResult<unknown>;
  };
}

function ipcTransport(bridge: NonNullable<Window['trainplan']>): Transport {
  return (name, input) => bridge[name](input);
}

export const transport: Transport = window.trainplan ? ipcTransport(window.trainplan) : httpTransport();
export const isDesktop = window.trainplan !== undefined;
