/**
 * Campaign audiences (the templates', the brief's and the PM's slugs) by name in each language, for sentences, tags
 * and filters a person reads. Drawn from the campaign scenarios (B2C retail, B2B SaaS, webinars, trade shows,
 * rebrand, partner co-marketing). A slug with no entry is worded by `audienceName` from its own words, never shown raw.
 */
export const en = {
  'existing-customers': 'Existing customers',
  prospects: 'Prospects',
  'b2b-decision-makers': 'B2B decision-makers',
  'general-public': 'General public',
  'store-visitors': 'Store visitors',
  'loyalty-members': 'Loyalty members',
  partners: 'Partners and resellers',
  students: 'Students',
  developers: 'Developers',
  'event-attendees': 'Event attendees',
  'press-analysts': 'Press and analysts',
  employees: 'Employees',
};

export const fr: typeof en = {
  'existing-customers': 'Clients existants',
  prospects: 'Prospects',
  'b2b-decision-makers': 'Décideurs B2B',
  'general-public': 'Grand public',
  'store-visitors': 'Visiteurs en magasin',
  'loyalty-members': 'Membres du programme de fidélité',
  partners: 'Partenaires et revendeurs',
  students: 'Étudiants',
  developers: 'Développeurs',
  'event-attendees': 'Participants aux événements',
  'press-analysts': 'Presse et analystes',
  employees: 'Collaborateurs',
};

export type AudienceSlug = keyof typeof en;

export const AUDIENCE_SLUGS = Object.keys(en) as AudienceSlug[];

const isSlug = (s: string): s is AudienceSlug => Object.hasOwn(en, s);

/** An audience's name in `lang`: the catalogue's for a known slug, else the slug's words (`key-accounts` → `key accounts`). */
export function audienceName(lang: 'en' | 'fr', audience: string): string {
  const slug = audience.trim();
  if (isSlug(slug)) return (lang === 'fr' ? fr : en)[slug];
  return /^[a-z0-9]+(-[a-z0-9]+)+$/.test(slug) ? slug.replace(/-/g, ' ') : slug;
}
