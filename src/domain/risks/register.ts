import { LIKELIHOOD_PROBABILITY, type Likelihood, type Risk } from '../../contracts/risks';
import type { RiskEvent } from '../forecast';
import type { CampaignRecord } from '../model';

/** A likelihood as a probability: a number as given, a level in words by the documented mapping. */
export const probabilityOf = (likelihood: Likelihood): number =>
  typeof likelihood === 'number' ? likelihood : LIKELIHOOD_PROBABILITY[likelihood];

/** The tasks and milestones of a campaign a risk may name, from its record (plan row → issue), in plan order. */
export function riskTargets(record: CampaignRecord): { key: string; name: string; kind: 'task' | 'milestone' }[] {
  return record.plan.rows.flatMap((row) => {
    const key = record.issueKeys[row.rowId];
    return key ? [{ key, name: row.summary, kind: row.kind }] : [];
  });
}

/** Only open risks are sampled: a mitigated or closed risk is no longer expected, an occurred one is in the plan's work. */
export const isOpen = (risk: Pick<Risk, 'status'>): boolean => risk.status === 'open';

/** The open risks of a register as the Monte Carlo's discrete events (those with a delay on some target). */
export function riskEvents(risks: readonly Risk[]): RiskEvent[] {
  return risks
    .filter((r) => isOpen(r) && r.impactDays > 0 && r.targets.length > 0 && r.probability > 0)
    .map((r) => ({ id: r.riskId, probability: r.probability, impactDays: r.impactDays, targets: r.targets }));
}

/** Σ probability × amount over open risks with a cost impact: the expected cost of risks, campaign currency. */
export function expectedRiskCost(risks: readonly Risk[]): number {
  const total = risks.filter(isOpen).reduce((s, r) => s + r.probability * (r.impactCost?.amount ?? 0), 0);
  return Math.round(total * 100) / 100;
}

/** The next free id of a register (`risk-1`, `risk-2`, …): ids are never reused. */
export function nextRiskId(risks: readonly Pick<Risk, 'riskId'>[]): string {
  const numbers = risks.map((r) => Number(r.riskId.slice('risk-'.length))).filter((n) => Number.isFinite(n));
  return `risk-${Math.max(0, ...numbers) + 1}`;
}

/** A risk as kept in the register: what the PM wrote, with who changed it last and when. */
export type StoredRisk = Omit<Risk, 'probability' | 'ownerName'>;

/** A stored risk as listed: its probability, and its owner's name (the account id when the directory does not know it). */
export const riskView = (stored: StoredRisk, people: Readonly<Record<string, string>>): Risk => ({
  ...stored,
  probability: probabilityOf(stored.likelihood),
  ownerName: people[stored.ownerAccountId] ?? stored.ownerAccountId,
});
