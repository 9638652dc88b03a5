import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendererDir } from '../appPaths';

/** Where the window's page comes from, and which URLs are that page (anything else is refused). */
export interface RendererLocation {
  load: { file: string } | { url: string };
  isOwnPage: (url: string) => boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The built page, or electron-vite's dev server when it says so; never the dev server in a packaged
 * app, where the variable could point the window at anything. Own pages are matched by origin (dev)
 * or by the exact file (built): a prefix test would let `http://localhost:5173.example.com` or a
 * sibling file through.
 */
export function rendererLocation(root: string, env: NodeJS.ProcessEnv, isPackaged: boolean): RendererLocation {
  const devUrl = isPackaged ? undefined : parse(env.ELECTRON_RENDERER_URL ?? '');
  if (devUrl && (devUrl.protocol === 'http:' || devUrl.protocol === 'https:')) {
    return {
      load: { url: devUrl.href },
      isOwnPage: (url) => parse(url)?.origin === devUrl.origin,
    };
  }
  const file = join(rendererDir(root), 'index.html');
  const page = pathToFileURL(file);
  return {
    load: { file },
    isOwnPage: (url) => {
      const target = parse(url);
      return target?.protocol === 'file:' && target.pathname === page.pathname;
    },
  };
}
