import type { Collision, CollisionCampaign } from '../../contracts/collisions';
import { dayInWords } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { capitalise, NNBSP, quote } from '../typography';
import { audienceName } from './audiences';
import { channelName } from './channels';

/**
 * Launch collisions across the portfolio (`src/domain/portfolio/collisions.ts`), for the portfolio's Collisions
 * section and the planner's preview: each sentence names every campaign concerned, audiences and channels by their
 * names (never a slug), dates in words. `collisionText` builds the parameters from a collision.
 */
interface OverlapParams {
  /** The two campaigns as named in the sentence (quoted, or `hiddenCampaign`), the earlier launch first. */
  first: string;
  second: string;
  daysApart: number;
  /** How many audiences (channels) they share, and their names as a list in the sentence's language. */
  count: number;
  names: string;
}

export interface CollisionWords {
  title: string;
  none: string;
  headings: Record<Collision['kind'], string>;
  audienceOverlap: (p: OverlapParams) => string;
  channelOverlap: (p: OverlapParams) => string;
  /** `campaign` as named at the start of a sentence; `channels`: the launch's frozen channels as a list ('' = every channel). */
  blackout: (p: {
    campaign: string;
    launchDate: string;
    window: string;
    start: string;
    end: string;
    count: number;
    channels: string;
  }) => string;
  approverOverload: (p: { approver: string; gates: number; weekStart: string; limit: number; campaigns: string }) => string;
  someApprover: string;
  /** A campaign in a project the reader may not browse, and several. */
  hiddenCampaign: string;
  hiddenCampaigns: (n: number) => string;
}

const LIST_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const listOf = (lang: Language, items: readonly string[]): string =>
  new Intl.ListFormat(LIST_LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);

/** A catalogue name inside a sentence: lower-case first letter, unless it starts an acronym (`SMS`, `B2B`). */
const inSentence = (name: string): string => (/^\p{Lu}[\p{Lu}\d]/u.test(name) ? name : `${name.charAt(0).toLowerCase()}${name.slice(1)}`);

/** `20–31 December`, `28 November – 3 December`, `20 December 2026 – 3 January 2027`, or one day. */
export function dayRangeInWords(lang: Language, start: string, end: string): string {
  if (start === end) return dayInWords(lang, start, false);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  if (sameYear && start.slice(0, 7) === end.slice(0, 7)) {
    const first = dayInWords(lang, start, false).split(' ')[0] ?? '';
    return `${first}–${dayInWords(lang, end, false)}`;
  }
  return `${dayInWords(lang, start, !sameYear)} – ${dayInWords(lang, end, !sameYear)}`;
}

const apartEn = (days: number): string =>
  days === 0 ? 'on the same day' : `${days} ${plural('en', days, { one: 'day', other: 'days' })} apart`;
const apartFr = (days: number): string =>
  days === 0 ? 'le même jour' : `à ${days} ${plural('fr', days, { one: 'jour', other: 'jours' })} d’écart`;

export const en: CollisionWords = {
  title: 'Launch collisions',
  none: 'No collision: no two launches share an audience or a channel within the window, none falls in a blackout, and no approver has too many sign-offs in a week.',
  headings: {
    audience_overlap: 'Same audience',
    channel_overlap: 'Same channel',
    blackout: 'Launches in a blackout window',
    approver_overload: 'Overloaded approvers',
  },
  audienceOverlap: (p) =>
    `Two launches to the same ${plural('en', p.count, { one: 'audience', other: 'audiences' })} ${apartEn(p.daysApart)}: ${p.first} and ${p.second} (${p.names})`,
  channelOverlap: (p) =>
    `Two launches on the same ${plural('en', p.count, { one: 'channel', other: 'channels' })} ${apartEn(p.daysApart)}: ${p.first} and ${p.second} (${p.names})`,
  blackout: (p) => {
    const channels = p.channels === '' ? '' : `; ${plural('en', p.count, { one: 'channel', other: 'channels' })} affected: ${p.channels}`;
    return `${p.campaign} launches on ${dayInWords('en', p.launchDate, false)}, during ${quote('en', p.window)} (${dayRangeInWords('en', p.start, p.end)})${channels}`;
  },
  approverOverload: (p) =>
    `${p.approver} has ${p.gates} sign-offs due in the week of ${dayInWords('en', p.weekStart, false)} (at most ${p.limit} a week): ${p.campaigns}`,
  someApprover: 'An approver',
  hiddenCampaign: 'a campaign you cannot see',
  hiddenCampaigns: (n) => `${n} campaigns you cannot see`,
};

