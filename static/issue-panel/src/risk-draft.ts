import type { Risk, RiskInput, RiskStatus } from '../../../src/contracts/risks';
import type { LikelihoodWord } from '../../../src/wording/catalog/risks';

/** The risk editor's draft: what the form holds, as text, until it becomes a `saveRisk` payload. */
export const LEVELS: readonly LikelihoodWord[] = ['low', 'medium', 'high'];
export const STATUSES: readonly RiskStatus[] = ['open', 'mitigated', 'closed', 'occurred'];
export const CATEGORIES = ['media', 'production', 'agency', 'tooling', 'event'] as const;
export const FIELDS = ['title', 'likelihood', 'impactDays', 'targets', 'impactCost', 'ownerAccountId', 'mitigation', 'status'] as const;
export const fieldId = (field: string): string => `risk-form-${field}`;

/** The form's own field of a resolver's error path (`risk.targets.1` → `targets`). */
export const fieldOf = (path: string | undefined): string | undefined => {
  const name = path?.split('.')[1];
  return FIELDS.find((f) => f === name);
};

export interface Draft {
  title: string;
  level: LikelihoodWord | 'exact';
  percent: string;
  impactDays: string;
  targets: string[];
  cost: string;
  category: (typeof CATEGORIES)[number];
  owner: string;
  mitigation: string;
  status: RiskStatus;
}
export type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

export const draftOf = (risk: Risk | null): Draft => ({
  title: risk?.title ?? '',
  level: typeof risk?.likelihood === 'string' ? risk.likelihood : risk ? 'exact' : 'medium',
  percent: risk ? String(Math.round(risk.probability * 100)) : '50',
  impactDays: String(risk?.impactDays ?? 0),
  targets: risk?.targets ?? [],
  cost: risk?.impactCost ? String(risk.impactCost.amount) : '',
  category: risk?.impactCost?.category ?? 'production',
  owner: risk?.ownerAccountId ?? '',
  mitigation: risk?.mitigation ?? '',
  status: risk?.status ?? 'open',
});

export const inputOf = (d: Draft, riskId: string | undefined): RiskInput => ({
  ...(riskId ? { riskId } : {}),
  title: d.title.trim(),
  likelihood: d.level === 'exact' ? Number(d.percent) / 100 : d.level,
  impactDays: Number(d.impactDays),
  targets: Number(d.impactDays) > 0 ? d.targets : [],
  ...(d.cost.trim() !== '' ? { impactCost: { amount: Number(d.cost), category: d.category } } : {}),
  ownerAccountId: d.owner,
  mitigation: d.mitigation.trim(),
  status: d.status,
});
