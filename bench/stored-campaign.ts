import { KvsStore } from '../local/forge/kvs/kvs-store';
import type { RunningLocalHost } from '../local/forge/local-host';
import { CampaignRecord, type CampaignSnapshot } from '../src/domain/model';
import { joinShards, SnapshotMeta, SnapshotShard } from '../src/domain/snapshot';

/** The campaign record and snapshot the resolver stored, read straight from the host's KVS (for timing the compute alone). */
export function storedCampaign(
  host: RunningLocalHost,
  epicKey: string,
): { record: CampaignRecord; snapshot: CampaignSnapshot; people: Record<string, string> } {
  const store = new KvsStore(host.db);
  const get = (key: string): unknown => store.get('plain', key)?.value;
  const record = CampaignRecord.parse(get(`campaign:${epicKey}`));
  const meta = SnapshotMeta.parse(get(`snapshot:${epicKey}:meta`));
  const shards = Array.from({ length: meta.shardCount }, (_, n) => SnapshotShard.parse(get(`snapshot:${epicKey}:part:${n}`)));
  const snapshot = joinShards(meta, shards);
  if (!snapshot) throw new Error(`stored snapshot of ${epicKey} is incomplete`);
  return { record, snapshot, people: meta.people };
}
