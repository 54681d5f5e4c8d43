import { keywordHits } from '../breakdown/match-patterns';
import { normalize } from '../brief/text';
import { TargetSlug, uniqueSlugs, type CampaignTargeting, type PlanBrief } from '../model';
import { AUDIENCE_WORDS, CHANNEL_WORDS, type TargetWords } from './words';

/** A template's or a person's channel as a slug (`Paid social`, `paid_social` → `paid-social`), or undefined. */
export function slugOf(text: string): string | undefined {
  const slug = normalize(text).replace(/\s+/g, '-');
  return TargetSlug.safeParse(slug).success ? slug : undefined;
}

/** The slugs `text` names, in the order it names them, each once. */
function slugsIn(text: string, words: readonly TargetWords[]): string[] {
  return [...keywordHits(text, words).keys()];
}

/** The audiences a brief's « Cible » / « Audience » prose names. */
export const audiencesIn = (text: string): string[] => uniqueSlugs(slugsIn(text, AUDIENCE_WORDS));

/** The channels a brief's « Canaux » items name: an item that is a known slug or name as is, else by its words. */
export function channelsIn(items: readonly string[]): string[] {
  const known = new Set(CHANNEL_WORDS.map((w) => w.id));
  return uniqueSlugs(
    items.flatMap((item) => {
      const slug = slugOf(item);
      return slug !== undefined && known.has(slug) ? [slug] : slugsIn(item, CHANNEL_WORDS);
    }),
  );
}

/** What the brief says about targeting, as slugs (empty when it says nothing the app recognises). */
export function briefTargeting(brief: Pick<PlanBrief, 'values'> | undefined): CampaignTargeting {
  const value = (field: 'audience' | 'channels'): unknown => brief?.values.find((v) => v.field === field)?.value;
  const audience = value('audience');
  const channels = value('channels');
  return {
    audiences: typeof audience === 'string' ? audiencesIn(audience) : [],
    channels: Array.isArray(channels) ? channelsIn(channels.filter((c): c is string => typeof c === 'string')) : [],
  };
}

export interface TargetingSources {
  template: { audiences?: readonly string[]; channels: readonly string[] };
  brief?: Pick<PlanBrief, 'values'>;
  /** The PM's choice: wins over the brief and the template for each list given (an empty list means "none"). */
  chosen?: { audiences?: readonly string[]; channels?: readonly string[] };
}

/**
 * A new campaign's audiences and channels: for each list, the PM's choice if given, else what the brief names (when
 * it names something the app recognises: the brief is about this campaign), else the template's defaults.
 */
export function planTargeting(sources: TargetingSources): CampaignTargeting {
  const fromBrief = briefTargeting(sources.brief);
  const fromTemplate = {
    audiences: uniqueSlugs((sources.template.audiences ?? []).flatMap((a) => slugOf(a) ?? [])),
    channels: uniqueSlugs(sources.template.channels.flatMap((c) => slugOf(c) ?? [])),
  };
  const pick = (field: 'audiences' | 'channels'): string[] => {
    const chosen = sources.chosen?.[field];
    if (chosen !== undefined) return uniqueSlugs(chosen);
    return fromBrief[field].length > 0 ? fromBrief[field] : fromTemplate[field];
  };
  return { audiences: pick('audiences'), channels: pick('channels') };
}
