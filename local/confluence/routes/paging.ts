import { badRequest } from './errors';

/**
 * Cursor paging as Confluence v2 does it: an opaque `cursor`, `_links.next` holding the relative URL of the next
 * page, and the same URL in `Link: </wiki/api/v2/...?cursor=...>; rel="next", <base>; rel="base"`.
 * Our cursor is the last id returned (base64url), so pages stay stable while rows are added.
 */
export interface PageWindow {
  afterId: number;
  limit: number;
}

export function readLimit(query: URLSearchParams, defaultLimit = 25, maxLimit = 250): number {
  const limitText = query.get('limit');
  const limit = limitText === null ? defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) throw badRequest(`limit must be an integer between 1 and ${maxLimit}`);
  return limit;
}

export function readWindow(query: URLSearchParams, defaultLimit = 25, maxLimit = 250): PageWindow {
  const limit = readLimit(query, defaultLimit, maxLimit);
  const cursor = query.get('cursor');
  if (cursor === null || cursor === '') return { afterId: 0, limit };
  const decoded = /^after:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!decoded) throw badRequest('cursor is not valid');
  return { afterId: Number(decoded[1]), limit };
}

export interface PagedLinks {
  links: { next?: string; base: string };
  headers: Record<string, string>;
}

/** `rows` holds up to limit + 1 items: the extra one only proves there is a next page. */
export function pageLinks(path: string, query: URLSearchParams, lastId: number | undefined, hasMore: boolean, baseUrl: string): PagedLinks {
  const cursor = hasMore && lastId !== undefined ? Buffer.from(`after:${lastId}`, 'utf8').toString('base64url') : undefined;
  return cursorLinks(path, query, cursor, baseUrl);
}

/** The same links for any opaque cursor (undefined on the last page). */
export function cursorLinks(path: string, query: URLSearchParams, cursor: string | undefined, baseUrl: string): PagedLinks {
  const base = `${baseUrl}/wiki`;
  if (cursor === undefined) return { links: { base }, headers: { Link: `<${base}>; rel="base"` } };
  const nextQuery = new URLSearchParams(query);
  nextQuery.set('cursor', cursor);
  const next = `${path}?${nextQuery.toString()}`;
  return { links: { next, base }, headers: { Link: `<${next}>; rel="next", <${base}>; rel="base"` } };
}

/** Comma-separated or repeated query parameter (`id=1,2` or `id=1&id=2`). */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

export function idListParam(query: URLSearchParams, name: string, max: number): number[] {
  const values = listParam(query, name);
  if (values.length > max) throw badRequest(`${name} accepts at most ${max} values`);
  return values.map((v) => {
    if (!/^\d+$/.test(v)) throw badRequest(`${name} must be a list of numeric ids`);
    return Number(v);
  });
}
