import * as words from '../../../src/wording/catalog/portfolio';
import * as health from '../../../src/wording/catalog/health';
import { conflictWords } from '../../../src/wording/catalog/conflicts';
import { audienceName } from '../../../src/wording/catalog/audiences';
import { channelName } from '../../../src/wording/catalog/channels';
import { pickLanguage } from '../../kit/locale';

export type Lang = 'en' | 'fr';

/** The page's words (from the wording module), its language, health states and the names of audiences and channels. */
const en = {
  ...words.en,
  lang: 'en' as Lang,
  healthState: health.en.healthState,
  conflicts: conflictWords('en'),
  audience: (slug: string) => audienceName('en', slug),
  channel: (slug: string) => channelName('en', slug),
};

export type Strings = typeof en;

const fr: Strings = {
  ...words.fr,
  lang: 'fr',
  healthState: health.fr.healthState,
  conflicts: conflictWords('fr'),
  audience: (slug) => audienceName('fr', slug),
  channel: (slug) => channelName('fr', slug),
};

export const stringsFor = (locale: string | undefined): Strings => pickLanguage({ en, fr }, locale);
