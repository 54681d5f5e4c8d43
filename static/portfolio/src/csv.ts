import type { PortfolioRow } from '../../../src/contracts/portfolio';
import { audienceName } from '../../../src/wording/catalog/audiences';
import { channelName } from '../../../src/wording/catalog/channels';
import type { Strings } from './i18n';

/**
 * One CSV value: quoted when it holds a comma, a quote, a line break or edge spaces (its quotes doubled, RFC 4180);
 * a text that a spreadsheet would read as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows shown as CSV, headers in the reader's language: plain numbers (a dot for decimals, no currency sign) with
 * the currency in its own column, ISO dates, names in words; UTF-8 with a byte order mark so spreadsheets read the accents.
 */
export function portfolioCsv(t: Strings, rows: readonly PortfolioRow[]): string {
  const c = t.csvColumns;
  const header = [
    c.key,
    c.name,
    c.project,
    c.owner,
    c.health,
    c.reasons,
    c.firstWork,
    c.launch,
    c.forecast,
    c.currency,
    c.budget,
    c.actual,
    c.eac,
    c.variance,
    c.approved,
    c.gates,
    c.late,
    c.kpi,
    c.audiences,
    c.channels,
  ];
  const lines = rows.map((r) => [
    r.campaignKey,
    r.name,
    r.projectKey,
    r.ownerName || t.noOwner,
    t.healthState[r.health.level],
    r.health.reasons.map((x) => x.text).join(' · '),
    r.firstWorkDate,
    r.launchDate,
    r.forecastP85,
    r.budget.currency,
    r.budget.amount,
    r.actual,
    r.eac,
    r.variance,
    r.signoff.approved,
    r.signoff.total,
    r.signoff.late,
    r.kpiAttainment === null ? null : Math.round(r.kpiAttainment * 1000) / 10,
    (r.audiences ?? []).map((a) => audienceName(t.lang, a)).join(' · '),
    (r.channels ?? []).map((c) => channelName(t.lang, c)).join(' · '),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvValue).join(',')).join('\r\n')}\r\n`;
}

/** Saves `text` as `file` through a Blob link, in the browser (nothing leaves the page). */
export function download(text: string, file: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
