import type { RouteRequest, RouteResponse } from '../../http/types';
import { findPage } from '../store/pages';
import { requireAuthenticated, requireRead, requireWrite } from './access';
import { readStorage } from './create-page';
import { badRequest, confluenceError, notFound } from './errors';
import { singlePageJson } from './json';
import { pathParam } from '../../http/path-param';
import { valueText } from '../../shared/value-text';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * PUT /wiki/api/v2/pages/{id}: a new version of a current page (title and storage body). `version.number` must be
 * the current number + 1, as on Confluence; anything else is 409 and changes nothing. Moves and status changes
 * are not emulated and are refused with a clear 400.
 */
export function updatePage(req: RouteRequest): RouteResponse {
  const authorId = requireAuthenticated(req.principal);
  const id = Number(pathParam(req, 'id'));
  const page = Number.isSafeInteger(id) ? findPage(req.db, id) : undefined;
  if (!page || page.status !== 'current') throw notFound();
  requireRead(req.db, req.principal, page.space_key);
  requireWrite(req.db, req.principal, page.space_key);
  const body = req.body;
  if (!isRecord(body)) throw badRequest('The request body must be a JSON object');
  if (body.id !== String(page.id)) throw badRequest(`id must be the page id '${page.id}'`);
  if (body.status !== 'current') throw badRequest("status must be 'current' (status changes are not emulated)");
  if (typeof body.title !== 'string' || body.title.trim() === '' || body.title.length > 255)
    throw badRequest('title is required (1 to 255 characters)');
  if (body.parentId !== undefined && valueText(body.parentId) !== String(page.parent_id))
    throw badRequest('moving a page is not emulated: leave parentId out');
  const version = isRecord(body.version) ? body.version : undefined;
  if (!version || !Number.isInteger(version.number)) throw badRequest('version.number is required');
  const storage = readStorage(body.body);
  const expected = page.version_number + 1;
  if (version.number !== expected) {
    throw confluenceError(409, 'Conflict', `Version must be incremented on update. Current version is: ${page.version_number}`);
  }
  const title = body.title.trim();
  const taken = req.db
    .prepare("SELECT 1 FROM conf_pages WHERE space_id = ? AND title = ? AND status = 'current' AND id <> ?")
    .get(page.space_id, title, page.id);
  if (taken) throw badRequest('A page with this title already exists: A page already exists with the same TITLE in this space');
  const message = typeof version.message === 'string' ? version.message : '';
  req.db.transaction(() => {
    req.db.prepare('UPDATE conf_pages SET title = ? WHERE id = ?').run(title, page.id);
    // The primary key (page_id, number) makes two concurrent updates of the same version collide.
    req.db
      .prepare('INSERT INTO conf_page_versions (page_id, number, storage, author_id, created_at, message) VALUES (?, ?, ?, ?, ?, ?)')
      .run(page.id, expected, storage, authorId, new Date().toISOString(), message);
  })();
  const updated = findPage(req.db, page.id);
  if (!updated) throw new Error(`page ${page.id} vanished after update`);
  return { status: 200, body: singlePageJson(updated, 'storage', req.baseUrl), cost: { objects: 1 } };
}
