/**
 * The page's view of its resolvers and of the domain, taken from the contract (`src/contracts`): type-only, so
 * nothing from the server is bundled. Answers and payloads are the registry's; the names below are the parts the
 * page's components pass around.
 */
import type { PayloadOf, ResultOf } from '../../../src/contracts/registry';

export type * from '../../../src/contracts/model';

export type PreviewCampaignPayload = PayloadOf<'previewCampaign'>;
export type PreviewCampaignResult = ResultOf<'previewCampaign'>;
export type ReplanCampaignResult = ResultOf<'replanCampaign'>;
export type CompareWithBriefResult = ResultOf<'compareWithBrief'>;
export type ListBriefsResult = ResultOf<'listBriefs'>;

/** Per-row edits the PM makes in the preview. */
export type PlanOverrides = NonNullable<PreviewCampaignPayload['overrides']>;
/** Role → people mapping (suggested by the server, or confirmed by the PM). */
export type RoleAssignments = PreviewCampaignResult['roleAssignments'];
export type PersonOption = PreviewCampaignResult['people'][number];
export type ListTemplatesResult = ResultOf<'listTemplates'>;
export type TemplateSummary = ResultOf<'listTemplates'>['templates'][number];
export type CampaignSummary = ResultOf<'listCampaigns'>['campaigns'][number];
export type DateChange = ReplanCampaignResult['changes'][number];
export type BriefDifference = CompareWithBriefResult['differences'][number];
