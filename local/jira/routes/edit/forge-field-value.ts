import Ajv, { type ValidateFunction } from 'ajv';
import type { Database } from '../../../db/sqlite';
import { findForgeField } from '../../store/forge-fields';
import type { FieldRow } from '../../store/rows';

/** Object-typed Forge fields: the value must match the module's `schema` from manifest.yml (JSON Schema). */
const ajv = new Ajv({ allErrors: false, strict: false });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaJson: string): ValidateFunction {
  let v = compiled.get(schemaJson);
  if (!v) {
    const schema = JSON.parse(schemaJson) as Record<string, unknown>;
    v = ajv.compile({ type: 'object', ...schema });
    compiled.set(schemaJson, v);
  }
  return v;
}

/** Jira's error text for an object value that breaks the field's schema, or undefined when the value fits. */
export function forgeObjectValueError(db: Database, field: FieldRow, value: unknown): string | undefined {
  const forge = findForgeField(db, field.id);
  if (!forge?.value_schema_json) return undefined;
  const validate = validatorFor(forge.value_schema_json);
  if (validate(value)) return undefined;
  const e = validate.errors?.[0];
  const where = e?.instancePath ? `'${e.instancePath.slice(1).replace(/\//g, '.')}' ` : '';
  return `Value is not valid for the field's schema: ${where}${e?.message ?? 'does not match'}`;
}
