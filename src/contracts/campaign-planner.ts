import { z } from 'zod';
import {
  CampaignPlan,
  CampaignTemplate,
  CreationJob,
  HolidayCalendar,
  IsoDate,
  Money,
  RoleAssignments,
  RowId,
  type CampaignTemplateInput,
} from '../domain/model';
import { Collision } from './collisions';
import { AppliedLevelingChange, LevelingChange, PlanConflicts } from './conflicts';
import { IssueKey, JobId, PersonOption, ProjectKey, RequestId, TargetingFields } from './fields';
import { PanelAction, PanelActions } from './panel-actions';
import { problemText } from '../wording/catalog/problems';

/** Payloads and answers of the campaign planner's resolvers (names and fields are a public contract). */
export * from './briefs';

export { PersonOption };

/** Where a call is about when the page is not opened from a project (the module's context wins when it is). */
const projectKey = ProjectKey.optional();

export const TemplateSummary = z
  .object({
    id: z.string(),
    version: z.number(),
    builtIn: z.boolean(),
    name: z.object({ en: z.string(), fr: z.string() }).strict(),
    description: z.object({ en: z.string(), fr: z.string() }).strict(),
    referenceBudget: Money,
    channels: z.array(z.string()),
    counts: z.object({ milestones: z.number(), tasks: z.number(), gates: z.number(), kpis: z.number() }).strict(),
  })
  .strict();
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/**
 * The planner's actions the acting user may take in the project, decided on the server by the policy
 * (`src/domain/policy`) when the page loads, each refusal worded in the user's language: the page offers only the
 * allowed ones and says why not up front. `role` is the user's strongest role in the project.
 */
export const PlannerActions = z
  .object({
    role: PanelActions.shape.role,
    /** Preview and create a campaign (`campaign.plan`: create issues in the project). */
    planCampaign: PanelAction,
    /** Copy and edit templates (`templates.edit`: project admins). */
    editTemplates: PanelAction,
    /** Save the project's default role mapping (`roles.edit`: project admins). */
    editRoles: PanelAction,
  })
  .strict();
export type PlannerActions = z.infer<typeof PlannerActions>;

export const ListTemplatesPayload = z.object({ projectKey }).strict();
export type ListTemplatesPayload = z.input<typeof ListTemplatesPayload>;
export const ListTemplatesResult = z
  .object({
    templates: z.array(TemplateSummary),
    /** Whether the acting user may copy and edit templates (project admin). */
    canEdit: z.boolean(),
    /** What the acting user may do on the planner, or why not (the policy's answer, asked once on load). */
    actions: PlannerActions,
  })
  .strict();
export type ListTemplatesResult = z.infer<typeof ListTemplatesResult>;

export const GetTemplatePayload = z.object({ templateId: RowId, projectKey }).strict();
export type GetTemplatePayload = z.input<typeof GetTemplatePayload>;
export const GetTemplateResult = z.object({ template: CampaignTemplate }).strict();
export type GetTemplateResult = z.infer<typeof GetTemplateResult>;

/** A template as the page edits it: the server decides `version` (stored + 1) and `builtIn` (always false). */
type TemplateDraft = Omit<CampaignTemplateInput, 'version' | 'builtIn'>;
/**
 * Checked in full by `CampaignTemplate` in the resolver once the server has set `version` and `builtIn` (so a
 * draft that still carries them is accepted, as before); here only "an object", typed as the draft it must be.
 */
const TemplateDraftField = z.record(z.unknown()) as unknown as z.ZodType<TemplateDraft, z.ZodTypeDef, TemplateDraft>;

export const SaveTemplatePayload = z
  .object({
    template: TemplateDraftField,
    /** The version the edit started from; a newer stored version refuses the save (no lost update). */
    basedOnVersion: z.number().int().min(1).optional(),
    projectKey,
  })
  .strict();
export type SaveTemplatePayload = z.input<typeof SaveTemplatePayload>;
export const SaveTemplateResult = z.object({ template: CampaignTemplate }).strict();
export type SaveTemplateResult = z.infer<typeof SaveTemplateResult>;

const PageId = z.string().regex(/^\d{1,20}$/, problemText('pageId'));

