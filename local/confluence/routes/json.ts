import type { PageRow, PropertyRow, SpaceRow } from '../store/rows';
import { storageToAdf } from '../storage-to-adf';
import { badRequest } from './errors';

/** Body representations this emulator can produce (`view` is the storage XHTML as is: close enough for reading). */
export type BodyFormat = 'storage' | 'atlas_doc_format' | 'view';

export function readBodyFormat(query: URLSearchParams, allowed: readonly BodyFormat[]): BodyFormat | undefined {
  const value = query.get('body-format');
  if (value === null || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw badRequest(`body-format must be one of ${allowed.join(', ')}`);
  return value as BodyFormat;
}

function body(page: PageRow, format: BodyFormat | undefined): Record<string, { representation: string; value: string }> {
  if (!format) return {};
  // ADF travels as a JSON string inside `value`, exactly as Confluence sends it.
  const value = format === 'atlas_doc_format' ? JSON.stringify(storageToAdf(page.storage)) : page.storage;
  return { [format]: { representation: format, value } };
}

function pageLinks(page: PageRow): { webui: string; editui: string; tinyui: string } {
  const slug = encodeURIComponent(page.title.replace(/\s+/g, '+')).replace(/%2B/g, '+');
  return {
    webui: `/spaces/${page.space_key}/pages/${page.id}/${slug}`,
    editui: `/pages/resumedraft.action?draftId=${page.id}`,
    tinyui: `/x/${Buffer.from(String(page.id)).toString('base64url')}`,
  };
}

/** `PageBulk` (list items). `parentId` is left out for top-level pages: the spec types it as a non-null string. */
export function pageJson(page: PageRow, format: BodyFormat | undefined): Record<string, unknown> {
  return {
    id: String(page.id),
    status: page.status,
    title: page.title,
    spaceId: String(page.space_id),
    ...(page.parent_id !== null ? { parentId: String(page.parent_id), parentType: 'page' } : {}),
    position: null,
    authorId: page.author_id,
    ownerId: page.owner_id,
    lastOwnerId: null,
    createdAt: page.created_at,
    version: {
      createdAt: page.version_at,
      message: page.version_message,
      number: page.version_number,
      minorEdit: page.minor_edit === 1,
      authorId: page.version_author,
    },
    body: body(page, format),
    _links: pageLinks(page),
  };
}

/** `PageSingle` plus `_links.base`, as GET /pages/{id} and POST /pages answer. */
export function singlePageJson(page: PageRow, format: BodyFormat | undefined, baseUrl: string): Record<string, unknown> {
  const bulk = pageJson(page, format);
  return { ...bulk, _links: { ...(bulk._links as object), base: `${baseUrl}/wiki` } };
}

export function spaceJson(space: SpaceRow): Record<string, unknown> {
  return {
    id: String(space.id),
    key: space.key,
    name: space.name,
    type: space.type,
    status: space.status,
    authorId: space.author_id,
    createdAt: space.created_at,
    ...(space.homepage_id !== null ? { homepageId: String(space.homepage_id) } : {}),
    description: { plain: { representation: 'plain', value: space.description } },
    _links: { webui: `/spaces/${space.key}` },
  };
}

export function propertyJson(p: PropertyRow): Record<string, unknown> {
  return {
    id: String(p.id),
    key: p.key,
    value: JSON.parse(p.value_json) as unknown,
    version: {
      createdAt: p.version_at,
      message: p.version_message,
      number: p.version_number,
      minorEdit: false,
      authorId: p.version_author,
    },
  };
}
