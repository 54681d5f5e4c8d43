import type { Database } from '../db/sqlite';
import { CAMILLE } from '../identity/demo-users';
import { addLabel } from './store/labels';
import { insertPage } from './store/pages';
import { insertSpace, setHomepage } from './store/spaces';
import { ATELIER_PRO_BRIEF, ATELIER_PRO_TITLE, BLACK_FRIDAY_BRIEF, BLACK_FRIDAY_TITLE, HOMEPAGE_BRIEF } from './seed-briefs';
import { BLACK_FRIDAY_FR_BRIEF, BLACK_FRIDAY_FR_TITLE } from './seed-brief-black-friday-fr';

/** Stable ids, so tests, links and demo data can name them. */
export const MKT_SPACE_ID = '98305';
export const MKT_HOMEPAGE_ID = '1638401';
export const ATELIER_PRO_BRIEF_ID = '1638402';
export const BLACK_FRIDAY_BRIEF_ID = '1638403';
export const BLACK_FRIDAY_FR_BRIEF_ID = '1638404';

/** Space MKT with its homepage and three campaign briefs (two in French, one in English). Runs inside seedDemoSite's transaction. */
export function seedConfluence(db: Database): void {
  const spaceId = Number(MKT_SPACE_ID);
  insertSpace(db, {
    id: spaceId,
    key: 'MKT',
    name: 'Marketing',
    type: 'global',
    status: 'current',
    author_id: CAMILLE.accountId,
    created_at: '2025-09-01T08:00:00.000Z',
    homepage_id: null,
    description: 'Campaign briefs and results of the marketing team',
  });
  const page = (id: string, parentId: number | null, title: string, storage: string, createdAt: string): void => {
    insertPage(db, { id: Number(id), spaceId, parentId, title, status: 'current', authorId: CAMILLE.accountId, createdAt, storage });
  };
  page(MKT_HOMEPAGE_ID, null, 'Marketing Home', HOMEPAGE_BRIEF, '2025-09-01T08:00:00.000Z');
  setHomepage(db, spaceId, Number(MKT_HOMEPAGE_ID));
  page(ATELIER_PRO_BRIEF_ID, Number(MKT_HOMEPAGE_ID), ATELIER_PRO_TITLE, ATELIER_PRO_BRIEF, '2025-11-18T09:30:00.000Z');
  page(BLACK_FRIDAY_BRIEF_ID, Number(MKT_HOMEPAGE_ID), BLACK_FRIDAY_TITLE, BLACK_FRIDAY_BRIEF, '2026-08-24T14:00:00.000Z');
  page(BLACK_FRIDAY_FR_BRIEF_ID, Number(MKT_HOMEPAGE_ID), BLACK_FRIDAY_FR_TITLE, BLACK_FRIDAY_FR_BRIEF, '2026-09-02T10:00:00.000Z');
  // Labels, so that CQL `label = campaign-brief` finds the briefs as it would on a real site.
  for (const id of [ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, BLACK_FRIDAY_FR_BRIEF_ID]) addLabel(db, Number(id), 'campaign-brief');
  for (const id of [BLACK_FRIDAY_BRIEF_ID, BLACK_FRIDAY_FR_BRIEF_ID]) addLabel(db, Number(id), 'black-friday');
}
