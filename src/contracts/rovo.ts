import { z } from 'zod';
import { IsoDate, OwnerRole } from '../domain/model';
import { IssueKey, ProjectKey } from './fields';
import { Health } from './campaign-panel';
import { LoadLevel } from './portfolio-capacity';
import { ForecastState } from './forecast-state';
import { ResolverError } from './resolver-result';
import { StatusReportKind } from './status-report';

/**
 * The Rovo agent's actions (manifest `action` modules, `src/actions/`): the inputs a model chooses and the compact
 * JSON each answers, which the agent phrases for the person. An input names what to look at, never who asks: the
 * acting user is the action context's `accountId`, and every read is theirs (a campaign they may not browse is
 * Jira's 404, whatever key the model passed). Every answer carries the person's `language` and `locale`, and its
 * texts are worded in that language by `src/wording`.
 */

/** A campaign named by the model, else the issue the chat was opened on (the action's Jira context). */
const CampaignInput = { campaignKey: IssueKey.optional() };
const ProjectInput = { projectKey: ProjectKey.optional() };

export const CampaignStatusInput = z.object(CampaignInput).strict();
export const CampaignsAtRiskInput = z.object(ProjectInput).strict();
export const OverAllocationInput = z.object({ ...ProjectInput, weeks: z.number().int().min(1).max(26).optional() }).strict();
export const PendingSignOffsInput = z.object(ProjectInput).strict();
export const CampaignKpisInput = z.object(CampaignInput).strict();
export const DraftStatusReportInput = z.object(CampaignInput).strict();
export const ProposeBreakdownInput = z
  .object({ issueKey: IssueKey.optional(), goal: z.string().trim().min(3).max(4000).optional() })
  .strict();

export const AnswerLanguage = z.enum(['en', 'fr']);

/** Every answer's frame: whose language to answer in. */
const Frame = { language: AnswerLanguage, locale: z.string() };

export const HealthView = z
  .object({
    level: Health,
    /** The level in words (« À risque »). */
    label: z.string(),
    reasons: z.array(z.object({ code: z.string(), severity: Health, text: z.string() }).strict()),
  })
  .strict();

/** `path` is site-relative (`/browse/MKT-12`): a Forge function does not know the site's address. */
export const CampaignRef = z.object({ key: z.string(), name: z.string(), launchDate: IsoDate, path: z.string() }).strict();

export const CampaignStatusAnswer = z
  .object({
    ...Frame,
    campaign: CampaignRef,
    health: HealthView,
    /** Open milestones, soonest due first (three at most), with the forecast's dates. */
    nextMilestones: z.array(
      z
        .object({
          key: z.string(),
          name: z.string(),
          dueDate: IsoDate.nullable(),
          risk: Health,
          p50: IsoDate.nullable(),
          p85: IsoDate.nullable(),
          onTimeProbability: z.number().nullable(),
        })
        .strict(),
    ),
    budget: z
      .object({
        currency: z.string(),
        budget: z.number(),
        committed: z.number(),
        actual: z.number(),
        remaining: z.number(),
        forecastAtCompletion: z.number().nullable(),
        percentSpent: z.number(),
        /** « 12 400 € dépensés sur 140 000 € » in the person's language and the campaign's currency. */
        summary: z.string(),
      })
      .strict(),
    forecast: ForecastState.optional(),
  })
  .strict();
export type CampaignStatusAnswer = z.infer<typeof CampaignStatusAnswer>;

export const CampaignsAtRiskAnswer = z
  .object({
    ...Frame,
    /** Campaigns the person may see whose health is at risk or off track, worst first. */
    campaigns: z.array(
      z
        .object({
          key: z.string(),
          name: z.string(),
          projectKey: z.string(),
          launchDate: IsoDate,
          forecastP85: IsoDate.nullable(),
          health: HealthView,
          path: z.string(),
        })
        .strict(),
    ),
    /** How many campaigns the person may see in all. */
    visibleCampaigns: z.number().int(),
  })
  .strict();
export type CampaignsAtRiskAnswer = z.infer<typeof CampaignsAtRiskAnswer>;

