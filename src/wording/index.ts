/**
 * The wording module: every FR/EN text of the app, and the helpers that word it in the reader's locale.
 * Pure TypeScript (no Node, no `@forge/*`), imported by `src/` and by the Custom UI apps (by relative path).
 * UIs should import the file they need (`catalog/health`, `locale`, `format`) rather than this index, so their
 * bundles hold only the catalogues they show.
 */
export { languageOf, toBcp47, type Language } from './locale';
export { plural } from './plural';
export { NNBSP, quote } from './typography';
export { minorUnitDigits, roundToMinorUnit, moneyFormat, calendarDayFormat, instantFormat, numberFormat, percentFormat } from './format';
export { render, message, type Message, type MessageKey } from './messages';
export type { ParamValue } from './catalog/types';
