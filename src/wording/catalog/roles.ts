import type { Language } from '../locale';

/**
 * The owner roles' names in each language: the planner's tables and pickers, the breakdown's task table, and the
 * plan's warnings (which never show a role's slug). `static/kit/roles.ts` checks the keys against `OwnerRole`.
 */
export const en = {
  pm: 'Project manager',
  copywriter: 'Copywriter',
  designer: 'Designer',
  media_buyer: 'Media buyer',
  email_specialist: 'Email specialist',
  social_manager: 'Social media manager',
  web_developer: 'Web developer',
  events_manager: 'Events manager',
  pr_manager: 'PR manager',
  sales_enablement: 'Sales enablement',
  analyst: 'Analyst',
  legal: 'Legal',
  brand: 'Brand',
  leadership: 'Leadership',
  finance: 'Finance',
  partner: 'Partner',
};

export const fr: typeof en = {
  pm: 'Chef de projet',
  copywriter: 'Rédacteur',
  designer: 'Designer',
  media_buyer: 'Acheteur média',
  email_specialist: 'Spécialiste emailing',
  social_manager: 'Community manager',
  web_developer: 'Développeur web',
  events_manager: 'Responsable événementiel',
  pr_manager: 'Relations presse',
  sales_enablement: 'Accompagnement commercial',
  analyst: 'Analyste',
  legal: 'Juridique',
  brand: 'Marque',
  leadership: 'Direction',
  finance: 'Finance',
  partner: 'Partenaire',
};

const isRole = (slug: string): slug is keyof typeof en => Object.hasOwn(en, slug);

/** A role's name in `lang`; a slug this build does not know is shown as it is, readable rather than lost. */
export const roleName = (lang: Language, slug: string): string =>
  isRole(slug) ? (lang === 'fr' ? fr : en)[slug] : slug.replace(/_/g, ' ');

/** Roles carried as one comma-separated parameter (`legal,brand`), named and joined: « Juridique, Marque ». */
export const roleNames = (lang: Language, slugs: string): string =>
  slugs
    .split(',')
    .filter((s) => s.length > 0)
    .map((s) => roleName(lang, s))
    .join(', ');
