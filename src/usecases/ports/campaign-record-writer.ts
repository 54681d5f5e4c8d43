import type { CampaignRecord } from '../../domain/model';

/** Stores a campaign's record (app storage), replacing the one of the same epic. */
export interface CampaignRecordWriterPort {
  save(record: CampaignRecord): Promise<void>;
}
