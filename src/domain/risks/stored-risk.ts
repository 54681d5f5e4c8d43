import { z } from 'zod';
import { Likelihood, RiskCost, RiskId, RiskStatus } from '../../contracts/risks';
import type { StoredRisk } from './register';

/** A risk as either register keeps it (app storage or a Jira issue property): what the PM wrote, who changed it last. */
export const StoredRiskSchema = z.object({
  riskId: RiskId,
  title: z.string(),
  likelihood: Likelihood,
  impactDays: z.number(),
  targets: z.array(z.string()),
  impactCost: RiskCost.optional(),
  ownerAccountId: z.string(),
  mitigation: z.string(),
  status: RiskStatus,
  updatedAt: z.string(),
  updatedBy: z.string(),
}) satisfies z.ZodType<StoredRisk>;

/** The same risk with its keys in one order, so two copies compare equal exactly when they hold the same values. */
export const canonicalRisk = (risk: StoredRisk): StoredRisk => StoredRiskSchema.parse(risk);
