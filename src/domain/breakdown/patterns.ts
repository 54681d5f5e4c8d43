import type { LocalizedText, OwnerRole } from '../model';

/** One task of a pattern; `after` names tasks of the same pattern, or `<pattern>/<task>` of another one when it is proposed too. */
export interface PatternTask {
  key: string;
  summary: LocalizedText;
  ownerRole: OwnerRole;
  estimateBusinessDays: number;
  after?: string[];
}

/** The work one channel or deliverable usually takes, and the words that call for it. */
export interface TaskPattern {
  id: string;
  name: LocalizedText;
  /** Phrases in the goal, in either language (matched without accents or case, plural `s` allowed). */
  keywords: { en: string[]; fr: string[] };
  /** Campaign channel names (template and brief) that call for it, already normalised. */
  channels: string[];
  tasks: PatternTask[];
}

const t = (key: string, en: string, fr: string, ownerRole: OwnerRole, estimateBusinessDays: number, after?: string[]): PatternTask => ({
  key,
  summary: { en, fr },
  ownerRole,
  estimateBusinessDays,
  ...(after ? { after } : {}),
});

/** The deterministic engine's library, most specific first (the order breaks ties). */
export const TASK_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'landing-page',
    name: { en: 'Landing page', fr: 'Page de destination' },
    keywords: {
      en: ['landing page', 'web page', 'microsite', 'website'],
      fr: ['page de destination', "page d'atterrissage", 'landing', 'site web', 'mini-site'],
    },
    channels: ['web', 'landing page', 'site'],
    tasks: [
      t('copy', 'Write landing page copy', 'Rédiger les textes de la page de destination', 'copywriter', 3),
      t('design', 'Design landing page mock-ups', 'Maquetter la page de destination', 'designer', 4, ['copy']),
      t('build', 'Build and QA the landing page', 'Intégrer et recetter la page de destination', 'web_developer', 5, ['design']),
      t('tracking', 'Set up landing page tracking and UTMs', 'Paramétrer le suivi et les UTM de la page', 'analyst', 1, ['build']),
    ],
  },
  {
    id: 'email',
    name: { en: 'Email', fr: 'Emailing' },
    keywords: {
      en: ['email', 'e-mail', 'newsletter', 'mailing', 'drip'],
      fr: ['email', 'e-mail', 'courriel', 'emailing', 'newsletter', 'mailing'],
    },
    channels: ['email', 'e-mail', 'newsletter', 'crm'],
    tasks: [
      t('segment', 'Define email audience segments', 'Définir les segments de la cible email', 'email_specialist', 2),
      t('copy', 'Write email copy and subject lines', 'Rédiger les emails et les objets', 'copywriter', 3),
      t('build', 'Build email templates', 'Monter les gabarits email', 'email_specialist', 3, ['copy', 'landing-page/build']),
      t('test', 'Send email proofs and QA', 'Envoyer les BAT email et recetter', 'email_specialist', 1, ['build', 'segment']),
      t('schedule', 'Schedule the email sends', 'Programmer les envois', 'email_specialist', 1, ['test']),
    ],
  },
  {
    id: 'social',
    name: { en: 'Organic social', fr: 'Réseaux sociaux' },
    keywords: {
      en: ['social', 'social media', 'instagram', 'linkedin', 'tiktok', 'facebook', 'posts'],
      fr: ['reseaux sociaux', 'social', 'instagram', 'linkedin', 'tiktok', 'facebook', 'publications'],
    },
    channels: ['social', 'organic social', 'reseaux sociaux'],
    tasks: [
      t('calendar', 'Plan the social media calendar', 'Planifier le calendrier éditorial social', 'social_manager', 2),
      t('visuals', 'Create social visuals', 'Créer les visuels réseaux sociaux', 'designer', 4, ['calendar']),
      t('posts', 'Write and schedule social posts', 'Rédiger et programmer les publications', 'social_manager', 3, ['visuals']),
    ],
  },
  {
    id: 'paid-social',
    name: { en: 'Paid social', fr: 'Social payant' },
    keywords: {
      en: [
        'paid social',
        'paid social media',
        'social ads',
        'social media ads',
        'social media advertising',
        'meta ads',
        'facebook ads',
        'instagram ads',
        'linkedin ads',
        'tiktok ads',
        'sponsored posts',
      ],
      fr: [
        'social payant',
        'reseau social payant',
        'reseaux sociaux payant',
        'sociaux payant',
        'reseaux sociaux sponsorise',
        'publicite sur les reseaux sociaux',
        'publicite reseaux sociaux',
        'publicite sociale',
        'posts sponsorise',
        'publications sponsorise',
      ],
    },
    channels: ['paid social', 'paid-social', 'social ads'],
    tasks: [
      t('plan', 'Plan paid social targeting and budget', 'Définir le ciblage et le budget social payant', 'media_buyer', 2),
      t('creatives', 'Produce paid social creatives', 'Produire les créations social payant', 'designer', 4, ['plan']),
      t('launch', 'Set up and launch paid social campaigns', 'Paramétrer et lancer les campagnes social payant', 'media_buyer', 2, [
        'creatives',
      ]),
    ],
  },
  {
    id: 'paid-search',
    name: { en: 'Paid search', fr: 'Référencement payant' },
    keywords: {
      en: ['paid search', 'search ads', 'google ads', 'sem', 'ppc', 'adwords'],
      fr: ['referencement payant', 'sea', 'google ads', 'liens sponsorises', 'adwords'],
    },
    channels: ['paid search', 'paid-search', 'sea', 'sem', 'paid media', 'paid-media'],
    tasks: [
      t('keywords', 'Research paid search keywords', 'Rechercher les mots-clés SEA', 'media_buyer', 2),
      t('ads', 'Write search ads', 'Rédiger les annonces SEA', 'copywriter', 2, ['keywords']),
      t('launch', 'Set up paid search campaigns and bids', 'Paramétrer les campagnes SEA et les enchères', 'media_buyer', 2, [
        'ads',
        'landing-page/tracking',
      ]),
    ],
  },
  {
    id: 'video',
    name: { en: 'Video', fr: 'Vidéo' },
    keywords: { en: ['video', 'film', 'youtube', 'teaser', 'trailer'], fr: ['video', 'film', 'youtube', 'teaser', 'bande annonce'] },
    channels: ['video', 'youtube'],
    tasks: [
      t('script', 'Write the video script and storyboard', 'Écrire le script et le storyboard de la vidéo', 'copywriter', 3),
      t('shoot', 'Shoot the video', 'Tourner la vidéo', 'designer', 3, ['script']),
      t('edit', 'Edit the video and subtitles', 'Monter la vidéo et les sous-titres', 'designer', 4, ['shoot']),
      t('review', 'Review the video with brand', 'Faire valider la vidéo par la marque', 'brand', 2, ['edit']),
    ],
  },
  {
    id: 'event',
    name: { en: 'Event', fr: 'Événement' },
    keywords: {
      en: ['event', 'trade show', 'conference', 'booth', 'meetup', 'launch party'],
      fr: ['evenement', 'salon', 'conference', 'stand', 'soiree de lancement'],
    },
    channels: ['event', 'events', 'trade show', 'salon'],
    tasks: [
      t('venue', 'Book the venue and suppliers', 'Réserver le lieu et les prestataires', 'events_manager', 5),
      t('invites', 'Send event invitations', 'Envoyer les invitations', 'events_manager', 2, ['venue']),
      t('material', 'Produce event material', 'Produire les supports de l’événement', 'designer', 4, ['venue']),
      t('rehearse', 'Run the event rehearsal', 'Organiser la répétition', 'events_manager', 1, ['material']),
    ],
  },
  {
    id: 'in-store',
    name: { en: 'In-store', fr: 'Magasins' },
    keywords: {
      en: ['in-store', 'in store', 'point of sale', 'pos material', 'shelf display', 'shelf talker', 'store staff', 'retail stores'],
      fr: ['en magasin', 'magasin', 'point de vente', 'plv', 'tete de gondole', 'stop rayon', 'presentoir'],
    },
    channels: ['in-store', 'in store', 'retail', 'magasin', 'magasins', 'point de vente'],
    tasks: [
      t('pos', 'Design the POS material (posters, shelf talkers)', 'Concevoir la PLV (affiches, stop-rayons)', 'designer', 4),
      t('print', 'Print and deliver the POS material to the stores', 'Imprimer et livrer la PLV aux magasins', 'pm', 5, ['pos']),
      t('displays', 'Set up the shelf displays in the stores', 'Installer les têtes de gondole et les présentoirs', 'pm', 2, ['print']),
      t('staff', 'Brief the store staff on the offer', 'Former les équipes des magasins à l’offre', 'sales_enablement', 2, ['pos']),
    ],
  },
  {
    id: 'webinar',
    name: { en: 'Webinar', fr: 'Webinaire' },
    keywords: { en: ['webinar', 'webcast', 'live stream', 'online session'], fr: ['webinaire', 'webinar', 'live', 'session en ligne'] },
    channels: ['webinar', 'webinaire'],
    tasks: [
      t('speakers', 'Confirm webinar speakers and agenda', 'Confirmer les intervenants et le programme', 'pm', 3),
      t('slides', 'Prepare webinar slides', 'Préparer les slides du webinaire', 'designer', 3, ['speakers']),
      t('registration', 'Open webinar registration', 'Ouvrir les inscriptions au webinaire', 'web_developer', 2, ['speakers']),
      t('dry-run', 'Hold the webinar dry run', 'Faire la répétition du webinaire', 'pm', 1, ['slides']),
    ],
  },
  {
    id: 'press',
    name: { en: 'Press', fr: 'Relations presse' },
    keywords: {
      en: ['press', 'press release', 'media relations', 'journalists', 'pr'],
      fr: ['presse', 'communique de presse', 'relations presse', 'journalistes', 'rp'],
    },
    channels: ['pr', 'press', 'presse', 'analyst-relations', 'analyst relations'],
    tasks: [
      t('release', 'Write the press release', 'Rédiger le communiqué de presse', 'pr_manager', 3),
      t('legal', 'Legal review of the press release', 'Relecture juridique du communiqué', 'legal', 2, ['release']),
      t('list', 'Build the media list and pitch', 'Constituer le fichier presse et le pitch', 'pr_manager', 2),
      t('send', 'Send the release under embargo', 'Diffuser le communiqué sous embargo', 'pr_manager', 1, ['legal', 'list']),
    ],
  },
  {
    id: 'partner',
    name: { en: 'Partner co-marketing', fr: 'Co-marketing partenaire' },
    keywords: {
      en: ['partner', 'partners', 'co-marketing', 'comarketing', 'co-branded', 'reseller'],
      fr: ['partenaire', 'co-marketing', 'comarketing', 'co-brande', 'revendeur'],
    },
    channels: ['partner', 'partners', 'partenaire', 'co-marketing'],
    tasks: [
      t('agreement', 'Agree the co-marketing plan with the partner', 'Valider le plan de co-marketing avec le partenaire', 'pm', 3),
      t('assets', 'Produce co-branded assets', 'Produire les supports co-brandés', 'designer', 4, ['agreement']),
      t('approval', 'Get partner approval of the assets', 'Obtenir l’accord du partenaire sur les supports', 'partner', 2, ['assets']),
      t('enable', 'Brief the partner’s sales team', 'Former l’équipe commerciale du partenaire', 'sales_enablement', 2, ['approval']),
    ],
  },
  {
    id: 'sms',
    name: { en: 'SMS', fr: 'SMS' },
    keywords: { en: ['sms', 'text message', 'push notification'], fr: ['sms', 'notification push'] },
    channels: ['sms', 'push'],
    tasks: [
      t('copy', 'Write SMS messages', 'Rédiger les SMS', 'copywriter', 1),
      t('send', 'Schedule SMS sends with opt-out', 'Programmer les SMS avec désinscription', 'email_specialist', 1, ['copy']),
    ],
  },
  {
    id: 'influencer',
    name: { en: 'Influencers', fr: 'Influence' },
    keywords: {
      en: ['influencer', 'creators', 'ambassadors'],
      fr: ['influenceur', 'influenceuse', 'influence', 'createurs', 'ambassadeurs'],
    },
    channels: ['influencers', 'influencer', 'influence'],
    tasks: [
      t('shortlist', 'Shortlist influencers', 'Présélectionner les influenceurs', 'social_manager', 3),
      t('contracts', 'Contract influencers', 'Contractualiser avec les influenceurs', 'legal', 3, ['shortlist']),
      t('content', 'Review influencer content', 'Valider les contenus des influenceurs', 'brand', 2, ['contracts']),
    ],
  },
  {
    id: 'content',
    name: { en: 'Content', fr: 'Contenu' },
    keywords: {
      en: ['ebook', 'e-book', 'white paper', 'whitepaper', 'blog', 'article', 'guide', 'case study'],
      fr: ['ebook', 'livre blanc', 'blog', 'article', 'guide', 'etude de cas'],
    },
    channels: ['content', 'blog', 'contenu'],
    tasks: [
      t('outline', 'Outline the content', 'Construire le plan du contenu', 'copywriter', 2),
      t('draft', 'Write the content', 'Rédiger le contenu', 'copywriter', 5, ['outline']),
      t('layout', 'Lay out the content', 'Mettre en page le contenu', 'designer', 3, ['draft']),
    ],
  },
];

/** Proposed when nothing in the goal or the campaign names a channel. */
export const GENERIC_PATTERN: TaskPattern = {
  id: 'generic',
  name: { en: 'General steps', fr: 'Étapes générales' },
  keywords: { en: [], fr: [] },
  channels: [],
  tasks: [
    t('brief', 'Write the brief for this goal', 'Rédiger le brief de cet objectif', 'pm', 2),
    t('produce', 'Produce the deliverables', 'Produire les livrables', 'designer', 5, ['brief']),
    t('review', 'Review the deliverables with brand', 'Faire valider les livrables par la marque', 'brand', 2, ['produce']),
  ],
};
