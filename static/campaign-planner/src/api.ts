import { invoke } from '@forge/bridge';
import type {
  CompareWithBriefPayload,
  CompareWithBriefResult,
  CreateCampaignPayload,
  CreateCampaignResult,
  ErrorCode,
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
  ResolverResult,
  SaveTemplatePayload,
  SaveTemplateResult,
} from './types';

/** A refusal or failure from a resolver, keeping the code and the field it names. */
export class ResolverFailure extends Error {
  constructor(
    public readonly code: ErrorCode | 'BRIDGE',
    message: string,
    public readonly field?: string,
  ) {
    super(message);
  }
}

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

export async function call<K extends keyof Calls>(name: K, payload: Calls[K][0]): Promise<Calls[K][1]> {
  let result: ResolverResult<Calls[K][1]>;
  try {
    // No metadata argument, so the bridge answers with the resolver's result itself.
    result = (await invoke(name, payload as unknown as Record<string, unknown>)) as ResolverResult<Calls[K][1]>;
  } catch (e) {
    throw new ResolverFailure('BRIDGE', e instanceof Error ? e.message : String(e));
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new ResolverFailure('INTERNAL', `${name} answered without a result.`);
  if (!result.ok) throw new ResolverFailure(result.error.code, result.error.message, result.error.field);
  return result.data;
}

export const asFailure = (e: unknown): ResolverFailure => (e instanceof ResolverFailure ? e : new ResolverFailure('INTERNAL', e instanceof Error ? e.message : String(e)));
