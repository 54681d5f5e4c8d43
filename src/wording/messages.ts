import * as briefReading from './catalog/brief-reading';
import * as creation from './catalog/creation';
import * as csv from './catalog/csv';
import * as errors from './catalog/errors';
import * as plan from './catalog/plan';
import * as problems from './catalog/problems';
import type { Entry, ParamValue, ParamsOf } from './catalog/types';
import { languageOf, type Language } from './locale';

/**
 * The catalogues whose entries the domain and resolvers name as structured messages. Add an area here and its keys
 * join `Message`. (The UIs import the catalogues they need directly, so this map stays out of their bundles.)
 */
const catalogues = {
  briefReading: { en: briefReading.en, fr: briefReading.fr },
  creation: { en: creation.en, fr: creation.fr },
  csv: { en: csv.en, fr: csv.fr },
  errors,
  plan,
  problems: { en: problems.en, fr: problems.fr },
} as const;
type Catalogues = typeof catalogues;
type Area = keyof Catalogues;

/** A structured message: `area.key` plus exactly the parameters that entry takes. */
export type Message = {
  [A in Area]: {
    [K in keyof Catalogues[A]['en'] & string]: ParamsOf<Catalogues[A]['en'][K]> extends Record<string, never>
      ? { key: `${A}.${K}`; params?: Record<string, never> }
      : { key: `${A}.${K}`; params: ParamsOf<Catalogues[A]['en'][K]> };
  }[keyof Catalogues[A]['en'] & string];
}[Area];

export type MessageKey = Message['key'];

/** Builds a message, checking its parameters against the catalogue. */
export const message = <M extends Message>(m: M): M => m;

const isArea = (name: string): name is Area => Object.hasOwn(catalogues, name);

function entryOf(lang: Language, key: string): Entry | undefined {
  const dot = key.indexOf('.');
  const area = key.slice(0, dot);
  // A key from outside (a stored or old message) may name no area this build knows.
  const table: Readonly<Record<string, Entry>> | undefined = isArea(area) ? catalogues[area][lang] : undefined;
  return table?.[key.slice(dot + 1)];
}

const NESTED_KEY = '.key';

/**
 * A message's parameters with each message nested in them worded in `lang`: a nested message travels flat (see
 * `nested`), as `cause.key` and `cause.<param>`, beside `cause`, its English (used when the key is unknown).
 */
function withNested(lang: Language, params: Readonly<Record<string, ParamValue>>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = { ...params };
  for (const [name, key] of Object.entries(params)) {
    if (!name.endsWith(NESTED_KEY) || typeof key !== 'string') continue;
    const prefix = name.slice(0, -NESTED_KEY.length);
    const inner = Object.fromEntries(
      Object.entries(params)
        .filter(([k]) => k.startsWith(`${prefix}.`) && k !== name)
        .map(([k, v]) => [k.slice(prefix.length + 1), v]),
    );
    const entry = entryOf(lang, key) ?? entryOf('en', key);
    // A nested message may nest one in turn (a source inside a source): word it the same way.
    if (entry !== undefined) out[prefix] = word(lang, entry, inner);
  }
  return out;
}

/**
 * A message as the parameter `name` of another (`creation.resuming` after its `cause`), flat so it travels as data;
 * `text` is its English, or the words of a failure that came without a message.
 */
export function nested<P extends string>(name: P, m: Message | undefined, text: string): Record<P, string> & Record<string, ParamValue> {
  const flat: Record<string, ParamValue> = { [name]: m ? render('en', m) : text };
  if (m) {
    flat[`${name}${NESTED_KEY}`] = m.key;
    for (const [k, v] of Object.entries(m.params ?? {})) flat[`${name}.${k}`] = v;
  }
  return flat as Record<P, string> & Record<string, ParamValue>;
}

const word = (lang: Language, entry: Entry, params: Readonly<Record<string, ParamValue>> | undefined): string =>
  typeof entry === 'string' ? entry : (entry as (p: unknown) => string)(withNested(lang, params ?? {}));

/** Words `m` in the reader's language (a locale such as `fr_FR`, or a language). */
export function render(locale: string | null | undefined, m: Message): string {
  const lang = languageOf(locale);
  const entry = entryOf(lang, m.key) ?? entryOf('en', m.key);
  if (entry === undefined) return m.key;
  return word(lang, entry, m.params);
}

/**
 * Words a message that travelled as data (a plan warning's `code` and `params`, stored or sent back by a page):
 * an unknown key reads as itself, and `fallback` (the English the domain wrote) when given.
 */
export function renderStored(
  locale: string | null | undefined,
  key: string,
  params: Readonly<Record<string, ParamValue>> | undefined,
  fallback?: string,
): string {
  const lang = languageOf(locale);
  const entry = entryOf(lang, key) ?? entryOf('en', key);
  if (entry === undefined) return fallback ?? key;
  return word(lang, entry, params);
}

/** Warnings that carry a `code` (and its `params`) worded in the reader's language; the others are left as they are. */
export function wordStored<W extends { code?: string; params?: Readonly<Record<string, ParamValue>>; message: string }>(
  locale: string | null | undefined,
  items: readonly W[],
): W[] {
  return items.map((w) => (w.code ? { ...w, message: renderStored(locale, w.code, w.params, w.message) } : w));
}
