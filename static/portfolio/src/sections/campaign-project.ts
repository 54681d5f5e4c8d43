/** The project of a campaign's epic key (`MKT-12` → `MKT`). */
export const projectOf = (issueKey: string): string => issueKey.slice(0, Math.max(0, issueKey.lastIndexOf('-')));
