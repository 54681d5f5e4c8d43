/** The report's language: French for a `fr_*` / `fr-*` locale, English otherwise. */
export type ReportLanguage = 'en' | 'fr';

/** Jira's `fr_FR` and the browser's `fr-FR` as a BCP 47 tag; English (US) when the locale is unknown. */
export const toBcp47 = (locale: string | null | undefined): string => (locale && /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(locale) ? locale.replace(/_/g, '-') : 'en-US');

export const reportLanguage = (locale: string | null | undefined): ReportLanguage => (toBcp47(locale).toLowerCase().startsWith('fr') ? 'fr' : 'en');
