import { ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, MKT_HOMEPAGE_ID, MKT_SPACE_ID } from '../../../local/confluence/seed';

export { ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, MKT_HOMEPAGE_ID, MKT_SPACE_ID };

export const CAMILLE = 'camille.martin@demo.local';
export const INES = 'ines.moreau@demo.local';
export const SAM = 'sam.outsider@demo.local';
export const V2 = '/wiki/api/v2';

/** The relative URL in `Link: <...>; rel="next"`, or undefined on the last page. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  const m = /<([^>]+)>;\s*rel="next"/.exec(header);
  return m?.[1];
}
