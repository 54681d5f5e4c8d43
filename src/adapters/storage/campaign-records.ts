import { kvs } from '@forge/kvs';
import { CampaignRecord } from '../../domain/model';
import { AppError } from '../../shared/result';

/** What re-plan and "Compare with brief" need about a created campaign: `campaign:<EPIC-KEY>`. */
const KEY = (epicKey: string): string => `campaign:${epicKey}`;

export async function getCampaignRecord(epicKey: string): Promise<CampaignRecord | undefined> {
  const value = await kvs.get<unknown>(KEY(epicKey));
  if (value === undefined) return undefined;
  const parsed = CampaignRecord.safeParse(value);
  if (!parsed.success) throw new AppError('INTERNAL', `Stored campaign ${epicKey} is unreadable.`);
  return parsed.data;
}

export async function saveCampaignRecord(record: CampaignRecord): Promise<void> {
  await kvs.set(KEY(record.epicKey), record);
}
