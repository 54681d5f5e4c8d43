import type { CampaignSnapshot } from '../../domain/model';
import type { SnapshotMeta } from '../../domain/snapshot';

export interface StoredSnapshot {
  meta: SnapshotMeta;
  snapshot: CampaignSnapshot;
}

/** The shared campaign roll-ups in app storage (every user's: callers check the user may see the epic). */
export interface SnapshotStorePort {
  load(epicKey: string): Promise<StoredSnapshot | undefined>;
  meta(epicKey: string): Promise<SnapshotMeta | undefined>;
  saveFull(
    snapshot: CampaignSnapshot,
    extra: Pick<SnapshotMeta, 'people' | 'epicId' | 'epicAccess'>,
    builtAt: string,
  ): Promise<SnapshotMeta>;
  saveChanges(stored: StoredSnapshot, next: CampaignSnapshot, changedKeys: readonly string[]): Promise<SnapshotMeta>;
  markChecked(epicKey: string, refreshedAt: string): Promise<void>;
}
