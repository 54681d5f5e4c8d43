import type { CampaignRecord } from '../../domain/model';

/** Every campaign record the app holds (app storage: visibility is Jira's, so callers filter by what the user sees). */
export interface CampaignRecordIndexPort {
  all(): Promise<CampaignRecord[]>;
}
