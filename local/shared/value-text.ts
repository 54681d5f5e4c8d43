/**
 * A JSON value as text for messages and attributes: scalars as `String` writes them, objects and arrays as JSON
 * (`String` would write "[object Object]" and lose what the caller sent).
 */
export function valueText(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(v);
    case 'symbol':
    case 'function':
      return v.toString();
    default:
      return JSON.stringify(v);
  }
}
