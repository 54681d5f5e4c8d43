import { isRecord } from '../params';

/** Jira's limits on issue properties. */
export const MAX_PROPERTY_BYTES = 32768;
export const MAX_PROPERTY_KEY = 255;

export interface PropertyInput {
  key: string;
  valueJson: string;
}

export function propertyValueError(valueJson: string): string | undefined {
  if (Buffer.byteLength(valueJson, 'utf8') > MAX_PROPERTY_BYTES)
    return `The property value is too long. The maximum length is ${MAX_PROPERTY_BYTES} bytes.`;
  return undefined;
}

export function propertyKeyError(key: string): string | undefined {
  if (key.length === 0) return 'The property key cannot be empty.';
  if (key.length > MAX_PROPERTY_KEY) return `The property key is too long. The maximum length is ${MAX_PROPERTY_KEY} characters.`;
  return undefined;
}

/** `properties: [{key, value}]` of a create request; returns an error text or the checked list. */
export function validateProperties(v: unknown): PropertyInput[] | string {
  if (!Array.isArray(v)) return "'properties' must be an array of {key, value}.";
  const out: PropertyInput[] = [];
  for (const p of v) {
    if (!isRecord(p) || typeof p.key !== 'string' || !('value' in p)) return "Each property needs a 'key' and a 'value'.";
    const valueJson = JSON.stringify(p.value);
    const err = propertyKeyError(p.key) ?? propertyValueError(valueJson);
    if (err) return err;
    out.push({ key: p.key, valueJson });
  }
  return out;
}
