import type { Health } from '../../contracts/campaign-panel';
import type { GetPortfolioResult, PortfolioRow } from '../../contracts/portfolio';
import { portfolioReportWords, type PortfolioReportWords } from '../../wording/catalog/portfolio-report';
import { reportFormatters, type ReportFormatters } from './format';
import { reportLanguage, type ReportLanguage } from './language';
import { h, render, statusLozenge, table, type Cell, type LozengeColour, type Markup } from './storage-markup';

export interface PortfolioReportInput {
  /** The portfolio exactly as `getPortfolio` answers it for the publisher. */
  view: GetPortfolioResult;
  /** The publisher's locale: French for `fr_*`, English otherwise. */
  locale: string | undefined;
  timeZone?: string;
  /** When it is published (ISO instant). */
  publishedAt: string;
}

export interface PortfolioReportDocument {
  language: ReportLanguage;
  title: string;
  /** Confluence storage format (XHTML). */
  storage: string;
}

const HEALTH_COLOUR: Record<Health, LozengeColour> = { on_track: 'Green', at_risk: 'Yellow', off_track: 'Red' };

interface Context {
  w: PortfolioReportWords;
  /** Formatters in the row's currency. */
  f: (currency: string) => ReportFormatters;
}

const dateOr = (c: Context, iso: string | null): string => (iso === null ? c.w.empty : c.f('EUR').date(iso));

function portfolioRow(c: Context, r: PortfolioRow): Cell[] {
  const f = c.f(r.budget.currency);
  const { w } = c;
  return [
    `${r.name} (${r.campaignKey})`,
    r.projectKey,
    r.ownerName === '' ? w.empty : r.ownerName,
    [
      statusLozenge(w.healthState[r.health.level], HEALTH_COLOUR[r.health.level]),
      r.health.reasons.length > 0 ? h('ul', ...r.health.reasons.map((x) => h('li', x.text))) : null,
    ],
    dateOr(c, r.launchDate),
    dateOr(c, r.forecastP85),
    f.money(r.budget.amount),
    f.money(r.actual),
    r.eac === null ? w.empty : f.money(r.eac),
    r.variance === null ? w.empty : f.money(r.variance),
    w.signoffProgress(r.signoff.approved, r.signoff.total, r.signoff.late),
    r.kpiAttainment === null ? w.empty : f.percent(r.kpiAttainment),
  ];
}

function portfolioSection(c: Context, rows: readonly PortfolioRow[]): Markup[] {
  const k = c.w.columns;
  const head = [k.campaign, k.project, k.owner, k.health, k.launch, k.p85, k.budget, k.actual, k.eac, k.variance, k.signoff, k.kpi];
  return [
    h('h2', c.w.portfolio),
    table(
      head,
      rows.map((r) => portfolioRow(c, r)),
    ),
  ];
}

function totalsSection(c: Context, totals: GetPortfolioResult['totals']): Markup[] {
  const k = c.w.columns;
  const rows = totals.map((t) => {
    const f = c.f(t.currency);
    return [t.currency, String(t.campaigns), f.money(t.budget), f.money(t.actual), f.money(t.eac), f.money(t.variance)];
  });
  return [
    h('h2', c.w.totals),
    table([k.currency, k.campaigns, k.budget, k.actual, k.eac, k.variance], rows),
    h('p', h('em', c.w.totalsNote)),
  ];
}

/** The calendar as a table: campaign, first work, milestones, launch, P85, in launch order (as the portfolio is). */
function calendarSection(c: Context, rows: readonly PortfolioRow[]): Markup[] {
  const k = c.w.columns;
  const body = rows.map((r) => {
    const milestones = r.milestones.map((m) => h('li', c.w.milestone(m.name, dateOr(c, m.dueDate))));
    return [
      `${r.name} (${r.campaignKey})`,
      dateOr(c, r.firstWorkDate),
      milestones.length > 0 ? h('ul', ...milestones) : c.w.empty,
      dateOr(c, r.launchDate),
      dateOr(c, r.forecastP85),
    ];
  });
  return [h('h2', c.w.calendar), h('p', c.w.calendarNote), table([k.campaign, k.firstWork, k.milestones, k.launch, k.p85], body)];
}

/**
 * The portfolio report: the campaigns the publisher may see with their health, dates, money and sign-off progress,
 * the totals per currency (never across currencies), and the calendar as a table, in the publisher's language, as
 * Confluence storage format. Built from `getPortfolio`'s answer, so the page says what the global page shows.
 */
export function buildPortfolioReport(input: PortfolioReportInput): PortfolioReportDocument {
  const lang = reportLanguage(input.locale);
  const w = portfolioReportWords(lang);
  const formatters = new Map<string, ReportFormatters>();
  const f = (currency: string): ReportFormatters => {
    const known = formatters.get(currency) ?? reportFormatters(input.locale, currency, input.timeZone);
    formatters.set(currency, known);
    return known;
  };
  const c: Context = { w, f };
  const { campaigns, totals, visibleProjects } = input.view;
  const keys = [...new Set(campaigns.map((r) => r.projectKey))].sort();
  const projects = new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(keys);
  const intro: Markup[] = [
    h('p', campaigns.length === 0 || visibleProjects.length === 0 ? w.none : w.intro(campaigns.length, projects, keys.length)),
    h('p', h('em', w.generated(f('EUR').instant(input.publishedAt)))),
  ];
  const body =
    campaigns.length === 0 ? [] : [...portfolioSection(c, campaigns), ...totalsSection(c, totals), ...calendarSection(c, campaigns)];
  return { language: lang, title: w.title, storage: render([...intro, ...body]) };
}
