import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { CampaignStatus } from '../../contracts/campaign-status';
import { launchP85 } from '../portfolio/rollup';
import { reportFormatters } from '../report/format';
import { wordReason } from '../../wording/catalog/health';
import { languageOf } from '../../wording/locale';

/** The macro shows the first reasons only: the brief page is not the panel. */
export const STATUS_REASONS = 3;

/**
 * The compact status of a computed campaign panel: the portfolio's figures (launch P85, sign-offs counted the same
 * way) so the brief, the panel and the portfolio agree; the reasons worded for `locale`.
 */
export function campaignStatusOf(panel: CampaignPanel, locale: string | undefined): CampaignStatus {
  const lang = languageOf(locale);
  const f = reportFormatters(locale, panel.budget.currency);
  const open = panel.gates.filter((g) => g.state === 'open' || g.state === 'waiting' || g.state === 'changes_requested');
  return {
    mode: 'campaign',
    issueKey: panel.issueKey,
    epicKey: panel.campaign.epicKey,
    name: panel.campaign.name,
    health: {
      level: panel.health.status,
      reasons: panel.health.reasons
        .slice(0, STATUS_REASONS)
        .map((r) => ({ code: r.code, severity: r.severity, text: wordReason(r, lang, f) })),
    },
    launchDate: panel.campaign.launchDate,
    forecastP85: launchP85(panel.milestones, panel.campaign.launchDate),
    forecast: panel.forecast ?? null,
    budget: {
      currency: panel.budget.currency,
      planned: panel.budget.planned,
      actual: panel.budget.actual,
      percentSpent: panel.budget.percentSpent,
      forecastAtCompletion: panel.budget.forecastAtCompletion,
    },
    signoff: {
      approved: panel.gates.filter((g) => g.state === 'approved').length,
      total: panel.gates.length,
      late: panel.gates.filter((g) => g.late).length,
      open: open.length,
    },
    dataAsOf: panel.dataAsOf,
  };
}
