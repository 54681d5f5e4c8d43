import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * One ajv instance per process (per jest worker module registry) holding whole specs as schemas, so operation
 * schemas are compiled lazily by JSON pointer and their `#/components/...` refs resolve inside their document.
 */
let shared: Ajv | undefined;

/** Jira writes offsets without a colon (`2023-04-27T22:12:46.451+0300`); RFC 3339 (ajv-formats) would refuse it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function sharedAjv(): Ajv {
  if (shared) return shared;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, ownProperties: true });
  addFormats(ajv);
  ajv.addFormat('date-time', ISO_DATE_TIME);
  // OpenAPI's numeric/binary formats (and Confluence's stray `format: string`) add nothing to `type`.
  for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'string']) ajv.addFormat(name, true);
  ajv.addFormat('url', true);
  shared = ajv;
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

/** Compiles `{$ref: ref}` once; `ref` is `<schema id>#<json pointer>`. */
export function validatorFor(ref: string): ValidateFunction {
  let fn = compiled.get(ref);
  if (!fn) {
    fn = sharedAjv().compile({ $ref: ref });
    compiled.set(ref, fn);
  }
  return fn;
}

export function registerDocument(id: string, doc: object): void {
  const ajv = sharedAjv();
  if (!ajv.getSchema(id)) ajv.addSchema(doc, id);
}

/** `/issues/0 must have required property 'key'` */
export function describeError(e: ErrorObject): string {
  const where = e.instancePath || '/';
  let detail = e.message ?? 'is invalid';
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') detail += ` '${String(params.additionalProperty)}'`;
  if (e.keyword === 'enum' && Array.isArray(params.allowedValues))
    detail += `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${detail}`;
}

/** ajv with allErrors repeats itself through anyOf branches; keep each message once and the list readable. */
export function describeErrors(errors: ErrorObject[] | null | undefined, limit = 15): string[] {
  const unique = [...new Set((errors ?? []).map(describeError))];
  return unique.length > limit ? [...unique.slice(0, limit), `... and ${unique.length - limit} more`] : unique;
}
