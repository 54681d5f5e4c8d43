import type { RiskInput, SaveRiskResult } from '../../contracts/risks';
import { MAX_RISKS } from '../../contracts/risks';
import { DomainError } from '../../domain/errors';
import { may } from '../../domain/policy';
import { nextRiskId, riskTargets, riskView, type StoredRisk } from '../../domain/risks/register';
import type { ActingUser } from '../acting-user';
import { refusalOf } from '../authorise';
import type { Clock } from '../ports/clock';
import { riskCampaign, type RiskRegisterPorts } from './risk-campaign';

export interface SaveRiskPorts extends RiskRegisterPorts {
  clock: Clock;
}

/** A target the campaign does not have. */
const invalid = (field: string, p: { key: string; epicKey: string }): DomainError =>
  new DomainError('INVALID_INPUT', { key: 'errors.riskTargetUnknown', params: { field, ...p } }, field);

/**
 * Creates a risk (no `riskId`) or replaces one of the campaign's register (policy `risk.manage`: the campaign's PM
 * and the project's admins). The register is written whole, after every check: a refusal stores nothing.
 * Errors: NOT_FOUND `epicKey` (see `riskCampaign`); FORBIDDEN `epicKey`; INVALID_INPUT `risk.targets.<n>` (not a
 * task or milestone of the campaign), `risk.ownerAccountId` (not a person of the site), `risk` (register full);
 * NOT_FOUND `risk.riskId` (no such risk in this register).
 */
export async function saveRisk(
  input: { epicKey: string; risk: RiskInput },
  user: ActingUser,
  ports: SaveRiskPorts,
): Promise<SaveRiskResult> {
  const { record, actor, parties } = await riskCampaign(input.epicKey, user, ports);
  const decision = may(actor, 'risk.manage', parties);
  if (!decision.allowed) throw refusalOf(decision, record.plan.projectKey, 'epicKey');
  const { risk } = input;
  const known = new Set(riskTargets(record).map((t) => t.key));
  const unknown = risk.targets.findIndex((k) => !known.has(k));
  if (unknown >= 0) throw invalid(`risk.targets.${unknown}`, { key: risk.targets[unknown] ?? '', epicKey: record.epicKey });
  const [stored, people] = await Promise.all([ports.register.list(record.epicKey), ports.people.list()]);
  const owner = people.find((p) => p.accountId === risk.ownerAccountId);
  if (!owner)
    throw new DomainError('INVALID_INPUT', { key: 'errors.notAPerson', params: { field: 'risk.ownerAccountId' } }, 'risk.ownerAccountId');
  const existing = risk.riskId === undefined ? -1 : stored.findIndex((r) => r.riskId === risk.riskId);
  if (risk.riskId !== undefined && existing < 0)
    throw new DomainError(
      'NOT_FOUND',
      { key: 'errors.riskUnknown', params: { riskId: risk.riskId, epicKey: record.epicKey } },
      'risk.riskId',
    );
  if (existing < 0 && stored.length >= MAX_RISKS)
    throw new DomainError('INVALID_INPUT', { key: 'errors.riskRegisterFull', params: { max: MAX_RISKS } }, 'risk');

  const saved: StoredRisk = {
    riskId: risk.riskId ?? nextRiskId(stored),
    title: risk.title,
    likelihood: risk.likelihood,
    impactDays: risk.impactDays,
    targets: [...new Set(risk.targets)],
    ...(risk.impactCost ? { impactCost: risk.impactCost } : {}),
    ownerAccountId: owner.accountId,
    mitigation: risk.mitigation,
    status: risk.status,
    updatedAt: ports.clock.now().toISOString(),
    updatedBy: user.accountId,
  };
  const next = existing < 0 ? [...stored, saved] : stored.map((r, i) => (i === existing ? saved : r));
  await ports.register.save(record.epicKey, next);
  return { risk: riskView(saved, { [owner.accountId]: owner.displayName }) };
}
