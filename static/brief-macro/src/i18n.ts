import * as health from '../../../src/wording/catalog/health';
import * as macro from '../../../src/wording/catalog/macro';
import { pickLanguage } from '../../kit/locale';

/** The macro's words (from the wording module) and the health states' names. */
const en = { ...macro.en, lang: 'en' as 'en' | 'fr', healthState: health.en.healthState };

export type Strings = typeof en;

const fr: Strings = { ...macro.fr, lang: 'fr', healthState: health.fr.healthState };

export const stringsFor = (locale: string | undefined): Strings => pickLanguage({ en, fr }, locale);
