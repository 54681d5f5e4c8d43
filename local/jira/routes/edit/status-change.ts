import type { Database } from '../../../db/sqlite';
import { statusById } from '../../store/catalog';
import type { IssueDraft } from './draft';

/** Moves a draft to a status; entering a done status resolves it ("Done"), leaving one clears the resolution. */
export function moveToStatus(db: Database, draft: IssueDraft, statusId: string, now: string): void {
  if (draft.row.status_id === statusId) return;
  const from = statusById(db, draft.row.status_id);
  const to = statusById(db, statusId);
  draft.row.status_id = statusId;
  if (from.category !== to.category) draft.row.status_changed = now;
  if (to.category === 'done') {
    draft.row.resolution = 'Done';
    draft.row.resolved = now;
  } else {
    draft.row.resolution = null;
    draft.row.resolved = null;
  }
}
