import type { Language } from './locale';

const rules: Partial<Record<Language, Intl.PluralRules>> = {};

/**
 * The form of a word for `n` in `lang`, by `Intl.PluralRules` (French puts 0 and 1 in the singular, English only 1).
 * `forms.other` is required; a language without a `one` category falls back to it.
 */
export function plural(lang: Language, n: number, forms: { one: string; other: string }): string {
  const r = (rules[lang] ??= new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-US'));
  return r.select(n) === 'one' ? forms.one : forms.other;
}
