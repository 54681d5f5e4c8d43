import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import type { PageRow } from '../store/rows';
import { findPage } from '../store/pages';
import { deleteProperty, findProperty, findPropertyByKey, insertProperty, listProperties, updateProperty } from '../store/properties';
import { requireAuthenticated, requireRead, requireWrite } from './access';
import { badRequest, confluenceError, notFound } from './errors';
import { propertyJson } from './json';
import { pageLinks, readWindow } from './paging';
import { parsePageId } from './pages';
import { pathParam } from '../../http/path-param';

/** Content property values are JSON; Confluence caps them at 32 KB. */
const MAX_VALUE_BYTES = 32 * 1024;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function visiblePage(req: RouteRequest, access: 'read' | 'write'): PageRow {
  requireAuthenticated(req.principal);
  const page = findPage(req.db, parsePageId(pathParam(req, 'page-id')));
  if (!page || page.status === 'deleted' || page.status === 'trashed') throw notFound();
  if (access === 'write') requireWrite(req.db, req.principal, page.space_key);
  else requireRead(req.db, req.principal, page.space_key);
  return page;
}

function propertyId(req: RouteRequest): number {
  const raw = pathParam(req, 'property-id');
  if (!/^\d+$/.test(raw)) throw badRequest('property-id must be a number');
  return Number(raw);
}

function readValue(body: Record<string, unknown>): string {
  if (!('value' in body)) throw badRequest('value is required');
  const json = JSON.stringify(body.value);
  if (Buffer.byteLength(json, 'utf8') > MAX_VALUE_BYTES) throw badRequest(`value must be at most ${MAX_VALUE_BYTES} bytes of JSON`);
  return json;
}

function readKey(body: Record<string, unknown>): string {
  const { key } = body;
  if (typeof key !== 'string' || key.trim().length === 0) throw badRequest('key is required');
  if (key.length > 255) throw badRequest('key must be at most 255 characters');
  return key;
}

/** GET /wiki/api/v2/pages/{page-id}/properties */
function list(req: RouteRequest): RouteResponse {
  const page = visiblePage(req, 'read');
  const window = readWindow(req.query);
  const rows = listProperties(req.db, page.id, req.query.get('key') ?? undefined, window.afterId, window.limit + 1);
  const results = rows.slice(0, window.limit);
  const paging = pageLinks(req.path, req.query, results[results.length - 1]?.id, rows.length > window.limit, req.baseUrl);
  return {
    status: 200,
    body: { results: results.map(propertyJson), _links: paging.links },
    headers: paging.headers,
    cost: { objects: results.length },
  };
}

/** POST /wiki/api/v2/pages/{page-id}/properties: a key exists once per page (a second create is a conflict). */
function create(req: RouteRequest): RouteResponse {
  const page = visiblePage(req, 'write');
  if (!isRecord(req.body)) throw badRequest('The request body must be a JSON object');
  const key = readKey(req.body);
  const valueJson = readValue(req.body);
  if (findPropertyByKey(req.db, page.id, key))
    throw confluenceError(409, 'Conflict', `A property with key '${key}' already exists on page ${page.id}`);
  const authorId = requireAuthenticated(req.principal);
  const id = req.db.transaction(() => insertProperty(req.db, page.id, key, valueJson, authorId, new Date().toISOString()))();
  const row = findProperty(req.db, page.id, id);
  if (!row) throw new Error(`property ${id} vanished after insert`);
  return { status: 200, body: propertyJson(row), cost: { objects: 1 } };
}

/** GET /wiki/api/v2/pages/{page-id}/properties/{property-id} */
function getOne(req: RouteRequest): RouteResponse {
  const page = visiblePage(req, 'read');
  const row = findProperty(req.db, page.id, propertyId(req));
  if (!row) throw notFound();
  return { status: 200, body: propertyJson(row), cost: { objects: 1 } };
}

/**
 * PUT /wiki/api/v2/pages/{page-id}/properties/{property-id}: optimistic concurrency. `version.number` must be
 * the stored number + 1; anything else is 409 and changes nothing (the UPDATE also re-checks the stored number).
 */
function update(req: RouteRequest): RouteResponse {
  const page = visiblePage(req, 'write');
  const id = propertyId(req);
  const current = findProperty(req.db, page.id, id);
  if (!current) throw notFound();
  if (!isRecord(req.body)) throw badRequest('The request body must be a JSON object');
  const { version } = req.body;
  if (!isRecord(version) || !Number.isInteger(version.number)) throw badRequest('version.number is required and must be an integer');
  if (version.message !== undefined && typeof version.message !== 'string') throw badRequest('version.message must be a string');
  if (req.body.key !== undefined && req.body.key !== current.key) throw badRequest('The key of a content property cannot be changed');
  const valueJson = readValue(req.body);
  const wanted = version.number as number;
  const conflict = (): never => {
    throw confluenceError(
      409,
      'Conflict',
      `Version must be incremented on update. Current version is: ${current.version_number}, sent: ${wanted}`,
    );
  };
  if (wanted !== current.version_number + 1) conflict();
  const authorId = requireAuthenticated(req.principal);
  const written = req.db.transaction(() =>
    updateProperty(req.db, id, current.version_number, {
      valueJson,
      versionNumber: wanted,
      message: typeof version.message === 'string' ? version.message : '',
      authorId,
      at: new Date().toISOString(),
    }),
  )();
  if (!written) conflict();
  const row = findProperty(req.db, page.id, id);
  if (!row) throw notFound();
  return { status: 200, body: propertyJson(row), cost: { objects: 1 } };
}

/** DELETE /wiki/api/v2/pages/{page-id}/properties/{property-id} */
function remove(req: RouteRequest): RouteResponse {
  const page = visiblePage(req, 'write');
  const row = findProperty(req.db, page.id, propertyId(req));
  if (!row) throw notFound();
  req.db.transaction(() => deleteProperty(req.db, row.id))();
  return { status: 204 };
}

export function pagePropertyRoutes(): Route[] {
  const base = '/wiki/api/v2/pages/{page-id}/properties';
  return [
    { method: 'GET', pattern: base, handler: list },
    { method: 'POST', pattern: base, handler: create },
    { method: 'GET', pattern: `${base}/{property-id}`, handler: getOne },
    { method: 'PUT', pattern: `${base}/{property-id}`, handler: update },
    { method: 'DELETE', pattern: `${base}/{property-id}`, handler: remove },
  ];
}
