import { kvs, WhereConditions } from '@forge/kvs';
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

const PAGE = 100;

/** Every campaign record in app storage (a project has tens of campaigns, not thousands). */
export async function listCampaignRecords(): Promise<CampaignRecord[]> {
  const out: CampaignRecord[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith('campaign:')).limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) {
      const parsed = CampaignRecord.safeParse(r.value);
      if (parsed.success) out.push(parsed.data);
      else console.error(`[campaign-control] unreadable campaign record ${r.key}`);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
