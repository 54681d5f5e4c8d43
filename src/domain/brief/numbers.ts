import type { KpiUnit } from '../model';
import { mustAt, mustGroup } from '../invariant';
import type { BriefNote } from './notes';

/**
 * Amounts and figures as people write them in French and English briefs: `120 000 €`, `€120,000`,
 * `120.000,50 EUR`, `USD 180,000`, `1,2 M€`, `CHF 12'500`, `4,0 %`. A lone separator followed by exactly three
 * digits (`1,500`, `1.500`) is read by the brief's language: grouping in French for `.`, in English for `,`.
 */

export type Language = 'fr' | 'en';

const CODES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'CNY',
  'INR',
  'BRL',
  'MXN',
  'NZD',
  'SGD',
  'HKD',
  'ZAR',
];
const SYMBOLS: [RegExp, string][] = [
  [/US\$/i, 'USD'],
  [/C\$|CA\$/i, 'CAD'],
  [/A\$|AU\$/i, 'AUD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/¥/, 'JPY'],
  [/\$/, 'USD'],
];
const CODE_PATTERN = new RegExp(`(?<![A-Za-z])(${CODES.join('|')})(?![A-Za-z])`, 'gi');

const MULTIPLIERS: [RegExp, number][] = [
  [/^(k|K)$/, 1e3],
  [/^(m|M|Mio|mio|millions?|million)$/, 1e6],
  [/^(Md|Mds|Mrd|bn|Bn|billions?|milliards?)$/, 1e9],
];

export type NumberReading = { ok: true; value: number } | { ok: false; reason: BriefNote };
export type AmountReading = { ok: true; amount: number; currency?: string } | { ok: false; reason: BriefNote };

/** Currency codes a text names (symbols and ISO codes), deduplicated, in order. */
export function currenciesIn(text: string): { codes: string[]; rest: string } {
  let rest = text;
  const codes: string[] = [];
  rest = rest.replace(CODE_PATTERN, (m) => {
    codes.push(m.toUpperCase());
    return ' ';
  });
  for (const [pattern, code] of SYMBOLS) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    rest = rest.replace(global, () => {
      codes.push(code);
      return ' ';
    });
  }
  return { codes: [...new Set(codes)], rest };
}

const GROUPED = (sep: string): RegExp => new RegExp(`^\\d{1,3}(${sep}\\d{3})+$`);

/** A plain figure with grouping/decimal separators: `1 500 000`, `1,200,000`, `4,0`, `120.000,50`. */
export function parseFigure(raw: string, language: Language): NumberReading {
  let s = raw
    .replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ')
    .trim()
    .replace(/^\+/, '');
  if (!/^\d[\d ,.'’]*$/.test(s)) return { ok: false, reason: { key: 'briefReading.whyNotNumber' } };
  const bad: NumberReading = { ok: false, reason: { key: 'briefReading.whyBadGroups' } };
  // Spaces and apostrophes only ever group thousands.
  for (const sep of [' ', "'", '’']) {
    if (!s.includes(sep)) continue;
    const integer = mustAt(s.split(/[,.](?=\d+$)/), 0, 'integer part');
    if (!GROUPED(sep === ' ' ? ' ' : sep).test(integer)) return bad;
    s = s.split(sep).join('');
  }
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalized: string;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [integer = '', fraction = '', ...extra] = s.split(decimal);
    if (extra.length > 0 || !GROUPED(`\\${group}`).test(integer) || !/^\d+$/.test(fraction)) return bad;
    normalized = `${integer.split(group).join('')}.${fraction}`;
  } else if (commas + dots > 1) {
    const sep = commas > 0 ? ',' : '.';
    if (!GROUPED(`\\${sep}`).test(s)) return bad;
    normalized = s.split(sep).join('');
  } else if (commas + dots === 1) {
    const sep = commas > 0 ? ',' : '.';
    const [integer, fraction] = s.split(sep);
    if (!integer || !fraction) return bad;
    const groupsThousands = fraction.length === 3 && (sep === ',' ? language === 'en' : language === 'fr');
    normalized = groupsThousands ? `${integer}${fraction}` : `${integer}.${fraction}`;
  } else normalized = s;
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : bad;
}

/** A figure with an optional multiplier word after it: `1,2 M`, `45k`, `3 millions`. */
function parseScaled(raw: string, language: Language): NumberReading {
  const m = /^(.*?\d)\s*([A-Za-z]+)?$/.exec(raw.trim());
  if (!m) return { ok: false, reason: { key: 'briefReading.whyNotNumber' } };
  const figure = parseFigure(mustGroup(m, 1), language);
  if (!figure.ok || !m[2]) return figure;
  const multiplier = MULTIPLIERS.find(([pattern]) => pattern.test(m[2] ?? ''));
  if (!multiplier) return { ok: false, reason: { key: 'briefReading.whyUnknownUnit', params: { unit: m[2] } } };
  return { ok: true, value: Math.round(figure.value * multiplier[1] * 100) / 100 };
}

/** Money: a figure and at most one currency (`HT`/`excl. VAT` accepted and dropped). */
export function parseAmount(text: string, language: Language): AmountReading {
  const cleaned = text.replace(/\b(HT|hors taxes?|excl\.? (VAT|tax(es)?))(?![A-Za-z])/gi, ' ');
  const { codes, rest } = currenciesIn(cleaned);
  if (codes.length > 1) return { ok: false, reason: { key: 'briefReading.whySeveralCurrencies', params: { codes: codes.join(', ') } } };
  const figure = parseScaled(rest.replace(/[()]/g, ' '), language);
  if (!figure.ok) return figure;
  return codes[0] ? { ok: true, amount: figure.value, currency: codes[0] } : { ok: true, amount: figure.value };
}

export type QuantityReading = { ok: true; value: number; unit?: KpiUnit } | { ok: false; reason: BriefNote };

/** A KPI target: `600`, `4,0 %`, `3.0x`, `1.2 M USD`; the unit it shows, if any. */
export function parseQuantity(text: string, language: Language): QuantityReading {
  const t = text.trim();
  if (/%\s*$/.test(t) || /^%/.test(t)) {
    const n = parseFigure(t.replace(/%/g, '').trim(), language);
    return n.ok ? { ok: true, value: n.value, unit: 'percent' } : n;
  }
  const ratio = /^(.*\d)\s*[x×]$/i.exec(t);
  if (ratio) {
    const n = parseFigure(mustGroup(ratio, 1), language);
    return n.ok ? { ok: true, value: n.value, unit: 'ratio' } : n;
  }
  const amount = parseAmount(t, language);
  if (!amount.ok) return amount;
  return amount.currency ? { ok: true, value: amount.amount, unit: 'currency' } : { ok: true, value: amount.amount };
}
