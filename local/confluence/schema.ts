/** Confluence tables: owned by local/confluence. */
export const confluenceSchema = '';
