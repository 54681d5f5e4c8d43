/**
 * Words that name an audience or a channel in a brief, in English and French (matched without accents or case, a
 * plural `s`/`x` allowed, the longest phrase first), so a brief's « Cible » and « Canaux » sections become slugs.
 * Never shown: the slugs are worded by `wording/catalog/audiences.ts` and `channels.ts`.
 */
export interface TargetWords {
  id: string;
  keywords: { en: string[]; fr: string[] };
}

export const AUDIENCE_WORDS: readonly TargetWords[] = [
  {
    id: 'existing-customers',
    keywords: {
      en: ['existing customer', 'current customer', 'our customer', 'customer base', 'subscriber', 'opt-in', 'active account'],
      fr: ['client existant', 'client actuel', 'nos client', 'base client', 'abonné', 'client actif'],
    },
  },
  {
    id: 'prospects',
    keywords: {
      en: ['prospect', 'lookalike', 'new customer', 'lead'],
      fr: ['prospect', 'audience similaire', 'nouveau client', 'lead'],
    },
  },
  {
    id: 'b2b-decision-makers',
    keywords: {
      en: ['decision maker', 'decision-maker', 'executive', 'director', 'head of', 'c-level', 'b2b buyer', 'it manager'],
      fr: ['décideur', 'directeur', 'directrice', 'responsable', 'dirigeant', 'acheteur b2b'],
    },
  },
  {
    id: 'general-public',
    keywords: { en: ['general public', 'consumer', 'mass market', 'everyone'], fr: ['grand public', 'consommateur', 'tout public'] },
  },
  {
    id: 'store-visitors',
    keywords: {
      en: ['store visitor', 'shopper', 'footfall', 'in-store visitor'],
      fr: ['visiteur de nos magasin', 'visiteur en magasin', 'visiteur des magasin', 'client en magasin'],
    },
  },
  {
    id: 'loyalty-members',
    keywords: {
      en: ['loyalty member', 'loyalty program', 'loyalty club'],
      fr: ['programme de fidélité', 'membre fidélité', 'carte de fidélité'],
    },
  },
  {
    id: 'partners',
    keywords: { en: ['partner', 'reseller', 'distributor'], fr: ['partenaire', 'revendeur', 'distributeur'] },
  },
  { id: 'students', keywords: { en: ['student'], fr: ['étudiant', 'étudiante'] } },
  { id: 'developers', keywords: { en: ['developer'], fr: ['développeur', 'développeuse'] } },
  {
    id: 'event-attendees',
    keywords: { en: ['attendee', 'registrant', 'show visitor'], fr: ['participant', 'inscrit', 'visiteur du salon'] },
  },
  {
    id: 'press-analysts',
    keywords: { en: ['journalist', 'analyst', 'press'], fr: ['journaliste', 'analyste', 'presse'] },
  },
  { id: 'employees', keywords: { en: ['employee', 'internal audience'], fr: ['collaborateur', 'employé', 'équipes interne'] } },
];

export const CHANNEL_WORDS: readonly TargetWords[] = [
  { id: 'landing-page', keywords: { en: ['landing page'], fr: ['page de destination', 'page d atterrissage'] } },
  {
    id: 'web',
    keywords: { en: ['website', 'web page', 'product page', 'site'], fr: ['site web', 'site internet', 'page produit', 'site'] },
  },
  { id: 'paid-media', keywords: { en: ['paid media'], fr: ['média payant'] } },
  {
    id: 'paid-social',
    keywords: {
      en: ['paid social', 'social ads', 'meta ads', 'tiktok ads'],
      fr: ['social payant', 'réseaux sociaux payants', 'réseau social payant'],
    },
  },
  { id: 'paid-search', keywords: { en: ['paid search', 'google ads', 'sea', 'sem'], fr: ['search payant', 'référencement payant'] } },
  { id: 'social', keywords: { en: ['organic social', 'social media', 'social'], fr: ['réseaux sociaux', 'réseau social', 'social'] } },
  {
    id: 'pr',
    keywords: {
      en: ['press relations', 'public relations', 'press release', 'pr'],
      fr: ['relations presse', 'communiqué de presse', 'rp'],
    },
  },
  { id: 'press', keywords: { en: ['press'], fr: ['presse'] } },
  { id: 'analyst-relations', keywords: { en: ['analyst relations', 'analyst'], fr: ['relations analystes', 'analyste'] } },
  { id: 'newsletter', keywords: { en: ['newsletter'], fr: ['newsletter', 'lettre d information'] } },
  {
    id: 'email',
    keywords: { en: ['email', 'e-mail', 'emailing', 'e-mailing'], fr: ['e-mail', 'email', 'e-mailing', 'emailing', 'courriel'] },
  },
  { id: 'crm', keywords: { en: ['crm'], fr: ['crm'] } },
  { id: 'webinar', keywords: { en: ['webinar'], fr: ['webinaire', 'webinar'] } },
  { id: 'content', keywords: { en: ['content', 'e-book', 'ebook', 'white paper'], fr: ['contenu', 'livre blanc', 'e-book'] } },
  { id: 'blog', keywords: { en: ['blog'], fr: ['blog'] } },
  { id: 'partner', keywords: { en: ['partner', 'co-marketing'], fr: ['partenaire', 'co-marketing'] } },
  { id: 'event', keywords: { en: ['event', 'trade show', 'booth'], fr: ['événement', 'salon', 'stand'] } },
  { id: 'sales', keywords: { en: ['sales team', 'sales'], fr: ['force de vente', 'commerciaux', 'équipe commerciale'] } },
  { id: 'sms', keywords: { en: ['sms', 'text message'], fr: ['sms'] } },
  { id: 'push', keywords: { en: ['push notification', 'push'], fr: ['notification push'] } },
  { id: 'influencers', keywords: { en: ['influencer', 'influence', 'creator'], fr: ['influence', 'influenceur', 'créateur'] } },
  {
    id: 'in-store',
    keywords: {
      en: ['in-store', 'in store', 'point of sale', 'pos', 'retail store'],
      fr: ['en magasin', 'magasin', 'plv', 'point de vente'],
    },
  },
  { id: 'video', keywords: { en: ['video', 'youtube'], fr: ['vidéo', 'youtube'] } },
];