/** Per-row edits the PM makes in the preview. */
export const PlanOverrides = z
  .object({
    rows: z
      .record(
        RowId,
        z
          .object({
            summary: z.string().trim().min(1).max(255).optional(),
            dueDate: IsoDate.optional(),
            assigneeAccountId: z.string().min(1).nullable().optional(),
            removed: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type PlanOverrides = z.infer<typeof PlanOverrides>;

export const PreviewCampaignPayload = z
  .object({
    templateId: RowId,
    launchDate: IsoDate,
    budget: Money,
    holidayCalendar: HolidayCalendar,
    briefPageId: PageId.optional(),
    overrides: PlanOverrides.optional(),
    /** Role → people mapping the PM confirmed; missing roles use the suggested people. */
    roleAssignments: RoleAssignments.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    ...TargetingFields,
    /** The readings the PM picked for brief values with two (`plan.brief.choices`); a pick that is neither is ignored. */
    briefPicks: z.object({ launchDate: IsoDate.optional() }).strict().optional(),
    briefAi: z.boolean().optional(), // ask Forge LLMs for the brief values the reader did not find (when the site has a model)
    projectKey,
  })
  .strict();
export type PreviewCampaignPayload = z.input<typeof PreviewCampaignPayload>;
/** The earliest feasible launch the scheduler finds (today + the plan's chain of work, in business days). */
export const EarliestLaunch = z
  .object({
    launchDate: IsoDate,
    /** Business days from the chosen launch to this one (negative: the plan could launch earlier). */
    shiftBusinessDays: z.number().int(),
    moves: z.array(z.object({ rowId: z.string(), summary: z.string(), from: IsoDate, to: IsoDate }).strict()),
  })
  .strict();
export type EarliestLaunch = z.infer<typeof EarliestLaunch>;

export const PreviewCampaignResult = z
  .object({
    plan: CampaignPlan,
    /** The mapping used (suggested or confirmed), so the page can show and edit it. */
    roleAssignments: RoleAssignments,
    people: z.array(PersonOption),
    /** What this plan would cause or join across every campaign: overloaded weeks and approver clashes. */
    conflicts: PlanConflicts.optional(),
    /** The launch collisions this plan would take part in (same audience or channel, blackouts, approvers' weeks). */
    collisions: z.array(Collision).optional(),
    /** How many of the plan's problems are errors (the plan cannot work as it is) and how many warnings. */
    errors: z.number().int().min(0).optional(),
    warnings: z.number().int().min(0).optional(),
    /** The earliest launch at which no work starts before today, and the dates that launch would move. */
    earliestLaunch: EarliestLaunch.optional(),
    /** The people who may be given work or sign-offs in the project (the pickers offer only them). */
    assignableAccountIds: z.array(z.string()).optional(),
  })
  .strict();
export type PreviewCampaignResult = z.infer<typeof PreviewCampaignResult>;

/** Saves the role → people mapping as the project's default for the next plans (project admins). */
export const SaveRoleAssignmentsPayload = z.object({ roleAssignments: RoleAssignments, projectKey }).strict();
export type SaveRoleAssignmentsPayload = z.input<typeof SaveRoleAssignmentsPayload>;
export const SaveRoleAssignmentsResult = z.object({ saved: z.literal(true) }).strict();
export type SaveRoleAssignmentsResult = z.infer<typeof SaveRoleAssignmentsResult>;

export const CreateCampaignPayload = z
  .object({
    /** Chosen by the page once per "Create" click; re-sending it resumes the same creation, never duplicates. */
    requestId: RequestId,
    plan: CampaignPlan,
    /** The second, explicit confirmation that creates a plan with errors; with the codes of the errors the PM saw. */
    acceptErrors: z.boolean().optional(),
    acceptedErrorCodes: z.array(z.string().min(1).max(80)).max(100).optional(),
    ...TargetingFields,
    /** The PM's consent to add the « Campaign status » macro to the plan's brief page (off when absent). */
    insertStatusMacro: z.boolean().optional(),
  })
  .strict();
export type CreateCampaignPayload = z.input<typeof CreateCampaignPayload>;
export const CreateCampaignResult = z.object({ jobId: z.string() }).strict();
export type CreateCampaignResult = z.infer<typeof CreateCampaignResult>;

/** `getCreationJob` (the page polls it) takes a job id; so does the `campaign-creation` queue's event body. */
export const GetCreationJobPayload = z.object({ jobId: JobId }).strict();
export type GetCreationJobPayload = z.input<typeof GetCreationJobPayload>;
export const GetCreationJobResult = CreationJob;
export type GetCreationJobResult = z.infer<typeof GetCreationJobResult>;

export const ReplanCampaignPayload = z
  .object({
    epicKey: IssueKey,
    launchDate: IsoDate,
    /** false (default): only show the changes; true: apply them to open issues. */
    apply: z.boolean().optional(),
  })
  .strict();
export type ReplanCampaignPayload = z.input<typeof ReplanCampaignPayload>;
export const DateChange = z
  .object({
    rowId: z.string(),
    issueKey: z.string(),
    summary: z.string(),
    from: z.string(),
    to: z.string(),
    /** Done work keeps its dates: shown, never applied. */
    done: z.boolean(),
  })
  .strict();
export type DateChange = z.infer<typeof DateChange>;
export const ReplanCampaignResult = z
  .object({
    launchDate: z.string(),
    changes: z.array(DateChange),
    applied: z.number(),
    /** Before applying: the conflicts the new dates would cause with the other campaigns. */
    conflicts: PlanConflicts.optional(),
    /** Before applying: the launch collisions at the new date (as `previewCampaign` answers them). */
    collisions: z.array(Collision).optional(),
    /**
     * Before applying: whether the acting user may apply the re-plan and the leveling proposals (the policy's
     * `campaign.replan`), and if not why, in their language.
     */
    mayApply: z.object({ allowed: z.boolean(), refusal: z.string().nullable() }).strict().optional(),
  })
  .strict();
export type ReplanCampaignResult = z.infer<typeof ReplanCampaignResult>;

export const ApplyLevelingProposalPayload = z
  .object({
    epicKey: IssueKey,
    change: LevelingChange,
    /** Chosen by the page once per "Apply" click: re-sending it changes nothing more. */
    requestId: RequestId.optional(),
  })
  .strict();
export type ApplyLevelingProposalPayload = z.input<typeof ApplyLevelingProposalPayload>;
export const ApplyLevelingProposalResult = z
  .object({
    change: AppliedLevelingChange,
    /** True when nothing had to change: the same request again, or the change already in place. */
    alreadyApplied: z.boolean(),
    /** The campaign's conflicts with the other campaigns now, as its re-plan at its launch date shows them. */
    conflicts: PlanConflicts,
  })
  .strict();
export type ApplyLevelingProposalResult = z.infer<typeof ApplyLevelingProposalResult>;

export const CompareWithBriefPayload = z
  .object({
    epicKey: IssueKey,
    /** Fields whose brief value the PM accepts; omitted = only compare. */
    accept: z.array(z.string().min(1).max(120)).max(50).optional(),
  })
  .strict();
export type CompareWithBriefPayload = z.input<typeof CompareWithBriefPayload>;
export const BriefDifference = z.object({ field: z.string(), inPlan: z.unknown(), inBrief: z.unknown(), source: z.string() }).strict();
export type BriefDifference = z.infer<typeof BriefDifference>;
export const CompareWithBriefResult = z
  .object({ briefVersion: z.number(), differences: z.array(BriefDifference), applied: z.array(z.string()) })
  .strict();
export type CompareWithBriefResult = z.infer<typeof CompareWithBriefResult>;

export const ListCampaignsPayload = z.object({ projectKey }).strict();
export type ListCampaignsPayload = z.input<typeof ListCampaignsPayload>;
export const CampaignSummary = z
  .object({
    epicKey: z.string(),
    name: z.string(),
    launchDate: z.string(),
    budget: Money,
    campaignLabel: z.string(),
    briefTitle: z.string().optional(),
    /** Its audiences and channels (slugs), as `updateCampaignTargeting` changes them. */
    audiences: z.array(z.string()),
    channels: z.array(z.string()),
    createdAt: z.string(),
    /** What the acting user may do on this campaign from the planner, or why not (the policy's answer). */
    actions: z
      .object({
        /** Apply a re-plan and its leveling proposals (`campaign.replan`). */
        replan: PanelAction,
        /** Take brief values into the campaign (`campaign.applyBrief`). */
        applyBrief: PanelAction,
      })
      .strict(),
  })
  .strict();
export type CampaignSummary = z.infer<typeof CampaignSummary>;
export const ListCampaignsResult = z.object({ campaigns: z.array(CampaignSummary) }).strict();
export type ListCampaignsResult = z.infer<typeof ListCampaignsResult>;
