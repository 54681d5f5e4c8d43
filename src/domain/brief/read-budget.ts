import type { CostCategory } from '../model';
import type { Block } from './blocks';
import { categoryOf } from './budget-categories';
import { breakdownAfter, findAmounts, type AmountHit } from './amounts';
import { currenciesIn, parseAmount, type Language } from './numbers';
import { clip, inner, type BriefNote } from './notes';
import {
  failed,
  found,
  headingSource,
  rowSource,
  rowsSource,
  truncationProblem,
  type Candidate,
  type Outcome,
  type ReadContext,
  type TableBlock,
} from './reading';
import { cellText, findColumn, splitTable } from './tables';
import { normalize } from './text';

export interface BriefBudget {
  amount: number;
  currency: string;
  lines?: { label: string; amount: number; category?: CostCategory }[];
  approximate?: true;
  range?: { min: number; max: number };
}

/** An amount found in a sentence, with its breakdown in parentheses, and what makes it uncertain. */
function fromHit(hit: AmountHit, text: string, language: Language): { value: BriefBudget; notices: BriefNote[] } {
  const notices: BriefNote[] = [];
  const lines = breakdownAfter(text, hit, language);
  const value: BriefBudget = { amount: hit.amount, currency: hit.currency };
  if (lines) {
    value.lines = lines;
    const sum = Math.round(lines.reduce((s, l) => s + l.amount, 0) * 100) / 100;
    if (Math.abs(sum - hit.amount) > 0.005)
      notices.push({ key: 'briefReading.breakdownVsTotal', params: { field, sum, total: hit.amount, currency: hit.currency } });
  }
  if (hit.range) {
    value.range = hit.range;
    notices.push({ key: 'briefReading.rangeAmount', params: { field, raw: clip(hit.raw), ...hit.range, currency: hit.currency } });
  }
  if (hit.approximate) {
    value.approximate = true;
    notices.push({ key: 'briefReading.approximateAmount', params: { field, raw: clip(hit.raw) } });
  }
  return { value, notices };
}

const AMOUNT_HEADERS = [
  'montant',
  'montants',
  'amount',
  'amounts',
  'planned',
  'prevu',
  'budget',
  'cout',
  'couts',
  'cost',
  'costs',
  'prix',
  'price',
  'total',
  'valeur',
  'value',
];
const TOTAL = /^(total|grand total|sous total general|budget total|total general|somme|sum)\b/;

const field = 'budget';
const notAmount = (text: string, where: BriefNote, why: BriefNote): BriefNote => ({
  key: 'briefReading.notAmount',
  params: { field, text: clip(text), ...inner('source', where), ...inner('why', why) },
});

/** Budget from a `Budget | 120 000 €` entry, a budget table (lines + total) or a `Total : …` paragraph. */
export function readBudget(candidate: Candidate, ctx: ReadContext): Outcome<BriefBudget> {
  if (candidate.kind === 'entry') {
    const hits = findAmounts(candidate.inline.text, ctx.language);
    const [hit] = hits;
    // Amounts in several currencies are left to the stricter reading below, which says so.
    if (hit && hits.every((h) => h.currency === hit.currency)) {
      const { value, notices } = fromHit(hit, candidate.inline.text, ctx.language);
      return found(value, candidate.source, notices);
    }
    const read = parseAmount(candidate.inline.text, ctx.language);
    if (!read.ok) return failed(notAmount(candidate.inline.text, candidate.source, read.reason));
    if (!read.currency) return failed(noCurrency(read.amount, candidate.source));
    return found({ amount: read.amount, currency: read.currency }, candidate.source);
  }
  const table = candidate.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.length > 0);
  const paragraphs = paragraphAmounts(candidate.blocks, ctx.language);
  const source = headingSource(candidate.heading);
  if (!table) {
    const first = paragraphs.amounts[0];
    if (!first)
      return failed(
        paragraphs.unreadable[0]
          ? notAmount(paragraphs.unreadable[0], source, { key: 'briefReading.whyNoAmount' })
          : { key: 'briefReading.sectionEmpty', params: { field, heading: candidate.heading } },
      );
    if (first.hit) {
      const { value, notices } = fromHit(first.hit, first.line ?? '', ctx.language);
      return found(value, source, notices);
    }
    const currency = first.currency ?? paragraphs.currencyHint;
    if (!currency) return failed(noCurrency(first.amount, source));
    return found({ amount: first.amount, currency }, source);
  }
  return readBudgetTable(table, paragraphs, ctx.language);
}

const noCurrency = (amount: number, where: BriefNote): BriefNote => ({
  key: 'briefReading.noCurrency',
  params: { field, amount, ...inner('source', where) },
});

interface ParagraphAmounts {
  /** `hit` when the amount was found inside a sentence (`line`), with what it says around it. */
  amounts: { amount: number; currency?: string; hit?: AmountHit; line?: string }[];
  unreadable: string[];
  currencyHint?: string;
}

/** `Total : 120 000 € HT` or a paragraph that is only an amount; prose around a table is not an error. */
function paragraphAmounts(blocks: Block[], language: Language): ParagraphAmounts {
  const out: ParagraphAmounts = { amounts: [], unreadable: [] };
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const line of b.inline.text.split('\n')) {
      const value = line.includes(':') ? line.slice(line.lastIndexOf(':') + 1) : line;
      const read = parseAmount(value, language);
      const [hit] = read.ok ? [] : findAmounts(line, language);
      if (read.ok) out.amounts.push(read.currency ? { amount: read.amount, currency: read.currency } : { amount: read.amount });
      else if (hit) out.amounts.push({ amount: hit.amount, currency: hit.currency, hit, line });
      else out.unreadable.push(line);
      const hint = currenciesIn(line).codes;
      if (!out.currencyHint && hint.length === 1) out.currencyHint = hint[0];
    }
  }
  return out;
}

