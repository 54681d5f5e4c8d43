import { existsSync } from 'node:fs';
import {
  adaptForDirection,
  escapePointer,
  findOperation,
  readOpenApi,
  resolveLocalRef,
  sameShapePaths,
  type Direction,
  type OpenApiContent,
  type OpenApiDocument,
  type OpenApiOperation,
} from './openapi-document';
import { registerDocument } from './schema-compiler';

/** One Atlassian product's spec, as the validator needs it. */
export interface ProductContract {
  name: 'jira' | 'confluence' | 'confluence-v1';
  /** URL prefix of the emulator routes (`/rest/api/3`, `/wiki/api/v2`, `/wiki/rest/api`). */
  urlPrefix: string;
  /** What the spec's paths start with once the server URL is stripped (`/rest/api/3` for Jira, empty for Confluence v2). */
  specPrefix: string;
  /** Is this body the product's generic error shape (accepted for undocumented error statuses)? */
  isGenericError(body: unknown): boolean;
  lookup(pattern: string, method: string): OperationLookup;
  /** The ajv `$ref` of a schema in this spec, for the request or response side. */
  schemaRef(direction: Direction, pointer: string): string;
}

export type OperationLookup =
  { ok: true; operation: OpenApiOperation; specPath: string; method: string; document: OpenApiDocument } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Jira's `ErrorCollection`: `{errorMessages: string[], errors: {field: message}}` (either part may be left out). */
const isJiraError = (body: unknown): boolean =>
  isRecord(body) &&
  (Array.isArray(body.errorMessages) || isRecord(body.errors)) &&
  (body.errorMessages === undefined || Array.isArray(body.errorMessages)) &&
  (body.errors === undefined || isRecord(body.errors));

/** Confluence v2: `{errors: [{status, code, title, detail}]}`. */
const isConfluenceError = (body: unknown): boolean =>
  isRecord(body) && Array.isArray(body.errors) && body.errors.every((e) => isRecord(e) && typeof e.status === 'number');

/** Confluence v1 (`/wiki/rest/api`): `{statusCode, data: {...}, message}`. */
const isConfluenceV1Error = (body: unknown): boolean =>
  isRecord(body) && typeof body.statusCode === 'number' && typeof body.message === 'string';

function loadProduct(
  name: ProductContract['name'],
  file: string,
  urlPrefix: string,
  specPrefix: string,
  isGenericError: (body: unknown) => boolean,
): ProductContract | undefined {
  if (!existsSync(file)) return undefined;
  // Parsed once for lookups; request/response copies are parsed again lazily (they are rewritten in place).
  const document = readOpenApi(file);
  const registered = new Set<Direction>();
  const idFor = (direction: Direction): string => `${name}-${direction}.openapi.json`;
  return {
    name,
    urlPrefix,
    specPrefix,
    isGenericError,
    lookup(pattern, method) {
      const specPath = specPrefix + pattern.slice(urlPrefix.length);
      const operation = findOperation(document, specPath, method);
      if (operation) return { ok: true, operation, specPath, method: method.toLowerCase(), document };
      const similar = sameShapePaths(document, specPath).filter((p) => findOperation(document, p, method));
      const hint =
        similar.length > 0 ? ` (the spec names it ${similar.map((p) => urlPrefix + p.slice(specPrefix.length)).join(' or ')})` : '';
      return { ok: false, reason: `the ${name} spec has no operation ${method.toUpperCase()} ${specPath}${hint}` };
    },
    schemaRef(direction, pointer) {
      const id = idFor(direction);
      if (!registered.has(direction)) {
        registerDocument(id, adaptForDirection(readOpenApi(file), direction));
        registered.add(direction);
      }
      return `${id}#${pointer}`;
    },
  };
}

export interface Products {
  jira?: ProductContract;
  confluence?: ProductContract;
  /** Confluence REST v1, for the one v1 family the emulator serves (CQL search). */
  confluenceV1?: ProductContract;
}

let cache: Products | undefined;

/** The specs, parsed once per module registry (the Jira spec is 2.4 MB). */
export function loadProducts(dir: (...parts: string[]) => string): Products {
  cache ??= {
    jira: loadProduct('jira', dir('jira', 'swagger-v3.v3.json'), '/rest/api/3', '/rest/api/3', isJiraError),
    confluence: loadProduct('confluence', dir('confluence', 'openapi-v2.v3.json'), '/wiki/api/v2', '', isConfluenceError),
    confluenceV1: loadProduct(
      'confluence-v1',
      dir('confluence', 'swagger.v3.json'),
      '/wiki/rest/api',
      '/wiki/rest/api',
      isConfluenceV1Error,
    ),
  };
  return cache;
}

/** Picks the JSON media type of a request body or response and returns its schema pointer, if it has a schema. */
export function jsonSchemaPointer(document: OpenApiDocument, basePointer: string, container: OpenApiContent): string | undefined {
  let pointer = basePointer;
  let resolved: OpenApiContent | undefined = container;
  if (container.$ref) {
    pointer = container.$ref.replace(/^#/, '');
    resolved = resolveLocalRef(document, container);
  }
  const content = resolved?.content;
  if (!content) return undefined;
  const mediaType = ['application/json', '*/*'].find((t) => content[t]) ?? Object.keys(content).find((t) => t.includes('json'));
  if (!mediaType || !content[mediaType]?.schema) return undefined;
  return `${pointer}/content/${escapePointer(mediaType)}/schema`;
}
