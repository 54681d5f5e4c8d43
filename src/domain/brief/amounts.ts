import { parseFigure, type Language } from './numbers';
import { categoryOf } from './budget-categories';
import type { CostCategory } from '../model';

/**
 * Amounts inside a sentence, as people write them in briefs: `$120,000`, `$120k`, `95 k€`, `1,2 M€`,
 * `120 000 €` (plain, no-break or narrow spaces), `USD 180,000`, ranges (`80–100 k€`, `$80k to $100k`) and
 * approximations (`~ 95 k€ ?`, `environ 95 000 €`, `about $90k`). Only figures that carry a currency are read
 * here: a bare number in a sentence is not taken for money.
 */

const CURRENCY = String.raw`(?:US\$|CA?\$|AU?\$|€|£|¥|\$|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK|CNY|INR|BRL|MXN|NZD|SGD|HKD|ZAR)(?![A-Za-z]))`;
/** Separators count only between digits; a space only before a group of exactly three digits. */
const FIGURE = String.raw`\d(?:\d|[.,'’](?=\d)|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))*`;
const SCALE = String.raw`(?:k|K|Mio|M|Md|Mds|bn|millions?|milliards?)(?![A-Za-z])`;
/** A word in either case (`About`, `about`, `ENVIRON`) without making the whole pattern case-blind (`m` vs `M`). */
const anyCase = (word: string): string => word.replace(/\./g, '\\.').replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const APPROX_WORDS = [
  'environ',
  'about',
  'approx.',
  'approx',
  'approximately',
  'around',
  'roughly',
  'circa',
  'ca.',
  'autour de',
  'près de',
  'pres de',
  'quelque',
];
const APPROX = String.raw`(?:~|≈|±|\+\/-|(?<![A-Za-z])(?:${APPROX_WORDS.map(anyCase).join('|')})(?![A-Za-z]))`;
const RANGE = String.raw`(?:-|–|—|(?<![A-Za-z])to(?![A-Za-z])|à)`;

const PATTERN = new RegExp(
  String.raw`(?<approx>${APPROX}\s*)?(?<c1>${CURRENCY})?\s?(?<n1>${FIGURE})\s?(?<m1>${SCALE})?\s?(?<c2>${CURRENCY})?` +
    String.raw`(?:\s?${RANGE}\s?(?<c3>${CURRENCY})?\s?(?<n2>${FIGURE})\s?(?<m2>${SCALE})?\s?(?<c4>${CURRENCY})?)?(?<q>\s?\?)?`,
  'g',
);

const SYMBOL_CODES: [RegExp, string][] = [
  [/^US\$$/i, 'USD'],
  [/^CA?\$$/i, 'CAD'],
  [/^AU?\$$/i, 'AUD'],
  [/^€$/, 'EUR'],
  [/^£$/, 'GBP'],
  [/^¥$/, 'JPY'],
  [/^\$$/, 'USD'],
];
const codeOf = (raw: string): string => SYMBOL_CODES.find(([p]) => p.test(raw))?.[1] ?? raw.toUpperCase();

const SCALES: [RegExp, number][] = [
  [/^[kK]$/, 1e3],
  [/^(M|Mio|millions?)$/, 1e6],
  [/^(Md|Mds|bn|milliards?)$/, 1e9],
];
const scaleOf = (raw: string | undefined): number => (raw ? (SCALES.find(([p]) => p.test(raw))?.[1] ?? 1) : 1);

export interface AmountHit {
  amount: number;
  currency: string;
  /** Both ends of a range (`80–100 k€`); `amount` is then the upper end. */
  range?: { min: number; max: number };
  /** Written with `~`, `environ`, `about`, `?`…: kept, and flagged as uncertain. */
  approximate: boolean;
  /** The amount as written, and where it ends in the text (a breakdown may follow). */
  raw: string;
  end: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Every amount with a currency the text holds, in order. */
export function findAmounts(text: string, language: Language): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups ?? {};
    const codes = [g.c1, g.c2, g.c3, g.c4].filter((c): c is string => Boolean(c)).map(codeOf);
    if (codes.length === 0 || new Set(codes).size > 1) continue;
    const first = parseFigure(g.n1 ?? '', language);
    if (!first.ok) continue;
    const scale2 = scaleOf(g.m2);
    const scale1 = g.m1 ? scaleOf(g.m1) : scale2;
    const low = round(first.value * scale1);
    let range: AmountHit['range'];
    if (g.n2) {
      const second = parseFigure(g.n2, language);
      if (!second.ok) continue;
      const high = round(second.value * scale2);
      if (high > low) range = { min: low, max: high };
    }
    const raw = m[0].trim();
    const approximate = Boolean(g.approx) || Boolean(g.q);
    hits.push({
      amount: range ? range.max : low,
      currency: codes[0] ?? '',
      ...(range ? { range } : {}),
      approximate,
      raw,
      end: m.index + m[0].length,
    });
  }
  return hits;
}

export interface BreakdownLine {
  label: string;
  amount: number;
  category?: CostCategory;
}

/**
 * The split that follows a total in parentheses: `$120,000 (paid media $55k, content $25k, events $30k)`.
 * Each part is a label and one amount in the total's currency; anything else means no breakdown is read.
 */
export function breakdownAfter(text: string, total: AmountHit, language: Language): BreakdownLine[] | undefined {
  const rest = text.slice(total.end);
  const open = /^\s*\(/.exec(rest);
  if (!open) return undefined;
  const close = rest.indexOf(')', open[0].length);
  if (close < 0) return undefined;
  const inside = rest.slice(open[0].length, close);
  const parts = inside.split(/\s*(?:,|;|\+|\bet\b|\band\b)\s*(?=[^\d\s])/).filter((p) => p.trim());
  const lines: BreakdownLine[] = [];
  for (const part of parts) {
    const found = findAmounts(part, language);
    const [hit, ...more] = found;
    if (!hit || more.length > 0 || hit.currency !== total.currency) return undefined;
    const label = part
      .replace(hit.raw, ' ')
      .replace(/[:=–—-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!label) return undefined;
    const category = categoryOf(label, []);
    lines.push(category ? { label, amount: hit.amount, category } : { label, amount: hit.amount });
  }
  return lines.length > 1 ? lines : undefined;
}
