import type { CampaignTemplate } from '../../domain/model';

/** The templates people copied or edited (app storage); built-in ones ship with the app (`src/domain/templates`). */
export interface TemplateStorePort {
  list(): Promise<CampaignTemplate[]>;
  get(templateId: string): Promise<CampaignTemplate | undefined>;
  /** Refuses (INVALID_INPUT `basedOnVersion`) when the stored version is not `expectedVersion`: no lost update. */
  save(template: CampaignTemplate, expectedVersion: number | undefined): Promise<void>;
}
