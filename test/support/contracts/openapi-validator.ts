import type { Exchange } from '../../../local/server/host';
import { contractFile, contractsAvailable } from './contracts-dir';
import { escapePointer } from './openapi-document';
import { jsonSchemaPointer, loadProducts, type ProductContract } from './product-contract';
import { describeErrors, validatorFor } from './schema-compiler';

export { contractsDir, contractsAvailable, describeWithContracts } from './contracts-dir';
export { validateAdf } from './adf-validator';

export interface ContractValidator {
  /** Returns one message per mismatch (empty when the exchange matches the spec's operation). */
  validate(exchange: Exchange): string[];
}

/**
 * Statuses a spec may leave out of an operation and that we still accept when the body is the product's generic
 * error shape. 409 is here because Confluence v2 lists it nowhere, yet answers version conflicts with it.
 */
const UNDOCUMENTED_ERRORS_ALLOWED = (status: number): boolean => [401, 403, 404, 409, 413, 429].includes(status) || status >= 500;

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isJsonType = (contentType: string | undefined): boolean => contentType === undefined || contentType.includes('json');

function productFor(path: string): ProductContract | undefined {
  const products = loadProducts(contractFile);
  for (const p of [products.jira, products.confluence, products.confluenceV1]) if (p && path.startsWith(`${p.urlPrefix}/`)) return p;
  return undefined;
}

function validateExchange(ex: Exchange): string[] {
  // Unknown paths (404 before routing), auth failures and injected faults have no pattern: nothing to map.
  if (!ex.pattern) return [];
  const product = productFor(ex.path);
  if (!product) return [];
  const prefix = `${ex.method} ${ex.path} → ${ex.status}:`;
  const found = product.lookup(ex.pattern, ex.method);
  if (!found.ok) return [`${prefix} ${found.reason}`];
  const opPointer = `/paths/${escapePointer(found.specPath)}/${found.method}`;
  const problems: string[] = [];

  // The request: a 400 may be the emulator rightly refusing a bad body, so only other statuses are checked.
  if (ex.requestBody.length > 0 && ex.status !== 400 && found.operation.requestBody && isJsonType(ex.requestContentType)) {
    const pointer = jsonSchemaPointer(found.document, `${opPointer}/requestBody`, found.operation.requestBody);
    if (pointer) {
      const body = parseJson(ex.requestBody);
      if (!body.ok) problems.push(`${prefix} request body is not JSON`);
      else {
        const check = validatorFor(product.schemaRef('request', pointer));
        if (!check(body.value)) problems.push(...describeErrors(check.errors).map((m) => `${prefix} request ${m}`));
      }
    }
  }

  // The response: the status's own entry, else `default`, else only the product's generic error shape.
  const responses = found.operation.responses ?? {};
  const statusKey = String(ex.status);
  const rangeKey = `${statusKey[0]}XX`;
  const key = [statusKey, rangeKey, rangeKey.toLowerCase(), 'default'].find((k) => responses[k]);
  const response = key === undefined ? undefined : responses[key];
  const body = ex.responseBody.length > 0 && isJsonType(ex.responseContentType) ? parseJson(ex.responseBody) : undefined;
  if (!key || !response) {
    const generic = body?.ok === true && product.isGenericError(body.value);
    if (!(UNDOCUMENTED_ERRORS_ALLOWED(ex.status) && generic)) {
      problems.push(
        `${prefix} status ${ex.status} is not documented for this operation${UNDOCUMENTED_ERRORS_ALLOWED(ex.status) ? ` and the body is not ${product.name}'s generic error shape` : ''}`,
      );
    }
    return problems;
  }
  const pointer = jsonSchemaPointer(found.document, `${opPointer}/responses/${escapePointer(key)}`, response);
  if (!pointer) return problems;
  if (body === undefined) {
    if (ex.responseBody.length > 0) problems.push(`${prefix} response is ${ex.responseContentType ?? 'untyped'}, the spec defines JSON`);
    else if (ex.status !== 204) problems.push(`${prefix} response has no body but the spec defines one`);
    return problems;
  }
  if (!body.ok) return [...problems, `${prefix} response body is not JSON`];
  const check = validatorFor(product.schemaRef('response', pointer));
  if (!check(body.value)) problems.push(...describeErrors(check.errors).map((m) => `${prefix} ${m}`));
  return problems;
}

/** Checks exchanges against Atlassian's Jira v3 and Confluence v2 (and v1, for search) specs; undefined when the contracts folder is missing. */
export function loadContractValidator(): ContractValidator | undefined {
  if (!contractsAvailable()) return undefined;
  return {
    validate(exchange) {
      try {
        return validateExchange(exchange);
      } catch (e) {
        // A schema ajv cannot compile is a validator problem, but it must not pass silently either.
        return [`${exchange.method} ${exchange.path} → ${exchange.status}: contract check failed: ${(e as Error).message}`];
      }
    },
  };
}
