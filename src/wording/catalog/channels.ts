/**
 * Campaign channels (the templates' and the brief's slugs) by name in each language, for sentences and tags a
 * person reads. A slug with no entry is worded by `channelName` from its own words, never shown raw.
 */
export const en = {
  web: 'Website',
  'landing-page': 'Landing page',
  'paid-media': 'Paid media',
  'paid-social': 'Paid social',
  'paid-search': 'Paid search',
  social: 'Organic social',
  pr: 'Press relations',
  press: 'Press',
  'analyst-relations': 'Analyst relations',
  email: 'Email',
  newsletter: 'Newsletter',
  crm: 'CRM',
  webinar: 'Webinar',
  content: 'Content',
  blog: 'Blog',
  partner: 'Partners',
  event: 'Events',
  sales: 'Sales',
  sms: 'SMS',
  push: 'Push notifications',
  influencers: 'Influencers',
  'in-store': 'In-store',
  video: 'Video',
};

export const fr: typeof en = {
  web: 'Site web',
  'landing-page': 'Page de destination',
  'paid-media': 'Médias payants',
  'paid-social': 'Réseaux sociaux payants',
  'paid-search': 'Référencement payant',
  social: 'Réseaux sociaux',
  pr: 'Relations presse',
  press: 'Presse',
  'analyst-relations': 'Relations analystes',
  email: 'E-mailing',
  newsletter: 'Lettre d’information',
  crm: 'Relation client',
  webinar: 'Webinaire',
  content: 'Contenus',
  blog: 'Blog',
  partner: 'Partenaires',
  event: 'Événements',
  sales: 'Ventes',
  sms: 'SMS',
  push: 'Notifications push',
  influencers: 'Influence',
  'in-store': 'Magasins',
  video: 'Vidéo',
};

export type ChannelSlug = keyof typeof en;

const slugOf = (channel: string): string =>
  channel
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');

const isSlug = (s: string): s is ChannelSlug => Object.hasOwn(en, s);

/**
 * A channel's name in `lang`: the catalogue's for a known slug (`paid-social`, `Paid social`), else the channel as the
 * campaign wrote it, with a slug's hyphens read as spaces (`trade-show` → `trade show`).
 */
export function channelName(lang: 'en' | 'fr', channel: string): string {
  const slug = slugOf(channel);
  if (isSlug(slug)) return (lang === 'fr' ? fr : en)[slug];
  return /^[a-z0-9]+(-[a-z0-9]+)+$/.test(channel.trim()) ? channel.trim().replace(/-/g, ' ') : channel.trim();
}
