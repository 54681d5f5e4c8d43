/** The user's locale as Jira gives it (`en_US`, `fr_FR`, sometimes missing or odd), as a BCP 47 tag for `Intl`. */
export const toBcp47 = (locale: string | null | undefined): string => (locale && /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(locale) ? locale.replace(/_/g, '-') : 'en-US');

/** The two languages the apps are written in. */
export type Language = 'en' | 'fr';

/** French for any French locale (fr_FR, fr-CA, fr), English otherwise. */
export const languageOf = (locale: string | null | undefined): Language => (toBcp47(locale).toLowerCase().startsWith('fr') ? 'fr' : 'en');

/** The catalogue in the user's language. */
export const pickLanguage = <T>(catalogues: Record<Language, T>, locale: string | null | undefined): T => catalogues[languageOf(locale)];
