/**
 * The renderer is always served from app://bundle, in development and in production.
 *
 * Why a fixed custom origin: IndexedDB is keyed by origin. Loading from file:// (whose origin has
 * changed between Electron versions and can differ by install path) or from a dev-server port
 * would strand a person's history in a database the next version cannot see. With one origin for
 * every build and version, the data always belongs to the same origin. In development the handler
 * proxies to the Vite dev server instead of reading files, so even dev keeps the same origin.
 */
import { net, protocol } from 'electron';
import { join, normalize, sep, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when url belongs to the app's origin. Node's URL reports origin "null" for custom schemes,
 * so the scheme and host are compared instead of `.origin`.
 */
export function isAppOrigin(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before the app is ready: makes app:// a standard, secure origin with IndexedDB and fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Maps a request URL to a file inside root, or null when it would escape root or is foreign. */
export function resolveAppPath(root: string, url: string): string | null {
  const u = new URL(url);
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  const rel = decodeURIComponent(u.pathname).replace(/^\/+/, '') || 'index.html';
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return full;
}

/** Serves app:// from the built renderer folder, or proxies it to the dev server in development. */
export function serveAppScheme(rendererDir: string, devServerUrl?: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (devServerUrl) {
      const u = new URL(request.url);
      return net.fetch(new URL(u.pathname + u.search, devServerUrl).toString());
    }
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!res || !res.ok) return new Response('Not found', { status: 404 });
    return new Response(res.body, { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } });
  });
}
