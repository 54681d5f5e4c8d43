import { languageOf, type Language } from '../../wording/locale';

/** The report's language: French for a `fr_*` / `fr-*` locale, English otherwise. */
export type ReportLanguage = Language;

export { toBcp47 } from '../../wording/locale';

export const reportLanguage = languageOf;
