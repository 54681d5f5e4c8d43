import type { CampaignRecord } from '../../domain/model';

/** The app's own record of each campaign it created (app storage), by epic key. */
export interface CampaignRecordsPort {
  get(epicKey: string): Promise<CampaignRecord | undefined>;
}

/** Every campaign record (tens at most), for jobs that go over all campaigns. */
export interface CampaignRecordListPort {
  list(): Promise<CampaignRecord[]>;
}
