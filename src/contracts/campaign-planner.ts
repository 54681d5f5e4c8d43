/**
 * Payloads and answers of the campaign planner's resolvers (names and fields are a public contract).
 * Type-only: the project page imports these; the resolvers validate payloads with zod schemas of the same shape.
 */
import type { CampaignPlan, CampaignTemplate, CampaignTemplateInput, CreationJob, HolidayCalendar, Money, OwnerRole } from '../domain/model';

export interface TemplateSummary {
  id: string;
  version: number;
  builtIn: boolean;
  name: { en: string; fr: string };
  description: { en: string; fr: string };
  referenceBudget: Money;
  channels: string[];
  counts: { milestones: number; tasks: number; gates: number; kpis: number };
}

export type ListTemplatesPayload = Record<string, never>;
export interface ListTemplatesResult {
  templates: TemplateSummary[];
  /** Whether the acting user may copy and edit templates (project admin). */
  canEdit: boolean;
}

export interface GetTemplatePayload {
  templateId: string;
}
export interface GetTemplateResult {
  template: CampaignTemplate;
}

export interface SaveTemplatePayload {
  /** The server decides `version` (stored + 1) and `builtIn` (always false for saved templates). */
  template: Omit<CampaignTemplateInput, 'version' | 'builtIn'>;
  /** The version the edit started from; a newer stored version refuses the save (no lost update). */
  basedOnVersion?: number;
}
export interface SaveTemplateResult {
  template: CampaignTemplate;
}

/** Per-row edits the PM makes in the preview. */
export interface PlanOverrides {
  rows?: Record<string, { summary?: string; dueDate?: string; assigneeAccountId?: string | null; removed?: boolean }>;
}

export interface PreviewCampaignPayload {
  templateId: string;
  launchDate: string;
  budget: Money;
  holidayCalendar: HolidayCalendar;
  briefPageId?: string;
  overrides?: PlanOverrides;
  /** Role → people mapping the PM confirmed; missing roles use the suggested people. */
  roleAssignments?: Partial<Record<OwnerRole, string[]>>;
  name?: string;
  projectKey?: string;
}

export interface PersonOption {
  accountId: string;
  displayName: string;
}

export interface PreviewCampaignResult {
  plan: CampaignPlan;
  /** The mapping used (suggested or confirmed), so the page can show and edit it. */
  roleAssignments: Partial<Record<OwnerRole, string[]>>;
  people: PersonOption[];
}

export interface CreateCampaignPayload {
  /** Chosen by the page once per "Create" click; re-sending it resumes the same creation, never duplicates. */
  requestId: string;
  plan: CampaignPlan;
}
export interface CreateCampaignResult {
  jobId: string;
}

export interface GetCreationJobPayload {
  jobId: string;
}
export type GetCreationJobResult = CreationJob;

export interface ReplanCampaignPayload {
  epicKey: string;
  launchDate: string;
  /** false (default): only show the changes; true: apply them to open issues. */
  apply?: boolean;
}
export interface DateChange {
  rowId: string;
  issueKey: string;
  summary: string;
  from: string;
  to: string;
  /** Done work keeps its dates: shown, never applied. */
  done: boolean;
}
export interface ReplanCampaignResult {
  launchDate: string;
  changes: DateChange[];
  applied: number;
}

export interface CompareWithBriefPayload {
  epicKey: string;
  /** Fields whose brief value the PM accepts; omitted = only compare. */
  accept?: string[];
}
export interface BriefDifference {
  field: string;
  inPlan: unknown;
  inBrief: unknown;
  source: string;
}
export interface CompareWithBriefResult {
  briefVersion: number;
  differences: BriefDifference[];
  applied: string[];
}

export interface ListBriefsPayload {
  spaceKey?: string;
}
export interface ListBriefsResult {
  pages: { id: string; title: string; url: string }[];
}

export interface ListCampaignsPayload {
  projectKey?: string;
}
export interface CampaignSummary {
  epicKey: string;
  name: string;
  launchDate: string;
  budget: Money;
  campaignLabel: string;
  briefTitle?: string;
  createdAt: string;
}
export interface ListCampaignsResult {
  campaigns: CampaignSummary[];
}