export const fr: CollisionWords = {
  title: 'Collisions de lancements',
  none: `Aucune collision${NNBSP}: aucun lancement ne partage une cible ou un canal avec un autre dans la fenêtre, aucun ne tombe dans une période de gel, et aucun valideur n’a trop de validations dans une semaine.`,
  headings: {
    audience_overlap: 'Même cible',
    channel_overlap: 'Même canal',
    blackout: 'Lancements pendant une période de gel',
    approver_overload: 'Valideurs surchargés',
  },
  audienceOverlap: (p) =>
    `Deux lancements vers ${p.count > 1 ? 'les mêmes cibles' : 'la même cible'} ${apartFr(p.daysApart)}${NNBSP}: ${p.first} et ${p.second} (${p.names})`,
  channelOverlap: (p) =>
    `Deux lancements sur ${p.count > 1 ? 'les mêmes canaux' : 'le même canal'} ${apartFr(p.daysApart)}${NNBSP}: ${p.first} et ${p.second} (${p.names})`,
  blackout: (p) => {
    const channels = p.channels === '' ? '' : `${NNBSP}; ${p.count > 1 ? 'canaux concernés' : 'canal concerné'}${NNBSP}: ${p.channels}`;
    return `${p.campaign}${NNBSP}: lancement le ${dayInWords('fr', p.launchDate, false)}, pendant ${quote('fr', p.window)} (${dayRangeInWords('fr', p.start, p.end)})${channels}`;
  },
  approverOverload: (p) =>
    `${p.approver} a ${p.gates} validations à rendre la semaine du ${dayInWords('fr', p.weekStart, false)} (${p.limit} au plus par semaine)${NNBSP}: ${p.campaigns}`,
  someApprover: 'Un valideur',
  hiddenCampaign: 'une campagne que vous ne voyez pas',
  hiddenCampaigns: (n) => `${n} campagnes que vous ne voyez pas`,
};

export const collisionWords = (lang: Language): CollisionWords => (lang === 'fr' ? fr : en);

/** One collision in `lang`; `names` gives approvers' display names (someone unknown reads « Un valideur »). */
export function collisionText(lang: Language, c: Collision, names: ReadonlyMap<string, string> = new Map()): string {
  const words = collisionWords(lang);
  const named = (r: CollisionCampaign): string => (r.hidden ? words.hiddenCampaign : quote(lang, r.name));
  const channels = (slugs: readonly string[]): string =>
    listOf(
      lang,
      slugs.map((s) => inSentence(channelName(lang, s))),
    );
  switch (c.kind) {
    case 'audience_overlap':
    case 'channel_overlap': {
      const shared = c.shared.map((s) => inSentence(c.kind === 'audience_overlap' ? audienceName(lang, s) : channelName(lang, s)));
      const p = { first: named(c.campaigns[0]), second: named(c.campaigns[1]), daysApart: c.daysApart, count: c.shared.length };
      const params = { ...p, names: listOf(lang, shared) };
      return c.kind === 'audience_overlap' ? words.audienceOverlap(params) : words.channelOverlap(params);
    }
    case 'blackout':
      return words.blackout({
        campaign: capitalise(named(c.campaign)),
        launchDate: c.campaign.launchDate,
        window: c.blackout.name,
        start: c.blackout.start,
        end: c.blackout.end,
        count: c.channels.length,
        channels: c.channels.length === 0 ? '' : channels(c.channels),
      });
    case 'approver_overload': {
      const hiddenCount = c.campaigns.filter((x) => x.hidden).length;
      const hiddenNamed = hiddenCount === 0 ? [] : [hiddenCount === 1 ? words.hiddenCampaign : words.hiddenCampaigns(hiddenCount)];
      return words.approverOverload({
        approver: names.get(c.accountId) ?? words.someApprover,
        gates: c.gates,
        weekStart: c.weekStart,
        limit: c.limit,
        campaigns: listOf(lang, [...c.campaigns.filter((x) => !x.hidden).map(named), ...hiddenNamed]),
      });
    }
  }
}
