import type { CampaignStatus } from '../../contracts/campaign-status';
import { reportFormatters } from '../report/format';
import * as health from '../../wording/catalog/health';
import * as macro from '../../wording/catalog/macro';
import { languageOf } from '../../wording/locale';

/** An ADF node (Atlassian Document Format), as much of it as the export writes. */
export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

/** What the export could read: the status, an issue outside any campaign, or nothing (refused or failed). */
export type ExportedStatus = CampaignStatus | { mode: 'none'; issueKey: string } | { mode: 'unavailable'; issueKey: string | null };

const text = (t: string, marks?: AdfNode['marks']): AdfNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const strong = (t: string): AdfNode => text(t, [{ type: 'strong' }]);
const STATUS_COLOUR = { on_track: 'green', at_risk: 'yellow', off_track: 'red' } as const;

function epicLink(issueKey: string, label: string, siteUrl: string | undefined): AdfNode {
  return siteUrl ? text(label, [{ type: 'link', attrs: { href: `${siteUrl.replace(/\/$/, '')}/browse/${issueKey}` } }]) : text(label);
}

function rows(s: CampaignStatus, locale: string | undefined): [string, AdfNode[]][] {
  const lang = languageOf(locale);
  const w = lang === 'fr' ? macro.fr : macro.en;
  const h = lang === 'fr' ? health.fr : health.en;
  const f = reportFormatters(locale, s.budget.currency);
  const forecast =
    s.forecastP85 === null
      ? s.forecast?.status === 'pending'
        ? w.forecastPending
        : w.noForecast
      : `${f.date(s.forecastP85)}${s.forecastP85 > s.launchDate ? ` (${w.afterLaunch})` : ''}`;
  const eac = s.budget.forecastAtCompletion === null ? '' : ` · ${w.expectedFinal(f.money(s.budget.forecastAtCompletion))}`;
  const signoff =
    s.signoff.total === 0
      ? w.noGates
      : `${w.signoffLine(s.signoff.approved, s.signoff.total)}${s.signoff.late > 0 ? `, ${w.signoffLate(s.signoff.late)}` : ''}`;
  const reasons = s.health.reasons.map((r) => r.text).join(' ');
  return [
    [
      w.health,
      [
        { type: 'status', attrs: { text: h.healthState[s.health.level], color: STATUS_COLOUR[s.health.level] } },
        ...(reasons ? [text(` ${reasons}`)] : []),
      ],
    ],
    [w.launch, [text(f.date(s.launchDate))]],
    [w.forecast, [text(forecast)]],
    [w.budget, [text(`${w.budgetLine(f.money(s.budget.actual), f.money(s.budget.planned), f.percent(s.budget.percentSpent))}${eac}`)]],
    [w.signoff, [text(signoff)]],
  ];
}

/**
 * The macro's static version for PDF and Word exports (`adfExport`): the same figures as the live panel, as a
 * heading and a two-column table, in the reader's language; a status that could not be read says so and keeps the
 * link to the epic, so an export never fails because of the macro.
 */
export function statusExportAdf(status: ExportedStatus, locale: string | undefined, siteUrl?: string): AdfDoc {
  const w = languageOf(locale) === 'fr' ? macro.fr : macro.en;
  if (status.mode === 'unavailable' || status.mode === 'none') {
    const line = status.mode === 'none' ? w.notCampaign(status.issueKey) : status.issueKey ? w.exportUnavailable : w.notConfigured;
    const link = status.issueKey ? [text(' '), epicLink(status.issueKey, w.openEpic(status.issueKey), siteUrl)] : [];
    return { type: 'doc', version: 1, content: [paragraph(strong(`${w.title} — `), text(line), ...link)] };
  }
  const f = reportFormatters(locale, status.budget.currency);
  const table: AdfNode = {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: rows(status, locale).map(([label, value]) => ({
      type: 'tableRow',
      content: [
        { type: 'tableHeader', attrs: {}, content: [paragraph(text(label))] },
        { type: 'tableCell', attrs: {}, content: [paragraph(...value)] },
      ],
    })),
  };
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [text(`${w.title} — ${status.name}`)] },
      table,
      paragraph(epicLink(status.epicKey, w.openEpic(status.epicKey), siteUrl), text(` · ${w.asOf(f.instant(status.dataAsOf))}`)),
    ],
  };
}
