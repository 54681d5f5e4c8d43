/**
 * The English texts a French reader must never meet: every English entry of every catalogue (the wording module's
 * `src/wording/catalog/*.ts` and the Custom UIs' string tables) that French words differently. Each catalogue's `en`
 * and `fr` tables are walked side by side, nested tables too.
 *
 * A function-valued entry (a message with parameters) is called with marker arguments and cut at the markers: its
 * literal pieces ("is not an approver of the gate", " tasks late") are what a leak would show. A first call gives
 * every parameter a marker object (a string wherever the entry uses it as one); an entry that throws or answers
 * nothing with it (it formats a date, a number or a quorum object) gets a real date instead, cut at that date and at
 * its wording. Entries that answer no string either way are listed by `skippedEntries()` (the unit test prints
 * them); their literal text is not checked.
 */
import { CATALOGUES } from '../../wording/catalogues';
import * as epic from '../../../src/wording/catalog/epic';
import { dayInWords } from '../../../src/wording/format';
import { stringsFor as breakdownStrings } from '../../../static/breakdown/src/i18n';
import { stringsFor as plannerStrings } from '../../../static/campaign-planner/src/i18n';
import { stringsFor as panelStrings } from '../../../static/issue-panel/src/i18n';
import { stringsFor as portfolioStrings } from '../../../static/portfolio/src/i18n';
import { kpiStringsFor } from '../../../static/issue-panel/src/kpi-strings';
import { reportStringsFor } from '../../../static/issue-panel/src/report-strings';

/** Every table checked, by name: the wording module's catalogues and the UIs' string tables. */
const TABLES: Record<string, { en: unknown; fr: unknown }> = {
  ...CATALOGUES,
  epic: { en: epic.en, fr: epic.fr },
  'ui.breakdown': { en: breakdownStrings('en'), fr: breakdownStrings('fr') },
  'ui.planner': { en: plannerStrings('en'), fr: plannerStrings('fr') },
  'ui.panel': { en: panelStrings('en'), fr: panelStrings('fr') },
  'ui.portfolio': { en: portfolioStrings('en'), fr: portfolioStrings('fr') },
  'ui.kpi': { en: kpiStringsFor('en'), fr: kpiStringsFor('fr') },
  'ui.report': { en: reportStringsFor('en'), fr: reportStringsFor('fr') },
};

/** Shorter texts are skipped: a word of six letters or fewer is too often French too ("Budget", "Total", "Date"). */
const MIN_LENGTH = 7;
const MARK = '\u0001';
const SAMPLE_DATE = '2031-07-19';
const SAMPLE_CUTS = [SAMPLE_DATE, dayInWords('en', SAMPLE_DATE), dayInWords('en', SAMPLE_DATE, false), dayInWords('fr', SAMPLE_DATE)];

/** A value that reads as the marker wherever it is used as a string, and as itself wherever a property is read. */
function markerValue(): unknown {
  const handler: ProxyHandler<() => unknown> = {
    get: (_t, key) => {
      if (key === Symbol.toPrimitive || key === 'toString' || key === 'valueOf') return () => MARK;
      if (key === Symbol.iterator || key === 'then') return undefined;
      return proxy;
    },
    apply: () => proxy,
  };
  const proxy: unknown = new Proxy(() => undefined, handler);
  return proxy;
}

/** Every parameter, read by any name, is the sample date. */
const dateParams = (): unknown => new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? SAMPLE_DATE : undefined) });

type Call = (...args: unknown[]) => unknown;
const attempt = (f: Call, args: unknown[]): string | undefined => {
  try {
    const s = f(...args);
    return typeof s === 'string' ? s : undefined;
  } catch {
    return undefined;
  }
};

/** The literal pieces of a function entry's text in each language, or undefined when no call answers a string. */
function piecesOf(en: Call, fr: unknown): { en: string[]; fr: string } | undefined {
  const frCall = typeof fr === 'function' ? (fr as Call) : () => fr;
  const marked = [markerValue(), markerValue(), markerValue(), markerValue(), markerValue()];
  const enMarked = attempt(en, marked);
  // A marker used as a number reads NaN: a cut too.
  if (enMarked !== undefined && enMarked.includes(MARK)) return { en: enMarked.split(/\u0001|NaN/), fr: attempt(frCall, marked) ?? '' };
  const dated = [dateParams(), SAMPLE_DATE, SAMPLE_DATE, SAMPLE_DATE, SAMPLE_DATE];
  const enDated = attempt(en, dated) ?? enMarked;
  if (enDated === undefined) return undefined;
  const cut = (s: string): string[] => SAMPLE_CUTS.reduce<string[]>((parts, c) => parts.flatMap((p) => p.split(c)), [s]);
  return { en: cut(enDated), fr: attempt(frCall, dated) ?? '' };
}

/** A piece worth looking for: long enough, with a word in it, and not in the French text of the same entry. */
const worthChecking = (piece: string, french: string): boolean =>
  piece.length >= MIN_LENGTH && /[A-Za-z]{3,}/.test(piece) && !french.includes(piece);

function walk(name: string, en: unknown, fr: unknown, out: Map<string, string>, skipped: string[]): void {
  if (typeof en === 'string') {
    const piece = en.trim();
    if (en !== fr && worthChecking(piece, typeof fr === 'string' ? fr : '')) out.set(piece, name);
  } else if (typeof en === 'function') {
    const pieces = piecesOf(en as Call, fr);
    if (!pieces) skipped.push(name);
    else for (const p of pieces.en.map((x) => x.trim())) if (worthChecking(p, pieces.fr)) out.set(p, name);
  } else if (en && typeof en === 'object') {
    const frTable = (fr && typeof fr === 'object' ? fr : {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(en)) walk(`${name}.${k}`, v, frTable[k], out, skipped);
  }
}

let built: { texts: Map<string, string>; skipped: string[] } | undefined;
function build(): { texts: Map<string, string>; skipped: string[] } {
  if (!built) {
    const texts = new Map<string, string>();
    const skipped: string[] = [];
    for (const [name, { en, fr }] of Object.entries(TABLES)) walk(name, en, fr, texts, skipped);
    built = { texts: new Map([...texts].sort(([a], [b]) => b.length - a.length)), skipped };
  }
  return built;
}

/** Every English text to look for, longest first, with the catalogue entry it comes from (for the failure message). */
export const englishTexts = (): ReadonlyMap<string, string> => build().texts;

/** The function entries whose text could not be produced, so are not checked. */
export const skippedEntries = (): readonly string[] => build().skipped;
