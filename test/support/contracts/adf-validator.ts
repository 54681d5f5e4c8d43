import { existsSync, readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { contractFile } from './contracts-dir';
import { describeErrors, sharedAjv } from './schema-compiler';

let compiled: ValidateFunction | undefined;

/**
 * Atlassian's ADF schema (`adf/full.json`) is draft-04. It uses no keyword whose meaning changed after draft-04
 * (no boolean `exclusiveMinimum`/`exclusiveMaximum`, no `id`), so dropping `$schema` lets ajv's default draft
 * judge it identically without the extra `ajv-draft-04` package.
 */
function adfValidator(): ValidateFunction {
  if (compiled) return compiled;
  const file = contractFile('adf', 'full.json');
  if (!existsSync(file)) throw new Error(`ADF schema ${file} is missing (set CONTRACTS_DIR)`);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const id = 'atlassian-adf-full.json';
  const ajv = sharedAjv();
  if (!ajv.getSchema(id)) ajv.addSchema(schema, id);
  compiled = ajv.compile({ $ref: `${id}#/definitions/doc_node` });
  return compiled;
}

/** One message per mismatch between `doc` and the ADF `doc_node` schema (empty when valid). */
export function validateAdf(doc: unknown): string[] {
  const check = adfValidator();
  return check(doc) ? [] : describeErrors(check.errors, 25);
}
