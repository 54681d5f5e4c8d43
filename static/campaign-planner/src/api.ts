import { invokeUntyped } from '../../kit/call';
import type {
  CompareWithBriefPayload,
  CompareWithBriefResult,
  CreateCampaignPayload,
  CreateCampaignResult,
  GetCreationJobPayload,
  GetCreationJobResult,
  GetTemplatePayload,
  GetTemplateResult,
  ListBriefsPayload,
  ListBriefsResult,
  ListCampaignsPayload,
  ListCampaignsResult,
  ListTemplatesPayload,
  ListTemplatesResult,
  PreviewCampaignPayload,
  PreviewCampaignResult,
  ReplanCampaignPayload,
  ReplanCampaignResult,
  SaveTemplatePayload,
  SaveTemplateResult,
} from './types';


/** Each resolver's payload and answer, so a call site cannot mix them up. */
interface Calls {
  listTemplates: [ListTemplatesPayload, ListTemplatesResult];
  listBriefs: [ListBriefsPayload, ListBriefsResult];
  previewCampaign: [PreviewCampaignPayload, PreviewCampaignResult];
  createCampaign: [CreateCampaignPayload, CreateCampaignResult];
  getCreationJob: [GetCreationJobPayload, GetCreationJobResult];
  listCampaigns: [ListCampaignsPayload, ListCampaignsResult];
  replanCampaign: [ReplanCampaignPayload, ReplanCampaignResult];
  compareWithBrief: [CompareWithBriefPayload, CompareWithBriefResult];
  getTemplate: [GetTemplatePayload, GetTemplateResult];
  /** The server sets `version` and `builtIn` itself; `projectKey` names the project whose admins may save. */
  saveTemplate: [SaveTemplatePayload, SaveTemplateResult];
}

/** Transitional: the typed wrapper this app keeps until `src/contracts/registry.ts` holds these resolvers. */
export const call = <K extends keyof Calls>(name: K, payload: Calls[K][0]): Promise<Calls[K][1]> => invokeUntyped<Calls[K][1]>(name, payload);

export { asFailure, ResolverFailure } from '../../kit/call';
