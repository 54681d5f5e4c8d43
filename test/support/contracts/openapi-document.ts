import { readFileSync } from 'node:fs';

/** The parts of an OpenAPI 3.0 document the validator reads. Schemas stay opaque JSON. */
export type JsonObject = { [key: string]: unknown };

export interface OpenApiMediaType {
  schema?: JsonObject;
}

export interface OpenApiContent {
  content?: Record<string, OpenApiMediaType>;
  $ref?: string;
}

export interface OpenApiOperation {
  operationId?: string;
  requestBody?: OpenApiContent;
  responses?: Record<string, OpenApiContent>;
}

export interface OpenApiDocument extends JsonObject {
  paths: Record<string, Record<string, unknown>>;
  components?: JsonObject;
}

/** Which side of the exchange a schema copy checks: OpenAPI's `readOnly`/`writeOnly` make `required` side-specific. */
export type Direction = 'request' | 'response';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readOpenApi(file: string): OpenApiDocument {
  const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(doc) || !isObject(doc.paths)) throw new Error(`${file} is not an OpenAPI document`);
  return doc as OpenApiDocument;
}

/** `{a-b}` and `{c}` compare equal: used to tell "wrong parameter name" from "no such path". */
export const shapeOf = (pattern: string): string => pattern.replace(/\{[^}]+\}/g, '{}');

export function findOperation(doc: OpenApiDocument, specPath: string, method: string): OpenApiOperation | undefined {
  const item = doc.paths[specPath];
  if (!isObject(item)) return undefined;
  const op = item[method.toLowerCase()];
  return HTTP_METHODS.has(method.toLowerCase()) && isObject(op) ? op : undefined;
}

/** Spec paths with the same shape as `specPath` (for a helpful message when parameter names differ). */
export function sameShapePaths(doc: OpenApiDocument, specPath: string): string[] {
  const shape = shapeOf(specPath);
  return Object.keys(doc.paths).filter((p) => p !== specPath && shapeOf(p) === shape);
}

/** Follows a local `#/components/...` reference (request bodies and responses may be references). */
export function resolveLocalRef<T>(doc: OpenApiDocument, value: T & { $ref?: string }): T | undefined {
  if (!value.$ref) return value;
  const target = pointerGet(doc, value.$ref.replace(/^#/, ''));
  return isObject(target) ? (target as T) : undefined;
}

export function pointerGet(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export const escapePointer = (part: string): string => part.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Rewrites a parsed spec, in place, into something JSON Schema (ajv) judges the way OpenAPI 3.0 means it:
 * - `required` drops properties that do not travel in this direction (`readOnly` in requests, `writeOnly` in responses);
 * - `nullable` with an `enum` gets `null` in the enum (ajv rejects the combination otherwise);
 * - `oneOf` becomes `anyOf`: Atlassian lists alternatives that are not mutually exclusive (e.g. Confluence's page
 *   body is `oneOf [PageBodyWrite, PageNestedBodyWrite]`, which every body matches twice), so exact-one would
 *   reject real payloads.
 */
export function adaptForDirection(doc: OpenApiDocument, direction: Direction): OpenApiDocument {
  const skip = direction === 'request' ? 'readOnly' : 'writeOnly';
  const isSkipped = (prop: unknown): boolean => {
    if (!isObject(prop)) return false;
    if (prop[skip] === true) return true;
    if (typeof prop.$ref === 'string') {
      const target = pointerGet(doc, prop.$ref.replace(/^#/, ''));
      return isObject(target) && target[skip] === true;
    }
    return false;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    if (Array.isArray(node.required) && isObject(node.properties)) {
      const props = node.properties;
      node.required = node.required.filter((name) => typeof name !== 'string' || !isSkipped(props[name]));
    }
    if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    if (Array.isArray(node.oneOf)) {
      node.anyOf = node.oneOf;
      delete node.oneOf;
    }
    for (const key of Object.keys(node)) if (key !== 'example' && key !== 'examples') visit(node[key]);
  };
  visit(doc);
  return doc;
}
