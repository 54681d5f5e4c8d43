import type { KpiUnit } from '../model';
import type { Inline } from './blocks';
import { currenciesIn, parseQuantity, type Language } from './numbers';
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
import { mustGroup } from '../invariant';

export interface BriefKpi {
  name: string;
  target: number;
  unit: KpiUnit;
}

const NAME_HEADERS = ['kpi', 'kpis', 'indicateur', 'indicateurs', 'indicator', 'metric', 'metrique', 'mesure', 'nom', 'name'];
const TARGET_HEADERS = ['target', 'targets', 'objectif', 'objectifs', 'cible', 'goal', 'valeur cible', 'value', 'valeur'];
const UNIT_HEADERS = ['unit', 'units', 'unite', 'unites'];
const UNITS: Record<KpiUnit, string[]> = {
  percent: ['percent', 'percentage', 'pourcentage', 'pourcent', 'taux', 'rate', 'pct'],
  count: ['count', 'number', 'nombre', 'nb', 'volume', 'quantite', 'quantity', 'units', 'unites'],
  currency: ['currency', 'devise', 'montant', 'amount', 'euros', 'euro', 'dollars', 'dollar'],
  ratio: ['x', 'ratio', 'multiple', 'fois', 'times', 'roas'],
};
const TARGET_EXAMPLES: Record<Language, string> = { fr: '600, 4,0 % or 3x', en: '600, 4.0% or 3x' };

/** `%`, `nombre`, `EUR`, `x`, `% des comptes actifs` → the KPI units the app knows. */
export function unitOf(text: string): KpiUnit | undefined {
  const t = normalize(text);
  if (t.startsWith('%')) return 'percent';
  if (currenciesIn(text).codes.length > 0) return 'currency';
  return (Object.keys(UNITS) as KpiUnit[]).find((u) => UNITS[u].some((w) => t === w || t.startsWith(`${w} `)));
}

/** KPIs from a `name | target | unit` table (columns found by header) or from `Name: target` items. */
export function readKpis(candidate: Candidate, ctx: ReadContext): Outcome<BriefKpi[]> {
  if (candidate.kind === 'entry') return fromItems(candidate.inline.text.split(/[;\n]/), candidate.source, ctx.language);
  const table = candidate.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.length > 0);
  if (table) return fromTable(table, ctx.language);
  const items = candidate.blocks
    .flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'paragraph' ? [b.inline] : []))
    .flatMap((i: Inline) => i.text.split('\n'));
  if (items.length === 0) return failed(`kpis: section "${candidate.heading}" is empty`);
  return fromItems(items, headingSource(candidate.heading), ctx.language);
}

function fromTable(table: TableBlock, language: Language): Outcome<BriefKpi[]> {
  const { header, body } = splitTable(table, (cells) => findColumn(cells, TARGET_HEADERS) >= 0 && findColumn(cells, NAME_HEADERS) >= 0);
  const problems: string[] = [];
  const cut = truncationProblem('kpis', table);
  if (cut) problems.push(cut);
  let [nameCol, targetCol, unitCol] = [0, 1, 2];
  if (header) {
    targetCol = findColumn(header, TARGET_HEADERS);
    if (targetCol < 0)
      return failed(...problems, `kpis: table "${table.caption}" has no target column (expected a column named "Target" or "Objectif")`);
    nameCol = findColumn(header, NAME_HEADERS, [targetCol]);
    if (nameCol < 0) nameCol = targetCol === 0 ? 1 : 0;
    unitCol = findColumn(header, UNIT_HEADERS, [targetCol, nameCol]);
  }
  const kpis: BriefKpi[] = [];
  const rows: number[] = [];
  for (const r of body) {
    const where = rowSource(table.caption, r.row);
    const kpi = readOne(cellText(r, nameCol), cellText(r, targetCol), cellText(r, unitCol), where, language);
    if (typeof kpi === 'string') problems.push(kpi);
    else {
      kpis.push(kpi);
      rows.push(r.row);
    }
  }
  if (kpis.length === 0) return failed(...problems, ...(body.length === 0 ? [`kpis: table "${table.caption}" has no rows`] : []));
  return found(kpis, rowsSource(table.caption, rows), problems);
}

/** `MQL (30 jours) : 600`, `Conversion – 4 %`. */
function fromItems(lines: string[], source: string, language: Language): Outcome<BriefKpi[]> {
  const kpis: BriefKpi[] = [];
  const problems: string[] = [];
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*(?::|=|\s[–—-]\s)\s*([^:=]+)$/.exec(line);
    const kpi = m
      ? readOne(mustGroup(m, 1), mustGroup(m, 2), '', source, language)
      : `kpis: ${quote(line)} in ${source} is not "name: target" (e.g. "MQL: 600")`;
    if (typeof kpi === 'string') problems.push(kpi);
    else kpis.push(kpi);
  }
  return kpis.length > 0 ? found(kpis, source, problems) : failed(...problems);
}

/** One KPI, or the problem naming what is wrong with it. */
function readOne(name: string, targetText: string, unitText: string, where: string, language: Language): BriefKpi | string {
  const label = name.trim();
  if (!label) return `kpis: ${where} has no KPI name`;
  if (!targetText.trim()) return `kpis: ${quote(label)} (${where}) has no target`;
  const target = parseQuantity(targetText, language);
  if (!target.ok)
    return `kpis: the target ${quote(targetText)} of ${quote(label)} (${where}) is not a number (it ${target.reason}; expected e.g. ${TARGET_EXAMPLES[language]})`;
  const stated = unitText.trim() ? unitOf(unitText) : undefined;
  if (unitText.trim() && !stated)
    return `kpis: the unit ${quote(unitText)} of ${quote(label)} (${where}) is not one of percent, count, currency, ratio`;
  if (stated && target.unit && stated !== target.unit)
    return `kpis: ${quote(label)} (${where}) says unit ${stated} but its target ${quote(targetText)} is a ${target.unit}`;
  // A bare number with no unit anywhere is a count ("600 MQL").
  return { name: label, target: target.value, unit: stated ?? target.unit ?? 'count' };
}
