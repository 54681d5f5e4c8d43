import type { Database } from '../../db/sqlite';
import { labelsByPage } from '../store/labels';
import { listPages } from '../store/pages';
import type { PageRow } from '../store/rows';
import { plainText, type CqlContent } from './content';

/** Ancestors nearest first, from the parent links of every page (a page tree has no cycles). */
function ancestorsOf(page: PageRow, parents: Map<number, number | null>): number[] {
  const chain: number[] = [];
  for (let up = page.parent_id; up !== null && !chain.includes(up); up = parents.get(up) ?? null) chain.push(up);
  return chain;
}

export interface SearchableContent {
  content: CqlContent;
  page: PageRow;
}

/**
 * The current pages of the given spaces as CQL sees them (CQL searches current content unless asked otherwise;
 * the emulator does not search drafts, archived or trashed pages).
 */
export function loadSearchableContent(db: Database, spaceIds: number[]): SearchableContent[] {
  if (spaceIds.length === 0) return [];
  const pages = listPages(db, { spaceIds, statuses: ['current'] });
  const all = listPages(db, { spaceIds, statuses: ['current', 'archived', 'draft', 'trashed'] });
  const parents = new Map(all.map((p) => [p.id, p.parent_id] as const));
  const labels = labelsByPage(db);
  return pages.map((page) => ({
    page,
    content: {
      id: page.id,
      type: 'page',
      spaceId: page.space_id,
      spaceKey: page.space_key,
      title: page.title,
      text: plainText(page.storage),
      labels: labels.get(page.id) ?? [],
      parentId: page.parent_id,
      ancestors: ancestorsOf(page, parents),
      creator: page.author_id,
      createdMs: Date.parse(page.created_at),
      modifiedMs: Date.parse(page.version_at),
    },
  }));
}
