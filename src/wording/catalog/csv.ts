/**
 * The KPI CSV import's problems, shown in the import preview by line and column, and the refusals of a mapping or a
 * file. `en` is the source of truth; `fr` has its type. Values from the file are quoted as typed; a real date is in
 * words.
 */
import { dayInWords } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

/** The problems of one cell or line: what `CsvCellError.code` names (`csv.notNumber`). */
const cellEn = {
  fileTooLarge: (p: { kb: number }) => `the file is larger than ${p.kb} KB`,
  quoteNotClosed: 'a quoted value is not closed: check the quotes on this line',
  badQuote: 'a quote is misplaced: a value with a comma or a quote must be in double quotes, its quotes doubled',
  unreadableLine: 'this line cannot be read as CSV',
  emptyFile: 'the file is empty: a header row is needed',
  columnNoName: (p: { n: number }) => `column ${p.n} has no name`,
  columnTwice: (p: { name: string }) => `column name ${quote('en', p.name)} appears twice`,
  tooManyRows: (p: { max: number }) => `the file has more than ${p.max} rows`,
  wrongWidth: (p: { values: number; columns: number }) =>
    `has ${p.values} ${plural('en', p.values, { one: 'value', other: 'values' })}; the header has ${p.columns} columns`,
  noDataRows: 'the file has a header but no data rows',
  emptyNumber: 'is empty: a number is needed',
  notNumber: (p: { raw: string }) => `${quote('en', p.raw)} is not a number (write it like 1234.56)`,
  notDate: (p: { raw: string }) => `${quote('en', p.raw)} is not a date in the form YYYY-MM-DD`,
  futureDate: (p: { date: string }) => `${dayInWords('en', p.date)} is in the future`,
  dateRepeats: (p: { date: string; line: number }) => `${dayInWords('en', p.date)} repeats line ${p.line}`,
  negativeKpi: (p: { value: number; kpi: string }) => `${p.value} is negative; ${p.kpi} only adds up`,
  negativeSpend: (p: { amount: number }) => `${p.amount} is negative: spend cannot be`,
  // A mapping that does not fit the file (shown on line 1 when the app suggested it).
  notAColumn: (p: { field: string; name: string; columns: string }) =>
    `${p.field}: ${quote('en', p.name)} is not a column of the file (columns: ${p.columns})`,
  mapSomething: 'mapping: map at least one column to a KPI or to channel spend',
  noSuchKpi: (p: { field: string; kpiId: string; kpis: string }) =>
    `${p.field}: the campaign has no KPI ${quote('en', p.kpiId)} (KPIs: ${p.kpis || 'none'})`,
  kpiTwice: (p: { field: string; kpiId: string }) => `${p.field}: KPI ${quote('en', p.kpiId)} is mapped twice`,
  channelTwice: (p: { field: string; channel: string }) => `${p.field}: channel ${quote('en', p.channel)} is mapped twice`,
};

