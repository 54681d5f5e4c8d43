import type { CostCategory } from '../model';
import type { Block } from './blocks';
import { categoryOf } from './budget-categories';
import { currenciesIn, formatAmount, parseAmount, type Language } from './numbers';
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
import { normalize, quote } from './text';

export interface BriefBudget {
  amount: number;
  currency: string;
  lines?: { label: string; amount: number; category?: CostCategory }[];
}

const AMOUNT_EXAMPLES: Record<Language, string> = { fr: '120 000 € or EUR 120 000', en: '€120,000 or USD 180,000' };
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

const notAmount = (text: string, where: string, reason: string, language: Language): string =>
  `budget: ${quote(text)} in ${where} is not an amount this parser understands (it ${reason}; expected e.g. ${AMOUNT_EXAMPLES[language]})`;

/** Budget from a `Budget | 120 000 €` entry, a budget table (lines + total) or a `Total : …` paragraph. */
export function readBudget(candidate: Candidate, ctx: ReadContext): Outcome<BriefBudget> {
  if (candidate.kind === 'entry') {
    const read = parseAmount(candidate.inline.text, ctx.language);
    if (!read.ok) return failed(notAmount(candidate.inline.text, candidate.source, read.reason, ctx.language));
    if (!read.currency) return failed(noCurrency(read.amount, candidate.source, ctx.language));
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
          ? notAmount(paragraphs.unreadable[0], source, 'has no amount', ctx.language)
          : `budget: section "${candidate.heading}" is empty`,
      );
    const currency = first.currency ?? paragraphs.currencyHint;
    if (!currency) return failed(noCurrency(first.amount, source, ctx.language));
    return found({ amount: first.amount, currency }, source);
  }
  return readBudgetTable(table, paragraphs, ctx.language);
}

const noCurrency = (amount: number, where: string, language: Language): string =>
  `budget: ${formatAmount(amount, undefined, language)} in ${where} names no currency (expected e.g. € or EUR)`;

interface ParagraphAmounts {
  amounts: { amount: number; currency?: string }[];
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
      if (read.ok) out.amounts.push(read.currency ? { amount: read.amount, currency: read.currency } : { amount: read.amount });
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
  const problems: string[] = [];
  const cut = truncationProblem('budget', table);
  if (cut) problems.push(cut);
  const amountColumn = pickAmountColumn(
    header,
    body.map((r) => r.cells.map((c) => c.text)),
    language,
  );
  if (amountColumn < 0)
    return failed(
      ...problems,
      `budget: table "${table.caption}" has no column of amounts (expected a column such as "Montant" or "Amount")`,
    );
  const headerCurrencies = currenciesIn(header?.[amountColumn] ?? '').codes;
  const defaultCurrency = headerCurrencies.length === 1 ? headerCurrencies[0] : paragraphs.currencyHint;

  const lines: NonNullable<BriefBudget['lines']> = [];
  const currencies = new Set<string>();
  let total: { amount: number; row: number } | undefined;
  const lineRows: number[] = [];
  for (const r of body) {
    const label = r.cells.map((c) => c.text).find((t) => t) ?? '';
    const text = cellText(r, amountColumn);
    const where = rowSource(table.caption, r.row);
    if (!text) {
      problems.push(`budget: ${where} (${quote(label)}) has no amount`);
      continue;
    }
    const read = parseAmount(text, language);
    if (!read.ok) {
      problems.push(notAmount(text, where, read.reason, language));
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
    return failed(
      ...problems,
      `budget: table "${table.caption}" mixes currencies (${[...currencies].join(', ')}); convert them to one before planning`,
    );
  const currency = [...currencies][0] ?? defaultCurrency;
  const sum = Math.round(lines.reduce((s, l) => s + l.amount, 0) * 100) / 100;
  if (!total && lines.length === 0) return failed(...problems, `budget: table "${table.caption}" has no readable amounts`);
  if (!currency) return failed(...problems, noCurrency(total?.amount ?? sum, `table "${table.caption}"`, language));

  const amount = total?.amount ?? sum;
  if (total && lines.length > 0 && Math.abs(total.amount - sum) > 0.005) {
    problems.push(
      `budget: the lines of table "${table.caption}" add up to ${formatAmount(sum, currency, language)} but its total (row ${total.row}) says ${formatAmount(total.amount, currency, language)}; the total is used`,
    );
  }
  const stated = paragraphs.amounts.find((a) => (a.currency ?? currency) === currency && a.amount !== amount);
  if (stated)
    problems.push(
      `budget: the text says ${formatAmount(stated.amount, currency, language)} but table "${table.caption}" says ${formatAmount(amount, currency, language)}; the table is used`,
    );
  const source = total ? rowSource(table.caption, total.row) : `${rowsSource(table.caption, lineRows)} (sum of the lines)`;
  const value: BriefBudget = lines.length > 0 ? { amount, currency, lines } : { amount, currency };
  return found(value, source, problems);
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
