import type { ListRisksResult } from '../../contracts/risks';
import { may } from '../../domain/policy';
import { riskTargets, riskView } from '../../domain/risks/register';
import type { ActingUser } from '../acting-user';
import { riskCampaign, type RiskRegisterPorts } from './risk-campaign';

/**
 * The campaign's risk register, for anyone who sees the epic, with whether the acting user may edit it (policy
 * `risk.manage`: the campaign's PM and the project's admins), the tasks and milestones a risk may name, and where the
 * register is kept (app storage, or Jira issues of the project's "Risk" type).
 * Errors: NOT_FOUND `epicKey` (see `riskCampaign`).
 */
export async function listRisks(input: { epicKey: string }, user: ActingUser, ports: RiskRegisterPorts): Promise<ListRisksResult> {
  const { record, actor, parties } = await riskCampaign(input.epicKey, user, ports);
  const [stored, people, home] = await Promise.all([
    ports.register.list(record.epicKey),
    ports.people.list(),
    ports.register.home?.(record.epicKey) ?? Promise.resolve({ source: 'app_storage' as const }),
  ]);
  const names = Object.fromEntries(people.map((p) => [p.accountId, p.displayName]));
  return {
    risks: stored.map((r) => riskView(r, names)),
    canEdit: may(actor, 'risk.manage', parties).allowed,
    source: home.source,
    ...(home.source === 'jira' ? { jiraIssueType: home.issueType } : {}),
    targets: riskTargets(record),
  };
}
