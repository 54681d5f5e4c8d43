import type { PageRow } from '../store/rows';
import { badRequest } from './errors';
import { cursorLinks, readLimit, type PagedLinks } from './paging';

/**
 * Keyset paging over pages in any of the v2 sort orders (`title`, `-modified-date`...). The cursor carries the sort
 * value and id of the last row returned, so the next page starts right after it even when rows were added or removed
 * in between (an offset would skip or repeat rows).
 */
export type PageSortField = 'id' | 'created-date' | 'modified-date' | 'title' | 'child-position';

type SortValue = string | number;

/** Pages carry no explicit position here, so `child-position` is creation order (what Confluence shows for unsorted trees). */
function valueOf(page: PageRow, field: PageSortField): SortValue {
  switch (field) {
    case 'created-date':
      return page.created_at;
    case 'modified-date':
      return page.version_at;
    case 'title':
      return page.title;
    default:
      return page.id;
  }
}

export interface PageSort {
  field: PageSortField;
  descending: boolean;
}

/** `sort=title` or `sort=-title`, among the values the operation's spec enum allows. */
export function readPageSort(query: URLSearchParams, allowed: readonly PageSortField[], fallback: PageSortField): PageSort {
  const raw = query.get('sort');
  if (raw === null || raw === '') return { field: fallback, descending: false };
  const descending = raw.startsWith('-');
  const field = (descending ? raw.slice(1) : raw) as PageSortField;
  if (!allowed.includes(field)) throw badRequest(`sort must be one of ${allowed.flatMap((f) => [f, `-${f}`]).join(', ')}`);
  return { field, descending };
}

type Key = [SortValue, number];

const compareValues = (a: SortValue, b: SortValue): number => (a < b ? -1 : a > b ? 1 : 0);

function compareKeys(a: Key, b: Key, descending: boolean): number {
  const order = compareValues(a[0], b[0]) || a[1] - b[1];
  return descending ? -order : order;
}

function decodeCursor(cursor: string | null): Key | undefined {
  if (cursor === null || cursor === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && ['string', 'number'].includes(typeof parsed[0]) && Number.isInteger(parsed[1])) {
      return [parsed[0] as SortValue, parsed[1] as number];
    }
  } catch {
    /* falls through to the 400 */
  }
  throw badRequest('cursor is not valid');
}

const encodeCursor = (key: Key): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export interface SortedPage {
  results: PageRow[];
  paging: PagedLinks;
}

/** One page of `rows` (all the rows that match) in `sort` order, after the request's cursor, with its next links. */
export function sortedPage(rows: PageRow[], sort: PageSort, path: string, query: URLSearchParams, baseUrl: string): SortedPage {
  const limit = readLimit(query);
  const after = decodeCursor(query.get('cursor'));
  const keyed = rows.map((row) => ({ row, key: [valueOf(row, sort.field), row.id] as Key }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, sort.descending));
  const remaining = after ? keyed.filter((k) => compareKeys(k.key, after, sort.descending) > 0) : keyed;
  const slice = remaining.slice(0, limit);
  const last = slice[slice.length - 1];
  const cursor = remaining.length > limit && last ? encodeCursor(last.key) : undefined;
  return { results: slice.map((k) => k.row), paging: cursorLinks(path, query, cursor, baseUrl) };
}
