/** Bounds on the work one brief may cause (a page is user content: it can be huge or hostile). */
export const MAX_STORAGE_BYTES = 2 * 1024 * 1024;
export const MAX_TABLE_ROWS = 500;
/** Deeper markup is not read: real briefs nest a few levels, hostile ones thousands. */
export const MAX_NESTING = 64;
/** Longest excerpt of page text quoted back in a problem message. */
export const QUOTE_LENGTH = 80;
