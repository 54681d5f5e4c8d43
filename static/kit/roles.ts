import type { BreakdownTaskView } from '../../src/contracts/breakdown';

type OwnerRole = BreakdownTaskView['ownerRole'];

/** The owner roles' names in each language (the planner's tables and pickers, the breakdown's task table). */
export const ROLE_NAMES = {
  en: {
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
  },
  fr: {
    pm: 'Chef de projet',
    copywriter: 'Rédacteur',
    designer: 'Designer',
    media_buyer: 'Acheteur média',
    email_specialist: 'Spécialiste emailing',
    social_manager: 'Community manager',
    web_developer: 'Développeur web',
    events_manager: 'Responsable événementiel',
    pr_manager: 'Relations presse',
    sales_enablement: 'Sales enablement',
    analyst: 'Analyste',
    legal: 'Juridique',
    brand: 'Marque',
    leadership: 'Direction',
    finance: 'Finance',
    partner: 'Partenaire',
  },
} satisfies Record<'en' | 'fr', Record<OwnerRole, string>>;
