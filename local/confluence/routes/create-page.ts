import type { RouteRequest, RouteResponse } from '../../http/types';
import { findPage, insertPage, titleTaken } from '../store/pages';
import { findSpace } from '../store/spaces';
import { requireAuthenticated, requireWrite } from './access';
import { badRequest, notFound } from './errors';
import { singlePageJson } from './json';

interface CreatePageInput {
  spaceId: number;
  title: string;
  status: 'current' | 'draft';
  parentId?: number;
  storage: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The body comes flat (`{representation, value}`) or nested (`{storage: {representation, value}}`). */
export function readStorage(body: unknown): string {
  if (body === undefined) return '';
  if (!isRecord(body)) throw badRequest('body must be an object');
  const flat = typeof body.representation === 'string' ? body : undefined;
  const nestedKey = ['storage', 'atlas_doc_format', 'wiki'].find((k) => isRecord(body[k]));
  const write = flat ?? (nestedKey ? { representation: nestedKey, ...(body[nestedKey] as Record<string, unknown>) } : undefined);
  if (!write) throw badRequest('body must carry a representation and a value');
  if (write.representation !== 'storage') {
    throw badRequest(`body representation '${String(write.representation)}' is not supported by the local emulator; send 'storage'`);
  }
  if (typeof write.value !== 'string') throw badRequest('body.value must be a string');
  return write.value;
}

function readInput(raw: unknown): CreatePageInput {
  if (!isRecord(raw)) throw badRequest('The request body must be a JSON object');
  const { spaceId, title, status = 'current', parentId } = raw;
  if (typeof spaceId !== 'string' || !/^\d+$/.test(spaceId)) throw badRequest('spaceId is required and must be a numeric string');
  if (status !== 'current' && status !== 'draft') throw badRequest("status must be 'current' or 'draft'");
  if (title !== undefined && typeof title !== 'string') throw badRequest('title must be a string');
  const cleanTitle = (title ?? '').trim();
  if (status === 'current' && cleanTitle.length === 0) throw badRequest('title is required for a published page');
  if (cleanTitle.length > 255) throw badRequest('title must be at most 255 characters');
  if (parentId !== undefined && (typeof parentId !== 'string' || !/^\d+$/.test(parentId)))
    throw badRequest('parentId must be a numeric string');
  return {
    spaceId: Number(spaceId),
    title: cleanTitle,
    status,
    parentId: parentId === undefined ? undefined : Number(parentId),
    storage: readStorage(raw.body),
  };
}

/** POST /wiki/api/v2/pages: validate everything, then write page + version 1 in one transaction. */
export function createPage(req: RouteRequest): RouteResponse {
  const authorId = requireAuthenticated(req.principal);
  const input = readInput(req.body);
  const space = findSpace(req.db, input.spaceId);
  if (!space) throw notFound();
  requireWrite(req.db, req.principal, space.key);
  const rootLevel = req.query.get('root-level') === 'true';
  if (rootLevel && input.parentId !== undefined) throw badRequest('parentId cannot be set when root-level is true');
  let parentId: number | null = rootLevel ? null : space.homepage_id;
  if (input.parentId !== undefined) {
    const parent = findPage(req.db, input.parentId);
    if (!parent || parent.space_id !== space.id) throw badRequest(`parentId ${input.parentId} is not a page of space ${space.key}`);
    parentId = parent.id;
  }
  if (input.status === 'current' && titleTaken(req.db, space.id, input.title)) {
    throw badRequest(`A page with this title already exists: A page already exists with the same TITLE in this space`);
  }
  const createdAt = new Date().toISOString();
  const id = req.db.transaction(() =>
    insertPage(req.db, {
      spaceId: space.id,
      parentId,
      title: input.title,
      status: input.status,
      authorId,
      createdAt,
      storage: input.storage,
    }),
  )();
  const page = findPage(req.db, id);
  if (!page) throw new Error(`page ${id} vanished after insert`);
  return { status: 200, body: singlePageJson(page, 'storage', req.baseUrl), cost: { objects: 1 } };
}
