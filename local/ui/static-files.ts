import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { HttpError, type RouteResponse } from '../http/types';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const notFound = (message = 'Not found'): HttpError => new HttpError(404, { errorMessages: [message], errors: {} });

/**
 * Joins URL segments under `root`, refusing anything that could leave it. Segments arrive URI-decoded,
 * so `%2e%2e` and `%2f` are already `..` and `/` here.
 */
export function safeJoin(root: string, segments: string[]): string {
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || /[\\/\0]/.test(s)) throw notFound();
  }
  const base = resolve(root);
  const file = resolve(base, ...segments);
  if (file !== base && !file.startsWith(base + sep)) throw notFound();
  return file;
}

export function contentTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads a regular file, or throws a 404 (directories and missing files alike). */
export function readStatic(file: string): Buffer {
  if (!existsSync(file) || !statSync(file).isFile()) throw notFound();
  return readFileSync(file);
}

export function fileResponse(file: string, headers: Record<string, string> = {}): RouteResponse {
  return { status: 200, raw: readStatic(file), contentType: contentTypeFor(file), headers: { 'Cache-Control': 'no-cache', ...headers } };
}

export const BRIDGE_TAG = '<script src="/local/ui/bridge.js"></script>';

/** Puts the bridge script first in <head>, so `@forge/bridge` finds `__bridge` when the app bundle loads. */
export function injectBridge(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${BRIDGE_TAG}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${BRIDGE_TAG}${html.slice(at)}`;
}
