/** Jira's bulk create takes at most 50 issues per request (documented in prose only). */
export const BULK_CREATE_LIMIT = 50;

export function chunk<T>(items: readonly T[], size: number = BULK_CREATE_LIMIT): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
