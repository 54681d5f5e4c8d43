import * as gadget from '../../../src/wording/catalog/gadget';
import * as health from '../../../src/wording/catalog/health';
import { pickLanguage } from '../../kit/locale';

/** The gadget's words (from the wording module) and the health states' names. */
const en = { ...gadget.en, lang: 'en' as 'en' | 'fr', healthState: health.en.healthState };

export type Strings = typeof en;

const fr: Strings = { ...gadget.fr, lang: 'fr', healthState: health.fr.healthState };

export const stringsFor = (locale: string | undefined): Strings => pickLanguage({ en, fr }, locale);
