/** The languages the app is worded in. Every catalogue holds both. */
export type Language = 'en' | 'fr';

/** Jira's `fr_FR` and the browser's `fr-FR` as a BCP 47 tag; English (US) when the locale is missing or malformed. */
export const toBcp47 = (locale: string | null | undefined): string =>
  locale && /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(locale) ? locale.replace(/_/g, '-') : 'en-US';

/** French for a `fr_*` / `fr-*` locale, English otherwise. */
export const languageOf = (locale: string | null | undefined): Language => (toBcp47(locale).toLowerCase().startsWith('fr') ? 'fr' : 'en');
