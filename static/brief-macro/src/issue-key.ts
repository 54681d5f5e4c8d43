const KEY = /^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/;
/** A Jira issue address: `https://<site>/browse/MKT-12` (the autoConvert matchers' shape), with any query or hash. */
const BROWSE = /\/browse\/([A-Z][A-Z0-9_]+-[1-9][0-9]*)(?:[/?#]|$)/;

/** The issue key a person typed, or the one in a pasted Jira issue address; null when neither. */
export function issueKeyFrom(input: string | null | undefined): string | null {
  const s = (input ?? '').trim();
  if (KEY.test(s.toUpperCase()) && !s.includes('/')) return s.toUpperCase();
  try {
    const url = new URL(s);
    const m = BROWSE.exec(url.pathname);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}
