import * as words from '../../../src/wording/catalog/breakdown';
import { ROLE_NAMES } from '../../kit/roles';
import { pickLanguage } from '../../kit/locale';

export type Lang = 'en' | 'fr';

/** The modal's words (from the wording module), its language and the owner roles' names. */
const en = { ...words.en, lang: 'en' as Lang, roleNames: ROLE_NAMES.en };

export type Strings = typeof en;

const fr: Strings = { ...words.fr, lang: 'fr', roleNames: ROLE_NAMES.fr };

export const stringsFor = (locale: string | undefined): Strings => pickLanguage({ en, fr }, locale);
