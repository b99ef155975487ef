/**
 * Addresses inside the app ("/browse?domain=x", "/exam/abc"): parsing, matching against the route
 * table and writing them back. Pure, so the hash router in src/router only deals with the browser.
 */

export type Query = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string>>;

export interface RouteAddress {
  /** The path, always starting with "/", without its query. */
  readonly path: string;
  readonly query: Query;
  /** Path and query as written in the address bar after "#". */
  readonly fullPath: string;
}

export interface RouteMatch<R> extends RouteAddress {
  readonly record: R;
  readonly params: Params;
}

/** A record of the route table: a pattern such as "/exam/:id", whose ":name" parts become params. */
export interface RoutePattern {
  readonly path: string;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

// In a query, "+" stands for a space, as in a submitted form.
const decodeQuery = (part: string) => decode(part.replace(/\+/g, ' '));

const encode = (value: string) => encodeURIComponent(value);

/** Splits "/browse?domain=x&q=a%20b" into its path and decoded query; a malformed pair is dropped. */
export function parseAddress(address: string): RouteAddress {
  const at = address.indexOf('?');
  const rawPath = at < 0 ? address : address.slice(0, at);
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  // No prototype, so a key such as "__proto__" is just a key.
  const query = Object.create(null) as Record<string, string>;
  if (at >= 0) {
    for (const pair of address.slice(at + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = decodeQuery(eq < 0 ? pair : pair.slice(0, eq));
      const value = decodeQuery(eq < 0 ? '' : pair.slice(eq + 1));
      if (key && value !== null && !Object.hasOwn(query, key)) query[key] = value;
    }
  }
  return { path, query, fullPath: formatAddress(path, query) };
}

/** Writes a path and a query as one address; empty and undefined query values are left out. */
export function formatAddress(path: string, query: Readonly<Record<string, string | undefined>> = {}): string {
  const pairs = Object.entries(query)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${encode(k)}=${encode(v)}`);
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}

/** Fills a pattern's ":name" parts with encoded values, so an id with "/" or "?" stays one part. */
export function fillPattern(pattern: string, params: Params): string {
  return pattern.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The address ${pattern} needs a value for "${name}".`);
    return encode(value);
  });
}

/**
 * Finds the first record whose pattern matches the address's path, with its decoded params; null
 * when none does. A trailing slash is ignored, as people type one.
 */
export function matchAddress<R extends RoutePattern>(records: readonly R[], address: string): RouteMatch<R> | null {
  const { path: written, query } = parseAddress(address);
  const parts = written.split('/').filter(Boolean);
  const path = `/${parts.join('/')}`;
  for (const record of records) {
    const pattern = record.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((p, i) => {
      if (!p.startsWith(':')) return p === parts[i];
      const value = decode(parts[i]!);
      if (value === null) return false;
      params[p.slice(1)] = value;
      return true;
    });
    if (fits) return { record, params, path, query, fullPath: formatAddress(path, query) };
  }
  return null;
}

/**
 * How far Back or Forward a history move went, from the position the app stamped on each entry it
 * made. An entry without a stamp is one the browser made when the address was edited by hand, and
 * such an entry always comes right after the current one.
 */
export function historyDelta(from: number, state: unknown): number {
  const pos = positionOf(state);
  return pos === null ? 1 : pos - from;
}

/** The position stamped on a history entry's state, or null when it has none. */
export function positionOf(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const pos = (state as { pos?: unknown }).pos;
  return typeof pos === 'number' && Number.isInteger(pos) ? pos : null;
}
