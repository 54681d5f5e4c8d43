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
import { normalize } from './text';
import { clip, inner, type BriefNote } from './notes';
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
const field = 'kpis';

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
  if (items.length === 0) return failed({ key: 'briefReading.sectionEmpty', params: { field, heading: candidate.heading } });
  return fromItems(items, headingSource(candidate.heading), ctx.language);
}

function fromTable(table: TableBlock, language: Language): Outcome<BriefKpi[]> {
  const { header, body } = splitTable(table, (cells) => findColumn(cells, TARGET_HEADERS) >= 0 && findColumn(cells, NAME_HEADERS) >= 0);
  const problems: BriefNote[] = [];
  const cut = truncationProblem(field, table);
  if (cut) problems.push(cut);
  let [nameCol, targetCol, unitCol] = [0, 1, 2];
  if (header) {
    targetCol = findColumn(header, TARGET_HEADERS);
    if (targetCol < 0) return failed(...problems, { key: 'briefReading.noTargetColumn', params: { field, caption: table.caption } });
    nameCol = findColumn(header, NAME_HEADERS, [targetCol]);
    if (nameCol < 0) nameCol = targetCol === 0 ? 1 : 0;
    unitCol = findColumn(header, UNIT_HEADERS, [targetCol, nameCol]);
  }
  const kpis: BriefKpi[] = [];
  const rows: number[] = [];
  for (const r of body) {
    const where = rowSource(table.caption, r.row);
    const kpi = readOne(cellText(r, nameCol), cellText(r, targetCol), cellText(r, unitCol), where, language);
    if ('key' in kpi) problems.push(kpi);
    else {
      kpis.push(kpi);
      rows.push(r.row);
    }
  }
  const noRows: BriefNote[] = body.length === 0 ? [{ key: 'briefReading.tableNoRows', params: { field, caption: table.caption } }] : [];
  if (kpis.length === 0) return failed(...problems, ...noRows);
  return found(kpis, rowsSource(table.caption, rows), problems);
}

/** `MQL (30 jours) : 600`, `Conversion – 4 %`. */
function fromItems(lines: string[], source: BriefNote, language: Language): Outcome<BriefKpi[]> {
  const kpis: BriefKpi[] = [];
  const problems: BriefNote[] = [];
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*(?::|=|\s[–—-]\s)\s*([^:=]+)$/.exec(line);
    const kpi: BriefKpi | BriefNote = m
      ? readOne(mustGroup(m, 1), mustGroup(m, 2), '', source, language)
      : { key: 'briefReading.notNameTarget', params: { field, line: clip(line), ...inner('source', source) } };
    if ('key' in kpi) problems.push(kpi);
    else kpis.push(kpi);
  }
  return kpis.length > 0 ? found(kpis, source, problems) : failed(...problems);
}

/** One KPI, or the problem naming what is wrong with it. */
function readOne(name: string, targetText: string, unitText: string, where: BriefNote, language: Language): BriefKpi | BriefNote {
  const label = name.trim();
  const at = { field, ...inner('source', where) };
  if (!label) return { key: 'briefReading.noKpiName', params: at };
  const named = { ...at, name: clip(label) };
  if (!targetText.trim()) return { key: 'briefReading.noTarget', params: named };
  const target = parseQuantity(targetText, language);
  if (!target.ok)
    return { key: 'briefReading.targetNotNumber', params: { ...named, target: clip(targetText), ...inner('why', target.reason) } };
  const stated = unitText.trim() ? unitOf(unitText) : undefined;
  if (unitText.trim() && !stated) return { key: 'briefReading.unknownUnit', params: { ...named, unit: clip(unitText) } };
  if (stated && target.unit && stated !== target.unit)
    return { key: 'briefReading.unitMismatch', params: { ...named, target: clip(targetText), stated, actual: target.unit } };
  // A bare number with no unit anywhere is a count ("600 MQL").
  return { name: label, target: target.value, unit: stated ?? target.unit ?? 'count' };
}