function readBudgetTable(table: TableBlock, paragraphs: ParagraphAmounts, language: Language): Outcome<BriefBudget> {
  const { header, body } = splitTable(
    table,
    (cells) => cells.every((c) => !parseAmount(c, language).ok) && findColumn(cells, AMOUNT_HEADERS) >= 0,
  );
  const problems: BriefNote[] = [];
  const cut = truncationProblem(field, table);
  if (cut) problems.push(cut);
  const amountColumn = pickAmountColumn(
    header,
    body.map((r) => r.cells.map((c) => c.text)),
    language,
  );
  if (amountColumn < 0) return failed(...problems, { key: 'briefReading.noAmountColumn', params: { field, caption: table.caption } });
  const headerCurrencies = currenciesIn(header?.[amountColumn] ?? '').codes;
  const defaultCurrency = headerCurrencies.length === 1 ? headerCurrencies[0] : paragraphs.currencyHint;
  const scale = headerScale(header?.[amountColumn] ?? '');

  const lines: NonNullable<BriefBudget['lines']> = [];
  const currencies = new Set<string>();
  let total: { amount: number; row: number } | undefined;
  const lineRows: number[] = [];
  for (const r of body) {
    const label = r.cells.map((c) => c.text).find((t) => t) ?? '';
    const text = cellText(r, amountColumn);
    const where = rowSource(table.caption, r.row);
    if (!text) {
      problems.push({ key: 'briefReading.rowNoAmount', params: { field, ...inner('source', where), label: clip(label) } });
      continue;
    }
    const parsedCell = parseAmount(text, language);
    // A bare figure under a `Montant (k€)` header counts in thousands.
    const read = parsedCell.ok && /^[\d\s.,'’]+$/.test(text) ? { ...parsedCell, amount: parsedCell.amount * scale } : parsedCell;
    if (!read.ok) {
      problems.push(notAmount(text, where, read.reason));
      continue;
    }
    currencies.add(read.currency ?? defaultCurrency ?? '');
    if (TOTAL.test(normalize(label))) {
      total = { amount: read.amount, row: r.row };
      continue;
    }
    const others = r.cells.map((c) => c.text).filter((t, i) => i !== amountColumn && t !== label);
    const category = categoryOf(label, others);
    lines.push(category ? { label, amount: read.amount, category } : { label, amount: read.amount });
    lineRows.push(r.row);
  }
  currencies.delete('');
  if (currencies.size > 1)
    return failed(...problems, {
      key: 'briefReading.mixedCurrencies',
      params: { field, caption: table.caption, codes: [...currencies].join(', ') },
    });
  const currency = [...currencies][0] ?? defaultCurrency;
  const sum = Math.round(lines.reduce((s, l) => s + l.amount, 0) * 100) / 100;
  if (!total && lines.length === 0)
    return failed(...problems, { key: 'briefReading.noReadableAmounts', params: { field, caption: table.caption } });
  if (!currency)
    return failed(...problems, noCurrency(total?.amount ?? sum, { key: 'briefReading.srcTable', params: { caption: table.caption } }));

  const amount = total?.amount ?? sum;
  if (total && lines.length > 0 && Math.abs(total.amount - sum) > 0.005) {
    problems.push({
      key: 'briefReading.linesVsTotal',
      params: { field, caption: table.caption, sum, total: total.amount, row: total.row, currency },
    });
  }
  const stated = paragraphs.amounts.find((a) => (a.currency ?? currency) === currency && a.amount !== amount);
  if (stated)
    problems.push({ key: 'briefReading.textVsTable', params: { field, caption: table.caption, stated: stated.amount, amount, currency } });
  const source: BriefNote = total
    ? rowSource(table.caption, total.row)
    : { key: 'briefReading.srcSum', params: inner('source', rowsSource(table.caption, lineRows)) };
  const value: BriefBudget = lines.length > 0 ? { amount, currency, lines } : { amount, currency };
  return found(value, source, problems);
}

/** `Montant (k€)`, `Budget ($k)`, `Amount (M€)`: the unit the column's bare figures count in. */
function headerScale(header: string): number {
  if (/(^|[^a-z])k\s?(€|\$|£|eur|usd|gbp)|(€|\$|£)\s?k([^a-z]|$)|\(k\)/i.test(header)) return 1e3;
  if (/(^|[^a-z])m\s?(€|\$|£|eur|usd|gbp)|(€|\$|£)\s?m([^a-z]|$)/i.test(header)) return 1e6;
  return 1;
}

/** The amount column: named by its header, else the rightmost column whose cells are mostly amounts. */
function pickAmountColumn(header: string[] | undefined, rows: string[][], language: Language): number {
  const named = header ? header.flatMap((h, i) => (findColumn([h], AMOUNT_HEADERS) === 0 ? [i] : [])) : [];
  const lastNamed = named.at(-1);
  if (lastNamed !== undefined) return lastNamed;
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let i = width - 1; i >= 0; i -= 1) {
    const filled = rows.map((r) => r[i]).filter((cell): cell is string => Boolean(cell));
    if (filled.length > 0 && filled.filter((cell) => parseAmount(cell, language).ok).length * 2 > filled.length) return i;
  }
  return -1;
}
