import { languageOf, type Language } from '../../src/wording/locale';

/** Locale helpers come from the one wording module; the kit adds only the catalogue picker the apps use. */
export { languageOf, toBcp47, type Language } from '../../src/wording/locale';

/** The catalogue in the user's language. */
export const pickLanguage = <T>(catalogues: Record<Language, T>, locale: string | null | undefined): T => catalogues[languageOf(locale)];
