import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { BriefDifference, KpiUnit } from './types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const UNITS: readonly string[] = ['percent', 'count', 'currency', 'ratio'] satisfies KpiUnit[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKpi = (v: unknown): v is { name: string; target: number; unit: KpiUnit } =>
  isRecord(v) && typeof v.name === 'string' && typeof v.target === 'number' && typeof v.unit === 'string' && UNITS.includes(v.unit);

function money(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A KPI target in the campaign's currency or with its unit (%, ×). */
export function kpiTarget(t: Strings, f: Formatters, unit: KpiUnit, target: number): string {
  if (unit === 'currency') return f.money(target);
  const symbol = t.unit[unit];
  return `${f.number(target)}${symbol ? `${t.lang === 'fr' && unit === 'percent' ? '\u202f' : ''}${symbol}` : ''}`;
}

/**
 * A value of the plan or of the brief, readably: dates and money in the user's locale, lists in words, KPIs as
 * "name: target". Approvers are account ids (the resolver gives no names), so they are counted.
 */
export function showValue(t: Strings, f: Formatters, locale: string, field: string, value: unknown, absent: string): string {
  if (value === null || value === undefined || value === '') return absent;
  if (typeof value === 'string') return ISO_DAY.test(value) ? f.date(value) : value;
  if (typeof value === 'number') return f.number(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return absent;
    if (field === 'approvers') return t.people(value.length);
    return f.list(value.map((v) => showValue(t, f, locale, field, v, absent)));
  }
  if (isKpi(value)) return `${value.name}${t.colon}${kpiTarget(t, f, value.unit, value.target)}`;
  if (isRecord(value)) {
    if (typeof value.amount === 'number' && typeof value.currency === 'string') return money(value.amount, value.currency, locale);
    if (typeof value.displayName === 'string') return value.displayName;
    return Object.entries(value)
      .map(([k, v]) => `${k}${t.colon}${showValue(t, f, locale, field, v, absent)}`)
      .join(' · ');
  }
  // Symbols and functions cannot come out of JSON.
  return absent;
}

/** The field's name for people: "Launch date", or the KPI's own name for `kpis.<id>`. */
export function fieldLabel(t: Strings, d: BriefDifference): string {
  if (d.field.startsWith('kpis.')) {
    const kpi = [d.inBrief, d.inPlan].find(isKpi);
    return t.kpiField(kpi?.name ?? d.field.slice('kpis.'.length));
  }
  return t.briefFields[d.field] ?? d.field;
}
