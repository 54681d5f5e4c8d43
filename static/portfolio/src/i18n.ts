import * as words from '../../../src/wording/catalog/portfolio';
import * as health from '../../../src/wording/catalog/health';
import { conflictWords } from '../../../src/wording/catalog/conflicts';
import { pickLanguage } from '../../kit/locale';

export type Lang = 'en' | 'fr';

/** The page's words (from the wording module), its language and health states; audiences and channels are named by `audienceName` and `channelName`. */
const en = {
  ...words.en,
  lang: 'en' as Lang,
  healthState: health.en.healthState,
  conflicts: conflictWords('en'),
};

export type Strings = typeof en;

const fr: Strings = {
  ...words.fr,
  lang: 'fr',
  healthState: health.fr.healthState,
  conflicts: conflictWords('fr'),
};

export const stringsFor = (locale: string | undefined): Strings => pickLanguage({ en, fr }, locale);
