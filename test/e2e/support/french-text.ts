/**
 * The French browser tests' one text check (issue 15): everything a person reads in a frame, and what must never be
 * in it when the reader is French: an English text of any catalogue (`english-texts.ts`), a raw id or slug, an
 * ISO date, a high punctuation mark (« : ; ? ! ») without its narrow no-break space, or « 1 décembre » for « 1er ». Issue keys (MKT-12) are allowed unless a test says a name is expected instead.
 */
import { writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates';
import { TASK_PATTERNS } from '../../../src/domain/breakdown';
import { OwnerRole } from '../../../src/domain/model';
import * as channels from '../../../src/wording/catalog/channels';
import { DEMO_USERS } from '../../../local/identity/demo-users';
import { englishTexts } from './english-texts';
import { SECTION_FIELDS } from '../../../src/domain/brief/labels';

/**
 * Every text of a frame a person reads: the page's rendered text, the options of its pickers, and the title,
 * aria-label, placeholder and alt of its visible elements. An input's value is what the person typed (a date input's
 * value is ISO by definition and shown as a French date), so it is not collected.
 */
export async function visibleText(frame: Frame | Page): Promise<string> {
  return frame.evaluate(() => {
    const shown = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    const options = Array.from(document.querySelectorAll('select'))
      .filter(shown)
      .flatMap((s) => Array.from(s.options).map((o) => o.text));
    const attributes = Array.from(document.querySelectorAll('[title], [aria-label], [placeholder], [alt]'))
      .filter(shown)
      .flatMap((el) => ['title', 'aria-label', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''))
      .filter((a) => a !== '');
    return [document.body.innerText, ...options, ...attributes].join('\n');
  });
}

/** A raw id has a dash or an underscore (`paid-social`, `web_developer`): single words are too often real words. */
/** An id no word is spelt like: `black-friday`, `web_developer`, `launchDate` (a camel-case field name). */
const composite = (id: string): boolean => /[-_]|[a-z][A-Z]/.test(id);

/** The app's ids and slugs: templates and their rows, gates and KPIs, breakdown patterns, channels and roles. */
export function knownIds(): string[] {
  const fromTemplates = BUILT_IN_TEMPLATES.flatMap((t) => [
    t.id,
    ...t.channels,
    ...t.milestones.map((m) => m.id),
    ...t.tasks.map((x) => x.id),
    ...t.gates.map((g) => g.id),
    ...t.kpis.map((k) => k.id),
  ]);
  const ids = [...fromTemplates, ...TASK_PATTERNS.map((p) => p.id), ...Object.keys(channels.en), ...OwnerRole.options, ...SECTION_FIELDS];
  return [...new Set(ids.filter(composite))].sort((a, b) => b.length - a.length);
}

/** Ids no list holds: creation jobs, Atlassian account ids, sign-off record ids. */
const ID_SHAPES: [string, RegExp][] = [
  ['job id', /\bjob-[0-9a-f]{8,}\b/g],
  ['account id', /\b\d{6}:[0-9a-z-]{8,}/g],
  ['ISO timestamp', /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g],
];

export interface FrenchTextOptions {
  /** More ids the page must not show (the task ids of a breakdown, the gate ids of a campaign…). */
  ids?: readonly string[];
  /** Names that are not words of either language and may look English (a campaign typed by the user, a CSV column). */
  names?: readonly string[];
  /** True where every issue must be named, not keyed. */
  noIssueKeys?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` as a whole: no letter (nor dash, for ids) glued to either end. */
const whole = (s: string, glue: string): RegExp => {
  const before = /^[\p{L}\d]/u.test(s) ? `(?<![\\p{L}${glue}])` : '';
  const after = /[\p{L}\d]$/u.test(s) ? `(?![\\p{L}${glue}])` : '';
  return new RegExp(`${before}${escape(s)}${after}`, 'u');
};

/** English grammar words that are no French words (not « an », « or », « on », « a », « in »…). */
const ENGLISH_WORDS = new Set(
  'the is are was were of and with not must be it this that you your to from has have will should cannot can by for at received expected required'.split(
    ' ',
  ),
);

/** Names every page may show as they are: the product's and the demo site's people. */
const PROPER_NAMES = ['Campaign Control', ...DEMO_USERS.map((u) => u.displayName)];

/** Every problem of `text` for a French reader, worded for a failure message; empty when it reads right. */
export function frenchTextProblems(text: string, options: FrenchTextOptions = {}): string[] {
  const names = [...PROPER_NAMES, ...(options.names ?? [])].sort((a, b) => b.length - a.length);
  // A name is read as a word, so what follows it is still checked (« Léa Dubois: » lacks its space).
  const read = names.reduce((t, n) => t.split(n).join('Nom'), text);
  const out: string[] = [];
  for (const m of read.matchAll(/(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g)) out.push(`ISO date: ${m[0]} in “${around(read, m.index)}”`);
  for (const [what, shape] of ID_SHAPES) for (const m of read.matchAll(shape)) out.push(`${what}: ${m[0]}`);
  for (const id of new Set([...knownIds(), ...(options.ids ?? [])]))
    if (read.includes(id) && whole(id, '\\-_').test(read)) out.push(`raw id: ${id} in “${around(read, read.indexOf(id))}”`);
  // Longest first, each found text taken out: a sentence is reported once, not with every shorter piece of it.
  let rest = read;
  for (const [english, entry] of englishTexts())
    if (rest.includes(english) && whole(english, '').test(rest)) {
      out.push(`English (${entry}): ${english}`);
      rest = rest.split(english).join('\n');
    }
  // English no catalogue holds (a message still hard-coded somewhere): a line with two English grammar words, once
  // the catalogues' English is taken out.
  for (const line of rest.split('\n')) {
    const words = new Set((line.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => ENGLISH_WORDS.has(w)));
    if (words.size >= 2) out.push(`English sentence (${[...words].join(', ')}): ${line.length > 160 ? `${line.slice(0, 157)}…` : line}`);
  }
  // French puts a narrow no-break space (or a no-break space) before « : ; ? ! »: never a plain space, never none.
  for (const m of read.matchAll(/(?<=[^\s])( ?)([:;?!])(?=\s|$)/gu))
    if (m[1] === ' ' || /\p{L}/u.test(read.charAt(m.index - 1)))
      out.push(`typography: ${m[1] === ' ' ? 'plain space' : 'no space'} before «${m[2]}» in “${around(read, m.index)}”`);
  // The first of the month is « 1er » in French, in a sentence or a table (« 1er décembre », « 1er déc. »).
  for (const m of read.matchAll(/(?<![\d,.])1 (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\p{L}*\.?/gu))
    out.push(`first of the month without « er »: ${m[0]} in “${around(read, m.index)}”`);
  if (options.noIssueKeys)
    for (const m of read.matchAll(/\b[A-Z][A-Z0-9]+-\d+\b/g)) out.push(`issue key where a name is expected: ${m[0]}`);
  return [...new Set(out)];
}

/** The line around `index`, to say where a finding is. */
function around(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end === -1 ? undefined : end);
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * The problems of everything a person reads in `frame`. With `textFile`, that text is written there too, beside the
 * test's screenshot, for a French reader to check by eye.
 */
export async function frenchProblemsOf(frame: Frame | Page, options: FrenchTextOptions & { textFile?: string } = {}): Promise<string[]> {
  const text = await visibleText(frame);
  if (options.textFile) writeFileSync(options.textFile, text);
  return frenchTextProblems(text, options);
}

/**
 * The findings of a test file, by step: a step records what it found and goes on, so one run lists every finding of
 * every step; the file's last test expects none (`expect(findings.all()).toEqual({})`).
 */
export class FrenchFindings {
  private readonly byStep: Record<string, string[]> = {};

  async check(frame: Frame | Page, step: string, options: FrenchTextOptions & { textFile?: string } = {}): Promise<void> {
    const found = await frenchProblemsOf(frame, options);
    if (found.length > 0) this.byStep[step] = found;
  }

  all(): Readonly<Record<string, string[]>> {
    return this.byStep;
  }
}
