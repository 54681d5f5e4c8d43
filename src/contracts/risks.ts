import { z } from 'zod';
import { CostCategory } from '../domain/model';
import { EpicKey, IssueKey } from './fields';
import { problemText, problemIssue } from '../wording/catalog/problems';

/**
 * The campaign's risk register: known risks, each with its likelihood, its impact in business days on named tasks
 * or milestones and/or in money on a cost category, its owner, mitigation and status. Open risks are sampled in
 * the panel's Monte Carlo as discrete events (the risk-driver method); their expected cost sits beside the
 * contingency.
 */

/**
 * Likelihood in words, and the probability each stands for (documented in the README): low 20 %, medium 50 %,
 * high 80 %, the midpoints of the usual three bands (0–⅓, ⅓–⅔, ⅔–1) pulled a little towards the centre.
 */
export const LIKELIHOOD_PROBABILITY = { low: 0.2, medium: 0.5, high: 0.8 } as const;
export const LikelihoodLevel = z.enum(['low', 'medium', 'high']);
export type LikelihoodLevel = z.infer<typeof LikelihoodLevel>;
/** A probability (0–1) or a level in words. */
export const Likelihood = z.union([z.number().min(0).max(1), LikelihoodLevel]);
export type Likelihood = z.infer<typeof Likelihood>;

export const RiskStatus = z.enum(['open', 'mitigated', 'closed', 'occurred']);
export type RiskStatus = z.infer<typeof RiskStatus>;

export const MAX_RISKS = 50;
export const MAX_RISK_TARGETS = 20;
export const MAX_RISK_IMPACT_DAYS = 120;
export const RiskId = z.string().regex(/^risk-\d{1,6}$/, problemText('riskId'));

export const RiskCost = z
  .object({
    /** In the campaign's currency. */
    amount: z.number().finite().min(0).max(1e12),
    category: CostCategory,
  })
  .strict();
export type RiskCost = z.infer<typeof RiskCost>;

/** A risk as the PM writes it; `riskId` absent creates one, present replaces that one. */
export const RiskInput = z
  .object({
    riskId: RiskId.optional(),
    title: z.string().trim().min(1).max(200),
    likelihood: Likelihood,
    impactDays: z.number().min(0).max(MAX_RISK_IMPACT_DAYS),
    /** Issue keys of the campaign's tasks or milestones the delay falls on. */
    targets: z.array(IssueKey).max(MAX_RISK_TARGETS),
    impactCost: RiskCost.optional(),
    ownerAccountId: z.string().min(1).max(128),
    mitigation: z.string().max(2000),
    status: RiskStatus,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.impactDays > 0 && r.targets.length === 0)
      ctx.addIssue({ code: 'custom', path: ['targets'], ...problemIssue('riskTargetsNeeded') });
  });
export type RiskInput = z.infer<typeof RiskInput>;

/** A risk of the register as stored and listed. */
export const Risk = z
  .object({
    riskId: RiskId,
    title: z.string(),
    likelihood: Likelihood,
    /** The likelihood as a probability (a level in words mapped by `LIKELIHOOD_PROBABILITY`). */
    probability: z.number().min(0).max(1),
    impactDays: z.number(),
    targets: z.array(z.string()),
    impactCost: RiskCost.optional(),
    ownerAccountId: z.string(),
    ownerName: z.string(),
    mitigation: z.string(),
    status: RiskStatus,
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .strict();
export type Risk = z.infer<typeof Risk>;

export const ListRisksPayload = z.object({ epicKey: EpicKey }).strict();
export type ListRisksPayload = z.input<typeof ListRisksPayload>;
export const ListRisksResult = z
  .object({
    risks: z.array(Risk),
    /** True for the campaign's PM and the project's admins (policy `risk.manage`). */
    canEdit: z.boolean(),
    /** Where the register lives: the app's storage (per campaign), or Jira issues of type "Risk". */
    source: z.enum(['app_storage', 'jira']),
    /** With `source: 'jira'`: the name of the project's issue type the risks are (e.g. "Risk"). */
    jiraIssueType: z.string().optional(),
    /** The tasks and milestones a risk may name, for the editor's choices. */
    targets: z.array(z.object({ key: z.string(), name: z.string(), kind: z.enum(['task', 'milestone']) }).strict()),
  })
  .strict();
export type ListRisksResult = z.infer<typeof ListRisksResult>;

export const SaveRiskPayload = z.object({ epicKey: EpicKey, risk: RiskInput }).strict();
export type SaveRiskPayload = z.input<typeof SaveRiskPayload>;
export const SaveRiskResult = z.object({ risk: Risk }).strict();
export type SaveRiskResult = z.infer<typeof SaveRiskResult>;