export const OverAllocationAnswer = z
  .object({
    ...Frame,
    weeks: z.array(IsoDate),
    /** People over their capacity in at least one week, with those weeks. */
    people: z.array(
      z
        .object({
          accountId: z.string(),
          displayName: z.string(),
          weeks: z.array(
            z
              .object({
                weekStart: IsoDate,
                demandDays: z.number(),
                capacityDays: z.number(),
                ratio: z.number().nullable(),
                level: LoadLevel,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();
export type OverAllocationAnswer = z.infer<typeof OverAllocationAnswer>;

export const PendingSignOffsAnswer = z
  .object({
    ...Frame,
    /** Open gates where the person is a pending approver, soonest due first. */
    signOffs: z.array(
      z
        .object({
          campaign: CampaignRef,
          gateId: z.string(),
          gate: z.string(),
          milestoneKey: z.string().nullable(),
          dueDate: IsoDate,
          late: z.boolean(),
          businessDaysLate: z.number(),
          /** Where the person decides: the gated issue's panel (site-relative). */
          path: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type PendingSignOffsAnswer = z.infer<typeof PendingSignOffsAnswer>;

export const CampaignKpisAnswer = z
  .object({
    ...Frame,
    campaign: CampaignRef,
    kpis: z.array(
      z
        .object({
          kpiId: z.string(),
          name: z.string(),
          unit: z.string(),
          direction: z.enum(['higher_is_better', 'lower_is_better']),
          target: z.number(),
          actual: z.number().nullable(),
          expectedByNow: z.number().nullable(),
          onPace: z.boolean().nullable(),
          /** Actual ÷ where it should be by now; null without an actual. */
          paceRatio: z.number().nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type CampaignKpisAnswer = z.infer<typeof CampaignKpisAnswer>;

export const DraftStatusReportAnswer = z
  .object({
    ...Frame,
    campaign: CampaignRef,
    kind: StatusReportKind,
    draft: z.object({ pageId: z.string(), title: z.string(), url: z.string() }).strict(),
    /** What happened, in words: a draft only its author sees until published in Confluence. */
    note: z.string(),
  })
  .strict();
export type DraftStatusReportAnswer = z.infer<typeof DraftStatusReportAnswer>;

export const ProposeBreakdownAnswer = z
  .object({
    ...Frame,
    issueKey: z.string(),
    milestone: z.object({ key: z.string(), name: z.string(), dueDate: IsoDate }).strict(),
    goal: z.string(),
    tasks: z.array(
      z
        .object({
          summary: z.string(),
          ownerRole: OwnerRole,
          estimateBusinessDays: z.number(),
          startDate: IsoDate,
          dueDate: IsoDate,
          dependsOn: z.array(z.string()),
        })
        .strict(),
    ),
    /** Nothing is created: always false, said so the agent never claims otherwise. */
    created: z.literal(false),
    /** Where the PM reviews and creates them: "Break down goal" on the issue. */
    confirmIn: z.object({ path: z.string(), text: z.string() }).strict(),
  })
  .strict();
export type ProposeBreakdownAnswer = z.infer<typeof ProposeBreakdownAnswer>;

/** A refusal: the same error as a resolver's, worded in the person's language. */
export const ActionRefusal = z.object({ ok: z.literal(false), ...Frame, error: ResolverError }).strict();
export type ActionRefusal = z.infer<typeof ActionRefusal>;

/** Each action's key (manifest `action` module), input and answer. */
export const rovoActionContracts = {
  'campaign-status': { input: CampaignStatusInput, answer: CampaignStatusAnswer },
  'campaigns-at-risk': { input: CampaignsAtRiskInput, answer: CampaignsAtRiskAnswer },
  'over-allocated-people': { input: OverAllocationInput, answer: OverAllocationAnswer },
  'pending-signoffs': { input: PendingSignOffsInput, answer: PendingSignOffsAnswer },
  'kpis-vs-targets': { input: CampaignKpisInput, answer: CampaignKpisAnswer },
  'draft-status-report': { input: DraftStatusReportInput, answer: DraftStatusReportAnswer },
  'propose-breakdown': { input: ProposeBreakdownInput, answer: ProposeBreakdownAnswer },
} as const;
export type RovoActionKey = keyof typeof rovoActionContracts;
export type RovoActionAnswer<K extends RovoActionKey> = { ok: true } & z.infer<(typeof rovoActionContracts)[K]['answer']>;

/** What an action function returns: its answer with `ok: true`, or a refusal. */
export const actionResult = (key: RovoActionKey) =>
  z.union([rovoActionContracts[key].answer.extend({ ok: z.literal(true) }), ActionRefusal]);

export { ROVO_AGENT_KEY, ROVO_AGENT_NAME } from './rovo-agent';
