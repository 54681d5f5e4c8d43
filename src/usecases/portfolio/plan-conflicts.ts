import type { LevelingProposal, PlanConflicts as PlanConflictsView } from '../../contracts/conflicts';
import { levelingProposals, planConflicts, rolePoolsOf, type LevelingProposal as Proposal } from '../../domain/forecast';
import { addBusinessDays } from '../../domain/schedule/business-days';
import type { CapacityPort } from '../ports/capacity-store';
import { planActivities, planGates } from '../../domain/metrics';
import type { CampaignPlan } from '../../domain/model';
import { otherCampaigns, type OtherCampaignWorkPorts } from './other-campaigns';

export interface PlanConflictPorts extends OtherCampaignWorkPorts {
  /** People's capacity settings (none: everyone at 100 %). */
  capacity?: CapacityPort;
}

const NEW_CAMPAIGN = 'plan';

/**
 * The conflicts `plan` would cause or join, with every other campaign's open work and sign-offs from app storage:
 * the preview shows them before creation, a re-plan before it is applied (`replacing` is the campaign re-planned).
 */
export async function conflictsOfPlan(
  plan: CampaignPlan,
  today: string,
  names: ReadonlyMap<string, string>,
  ports: PlanConflictPorts,
  replacing: string | null = null,
): Promise<PlanConflictsView> {
  const [others, people] = await Promise.all([otherCampaigns(replacing, ports), ports.capacity?.all() ?? Promise.resolve([])]);
  const activities = [...planActivities(NEW_CAMPAIGN, plan), ...others.activities];
  const found = planConflicts({
    campaign: NEW_CAMPAIGN,
    activities,
    gates: [...planGates(NEW_CAMPAIGN, plan), ...others.gates],
    people,
    calendar: plan.holidayCalendar,
    today,
  });
  const nameOf = (accountId: string): string => names.get(accountId) ?? accountId;
  const proposals = levelingProposals({
    campaign: NEW_CAMPAIGN,
    activities,
    people,
    pools: rolePoolsOf(activities),
    calendar: plan.holidayCalendar,
    today,
  });
  return {
    load: found.load.map((w) => ({
      accountId: w.accountId,
      displayName: nameOf(w.accountId),
      weekStart: w.weekStart,
      demandDays: w.demandDays,
      capacityDays: w.capacityDays,
      ratio: Number.isFinite(w.ratio) ? w.ratio : null,
      level: w.level === 'over' ? 'over' : 'at_risk',
      otherCampaigns: w.campaigns.filter((c) => c !== NEW_CAMPAIGN).length,
    })),
    approvers: found.approvers.map((c) => ({
      accountId: c.accountId,
      displayName: nameOf(c.accountId),
      date: c.date,
      gates: c.gates.filter((g) => g.campaign === NEW_CAMPAIGN).map((g) => g.name),
      otherGates: c.gates.filter((g) => g.campaign !== NEW_CAMPAIGN).length,
    })),
    leveling: proposals.map((p) => proposalView(p, plan, nameOf)),
  };
}

/** A domain proposal in the plan's own terms: the row it changes (keys are `plan:<rowId>`), names, the new dates. */
function proposalView(p: Proposal, plan: CampaignPlan, nameOf: (accountId: string) => string): LevelingProposal {
  const base = {
    accountId: p.accountId,
    displayName: nameOf(p.accountId),
    weekStart: p.weekStart,
    overBefore: p.overBefore,
    overAfter: p.overAfter,
  };
  const c = p.change;
  if (c.kind === 'move_launch')
    return {
      ...base,
      kind: c.kind,
      businessDays: c.businessDays,
      launchDate: addBusinessDays(plan.launchDate, c.businessDays, plan.holidayCalendar),
    };
  const rowId = c.key.slice(NEW_CAMPAIGN.length + 1);
  const summary = plan.rows.find((r) => r.rowId === rowId)?.summary ?? rowId;
  if (c.kind === 'shift') return { ...base, kind: c.kind, rowId, summary, businessDays: c.businessDays, dueDate: c.dueDate };
  return { ...base, kind: c.kind, rowId, summary, toAccountId: c.to, toName: nameOf(c.to) };
}
