import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { CampaignKpisAnswer, CampaignStatusAnswer } from '../../contracts/rovo';
import { DomainError } from '../../domain/errors';
import { reportFormatters } from '../../domain/report/format';
import { assistantWords } from '../../wording/catalog/assistant';
import { languageOf } from '../../wording/locale';
import type { ActingUser } from '../acting-user';
import { getCampaignPanel, type GetCampaignPanelPorts } from '../panel/get-campaign-panel';
import { campaignKeyOf, frameOf, healthView, issuePath } from './frame';

/** Milestones an answer lists: the open ones, soonest due first. */
export const NEXT_MILESTONES = 3;

/**
 * The campaign panel of `key` as the user sees it (Jira's visibility decides: a campaign they may not browse is the
 * panel's own NOT_FOUND, whatever key the model passed); an issue outside any campaign is refused naming `campaignKey`.
 */
export async function panelOf(key: string, user: ActingUser, ports: GetCampaignPanelPorts): Promise<CampaignPanel> {
  const panel = await getCampaignPanel({ issueKey: key }, user, ports);
  if (panel.mode === 'none')
    throw new DomainError('NOT_FOUND', { key: 'errors.notInACampaign', params: { field: 'campaignKey', issueKey: key } }, 'campaignKey');
  return panel;
}

const refOf = (panel: CampaignPanel) => ({
  key: panel.campaign.epicKey,
  name: panel.campaign.name,
  launchDate: panel.campaign.launchDate,
  path: issuePath(panel.campaign.epicKey),
});

/** "Where does this campaign stand?": health and its reasons, the next milestones with their forecast, the budget. */
export async function campaignStatus(
  input: { campaignKey?: string | undefined; contextIssueKey?: string | undefined },
  user: ActingUser,
  ports: GetCampaignPanelPorts,
): Promise<CampaignStatusAnswer> {
  const panel = await panelOf(campaignKeyOf(input, input.contextIssueKey), user, ports);
  const { budget } = panel;
  const f = reportFormatters(user.locale, budget.currency);
  const words = assistantWords[languageOf(user.locale)];
  const next = panel.milestones
    .filter((m) => m.status === 'open')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
    .slice(0, NEXT_MILESTONES);
  return {
    ...frameOf(user),
    campaign: refOf(panel),
    health: healthView(panel.health.status, panel.health.reasons, user, budget.currency),
    nextMilestones: next.map((m) => ({
      key: m.key,
      name: m.name,
      dueDate: m.dueDate,
      risk: m.risk,
      p50: m.p50,
      p85: m.p85,
      onTimeProbability: m.onTimeProbability ?? null,
    })),
    budget: {
      currency: budget.currency,
      budget: budget.planned,
      committed: budget.committed,
      actual: budget.actual,
      remaining: budget.remaining,
      forecastAtCompletion: budget.forecastAtCompletion,
      percentSpent: budget.percentSpent,
      summary: words.budgetSummary(f.money(budget.actual), f.money(budget.planned)),
    },
    ...(panel.forecast ? { forecast: panel.forecast } : {}),
  };
}

/** "Are we on target?": each KPI's actual against its target and its pace, as the panel shows them. */
export async function campaignKpis(
  input: { campaignKey?: string | undefined; contextIssueKey?: string | undefined },
  user: ActingUser,
  ports: GetCampaignPanelPorts,
): Promise<CampaignKpisAnswer> {
  const panel = await panelOf(campaignKeyOf(input, input.contextIssueKey), user, ports);
  return {
    ...frameOf(user),
    campaign: refOf(panel),
    kpis: panel.kpis.map((k) => ({
      kpiId: k.kpiId,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      target: k.target,
      actual: k.actual,
      expectedByNow: k.expectedByNow,
      onPace: k.onPace,
      paceRatio: k.pace?.ratio ?? null,
    })),
  };
}