const cellFr: typeof cellEn = {
  fileTooLarge: (p) => `le fichier dépasse ${p.kb}${NNBSP}Ko`,
  quoteNotClosed: `une valeur entre guillemets n’est pas refermée${NNBSP}: vérifiez les guillemets de cette ligne`,
  badQuote: `un guillemet est mal placé${NNBSP}: une valeur qui contient une virgule ou un guillemet doit être entre guillemets doubles, ses guillemets doublés`,
  unreadableLine: 'cette ligne ne peut pas être lue comme du CSV',
  emptyFile: `le fichier est vide${NNBSP}: il faut une ligne d’en-tête`,
  columnNoName: (p) => `la colonne ${p.n} n’a pas de nom`,
  columnTwice: (p) => `le nom de colonne ${quote('fr', p.name)} apparaît deux fois`,
  tooManyRows: (p) => `le fichier a plus de ${p.max}${NNBSP}lignes`,
  wrongWidth: (p) =>
    `a ${p.values}${NNBSP}${plural('fr', p.values, { one: 'valeur', other: 'valeurs' })}${NNBSP}; l’en-tête a ${p.columns}${NNBSP}colonnes`,
  noDataRows: 'le fichier a un en-tête mais aucune ligne de données',
  emptyNumber: `est vide${NNBSP}: il faut un nombre`,
  notNumber: (p) => `${quote('fr', p.raw)} n’est pas un nombre (écrivez-le comme 1234.56)`,
  notDate: (p) => `${quote('fr', p.raw)} n’est pas une date au format AAAA-MM-JJ`,
  futureDate: (p) => `le ${dayInWords('fr', p.date)} est dans le futur`,
  dateRepeats: (p) => `le ${dayInWords('fr', p.date)} figure déjà ligne ${p.line}`,
  negativeKpi: (p) => `${p.value} est négatif${NNBSP}; ${p.kpi} ne fait que s’additionner`,
  negativeSpend: (p) => `${p.amount} est négatif${NNBSP}: une dépense ne peut pas l’être`,
  notAColumn: (p) => `${p.field}${NNBSP}: ${quote('fr', p.name)} n’est pas une colonne du fichier (colonnes${NNBSP}: ${p.columns})`,
  mapSomething: `mapping${NNBSP}: associez au moins une colonne à un indicateur ou aux dépenses d’un canal`,
  noSuchKpi: (p) =>
    `${p.field}${NNBSP}: la campagne n’a pas d’indicateur ${quote('fr', p.kpiId)} (indicateurs${NNBSP}: ${p.kpis || 'aucun'})`,
  kpiTwice: (p) => `${p.field}${NNBSP}: l’indicateur ${quote('fr', p.kpiId)} est associé deux fois`,
  channelTwice: (p) => `${p.field}${NNBSP}: le canal ${quote('fr', p.channel)} est associé deux fois`,
};

type CellKey = keyof typeof cellEn;
const CELL: Record<Language, Readonly<Record<string, unknown>>> = { en: cellEn, fr: cellFr };

/** The first problem of a refused file, worded from its code (a `csv.*` key without its area) and parameters. */
function firstProblem(lang: Language, p: { problem: string } & Record<string, unknown>): string {
  const entry = CELL[lang][p.problem] ?? CELL.en[p.problem];
  if (typeof entry === 'string') return entry;
  return typeof entry === 'function' ? (entry as (q: unknown) => string)(p) : p.problem;
}

/** Where the first problem is: a line, and a column when there is one. */
const whereEn = (p: { line: number; column: string | null }): string => `line ${p.line}${p.column ? `, column ${p.column}` : ''}`;
const whereFr = (p: { line: number; column: string | null }): string =>
  `à la ligne ${p.line}${p.column ? `, colonne ${quote('fr', p.column)}` : ''}`;

/** A refused import: `problem` names the first problem's entry above and the other parameters are its own. */
type Refusal = { count: number; line: number; column: string | null; problem: string } & Record<string, string | number | null>;

export const en = {
  ...cellEn,
  refused: (p: Refusal) =>
    `csv: ${p.count} ${plural('en', p.count, { one: 'problem', other: 'problems' })}, nothing was imported; first at ${whereEn(p)}: ${firstProblem('en', p)}`,
  unreadable: 'csv: the file cannot be read, nothing was imported',
  noRows: 'csv: no rows to import',
};

export const fr: typeof en = {
  ...cellFr,
  refused: (p) =>
    `csv${NNBSP}: ${p.count}${NNBSP}${plural('fr', p.count, { one: 'problème', other: 'problèmes' })}, rien n’a été importé${NNBSP}; le premier ${whereFr(p)}${NNBSP}: ${firstProblem('fr', p)}`,
  unreadable: `csv${NNBSP}: le fichier ne peut pas être lu, rien n’a été importé`,
  noRows: `csv${NNBSP}: aucune ligne à importer`,
};

export type CsvProblemKey = CellKey;
