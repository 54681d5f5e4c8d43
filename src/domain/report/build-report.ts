import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { Risk } from '../../contracts/risks';
import { riskSection } from './risk-section';
import type { HolidayCalendar, IsoDate, SignOffEntry, SnapshotIssue } from '../model';
import { DomainError } from '../errors';
import { reportFormatters } from './format';
import { reportLanguage, type ReportLanguage } from './language';
import { kpiOutcomes, slippedMilestones } from './post-campaign';
import { kpiOutcomeSection, slippedSection, spendSection, summarySection } from './post-campaign-sections';
import { budgetSection, healthSection, kpiSection, milestoneSection, signOffSection, type SectionContext } from './status-sections';
import { h, render, type Markup } from './storage-markup';
import { reportStrings, type ReportKind } from '../../wording/catalog/report';

export interface ReportInput {
  kind: ReportKind;
  /** The campaign panel on its epic, exactly as `getCampaignPanel` answers it. */
  panel: CampaignPanel;
  /** The roll-up's issues (for when milestones and tasks finished). */
  issues: readonly SnapshotIssue[];
  signOffEntries: readonly SignOffEntry[];
  people: Readonly<Record<string, string>>;
  calendar: HolidayCalendar;
  today: IsoDate;
  /** The reader's locale (the acting PM's): French for `fr_*`, English otherwise. */
  locale: string | undefined;
  timeZone?: string;
  /** When the report is published (ISO instant). */
  publishedAt: string;
  /** The campaign's risk register: the status report prints it. */
  risks?: readonly Risk[];
}

export interface ReportDocument {
  kind: ReportKind;
  language: ReportLanguage;
  title: string;
  /** Confluence storage format (XHTML). */
  storage: string;
}

/** Confluence titles are at most 255 characters; the campaign's name gives way to the suffix. */
const MAX_TITLE = 255;

export function reportTitle(name: string, kind: ReportKind, lang: ReportLanguage): string {
  const suffix = ` — ${reportStrings(lang).title[kind]}`;
  const room = MAX_TITLE - suffix.length;
  const base = name.trim().replace(/\s+/g, ' ');
  return `${base.length > room ? `${base.slice(0, room - 1)}…` : base}${suffix}`;
}

/**
 * The status report (health and reasons, budget burn with the chart as a table, milestone risk, sign-offs, KPIs) or
 * the post-campaign report (KPI targets against actuals, spend against budget, what slipped and why), from the
 * panel's own numbers, in the reader's language, as Confluence storage format.
 */
export function buildReport(input: ReportInput): ReportDocument {
  const { panel } = input;
  if (panel.mode !== 'epic')
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.notTheEpic', params: { field: 'epicKey', key: panel.issueKey, epicKey: panel.campaign.epicKey } },
      'epicKey',
    );
  const lang = reportLanguage(input.locale);
  const c: SectionContext = { s: reportStrings(lang), f: reportFormatters(input.locale, panel.budget.currency, input.timeZone), lang };
  const { campaign } = panel;
  const intro: Markup[] = [
    h('p', c.s.intro(campaign.name, campaign.epicKey, c.f.date(campaign.launchDate), c.f.money(campaign.budget.amount))),
    h('p', h('em', c.s.generated(c.f.instant(input.publishedAt), c.f.instant(panel.dataAsOf)))),
  ];
  const body = input.kind === 'status' ? statusBody(c, panel, input.risks ?? []) : postCampaignBody(c, input);
  return { kind: input.kind, language: lang, title: reportTitle(campaign.name, input.kind, lang), storage: render([...intro, ...body]) };
}

function statusBody(c: SectionContext, panel: CampaignPanel, risks: readonly Risk[]): Markup[] {
  return [
    ...healthSection(c, panel.health),
    ...budgetSection(c, panel.budget),
    ...milestoneSection(c, panel.milestones),
    ...riskSection(c, panel, risks),
    ...signOffSection(c, panel.gates),
    ...kpiSection(c, panel.kpis),
  ];
}

function postCampaignBody(c: SectionContext, input: ReportInput): Markup[] {
  const { panel } = input;
  const outcomes = kpiOutcomes(panel.kpis);
  const slipped = slippedMilestones({
    panel,
    issues: input.issues,
    signOffEntries: input.signOffEntries,
    people: input.people,
    today: input.today,
    calendar: input.calendar,
  });
  return [
    ...summarySection(c, outcomes, panel.budget, slipped.length),
    ...kpiOutcomeSection(c, outcomes),
    ...spendSection(c, panel.budget),
    ...slippedSection(c, slipped),
    ...signOffSection(c, panel.gates),
  ];
}
