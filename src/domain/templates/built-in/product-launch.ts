import type { CampaignTemplateInput } from '../../model';
import { gate, kpi, milestone, nOf, task } from './build-helpers';

/** B2B SaaS product launch, scenario `product-launch`. Task costs: 117,000 of 120,000 USD (3,000 contingency). */
export const PRODUCT_LAUNCH: CampaignTemplateInput = {
  id: 'product-launch',
  version: 1,
  builtIn: true,
  name: { en: 'Product launch', fr: 'Lancement produit' },
  description: {
    en: 'Major feature or new product: positioning, customer proof, website, press and analysts, sales enablement and launch-day media.',
    fr: 'Nouvelle fonctionnalité majeure ou nouveau produit\u202f: positionnement, preuves clients, site, presse et analystes, équipes commerciales et médias du lancement.',
  },
  referenceBudget: { amount: 120000, currency: 'USD' },
  channels: ['web', 'paid-media', 'pr', 'analyst-relations', 'email', 'webinar'],
  audiences: ['b2b-decision-makers', 'existing-customers', 'prospects', 'press-analysts'],
  milestones: [
    milestone('positioning', { calendarDays: -84 }, 'Positioning and messaging approved', 'Positionnement et messages validés'),
    milestone('tier-date', { calendarDays: -63 }, 'Launch tier and date confirmed', 'Niveau et date de lancement confirmés'),
    milestone(
      'beta-proof',
      { calendarDays: -49 },
      'Beta customer proof secured (2 quotes, 1 case study)',
      'Preuves clients bêta obtenues (2 citations, 1 étude de cas)',
    ),
    milestone(
      'web-drafts',
      { calendarDays: -35 },
      'Website pages and demo video drafts',
      'Pages web et vidéo de démo en version de travail',
    ),
    milestone('briefings', { calendarDays: -28 }, 'Analyst and press briefings scheduled', 'Briefings analystes et presse planifiés'),
    milestone('enablement', { calendarDays: -21 }, 'Sales enablement deck and training', 'Support et formation des équipes commerciales'),
    milestone('press-release', { calendarDays: -14 }, 'Press release approved', 'Communiqué de presse validé'),
    milestone('readiness', { calendarDays: -7 }, 'Launch readiness review', 'Revue de préparation au lancement'),
    milestone('launch', { businessDays: 0 }, 'Public launch', 'Lancement public'),
    milestone('adoption', { calendarDays: 30 }, 'Adoption review', 'Revue d’adoption'),
  ],
  tasks: [
    task('market-research', 'positioning', 'Competitive and customer research', 'Étude concurrentielle et clients', 'analyst', 5),
    task('messaging-framework', 'positioning', 'Write the messaging framework', 'Rédiger la plateforme de messages', 'pm', 4, {
      after: ['market-research'],
    }),
    task('messaging-workshop', 'positioning', 'Messaging workshop with Product', 'Atelier messages avec le Produit', 'pm', 1, {
      after: ['messaging-framework'],
    }),

    task('launch-tiering', 'tier-date', 'Propose the launch tier', 'Proposer le niveau de lancement', 'pm', 2, {
      after: ['messaging-workshop'],
    }),
    task(
      'release-date-check',
      'tier-date',
      'Confirm the release date with Engineering',
      'Confirmer la date de mise en production avec l’Ingénierie',
      'pm',
      2,
      { after: ['messaging-workshop'] },
    ),

    task(
      'beta-recruit',
      'beta-proof',
      'Recruit beta customers for references',
      'Recruter des clients bêta comme références',
      'sales_enablement',
      5,
      { after: ['launch-tiering'] },
    ),
    task('customer-quotes', 'beta-proof', 'Collect two customer quotes', 'Recueillir deux citations clients', 'copywriter', 3, {
      after: [['beta-recruit', 5]],
    }),
    task('case-study', 'beta-proof', 'Write one customer case study', 'Rédiger une étude de cas client', 'copywriter', 5, {
      after: [['beta-recruit', 5]],
    }),

    task(
      'launch-video',
      'web-drafts',
      'Produce the launch video with the video agency',
      'Produire la vidéo de lancement avec l’agence vidéo',
      'designer',
      10,
      { cost: [25000, 'production'], after: ['messaging-workshop'] },
    ),
    task(
      'landing-pages',
      'web-drafts',
      'Build the launch web pages with the web agency',
      'Créer les pages web de lancement avec l’agence web',
      'web_developer',
      8,
      { cost: [12000, 'agency'], after: ['messaging-workshop'] },
    ),
    task('demo-script', 'web-drafts', 'Write the demo script', 'Écrire le script de démo', 'pm', 3, { after: ['launch-tiering'] }),

    task('ar-briefings', 'briefings', 'Analyst relations briefings', 'Briefings des analystes', 'pr_manager', 5, {
      cost: [10000, 'agency'],
      after: ['messaging-workshop'],
    }),
    task(
      'press-schedule',
      'briefings',
      'PR agency: media list and press briefing schedule',
      'Agence RP\u202f: liste médias et planning des briefings presse',
      'pr_manager',
      3,
      { cost: [18000, 'agency'], after: ['launch-tiering'] },
    ),

    task('sales-deck', 'enablement', 'Build the sales enablement deck', 'Construire le support commercial', 'sales_enablement', 5, {
      after: ['messaging-workshop', 'customer-quotes'],
    }),
    task(
      'sales-training',
      'enablement',
      'Train the sales team (with swag kit)',
      'Former les commerciaux (avec kit goodies)',
      'sales_enablement',
      2,
      { cost: [4000, 'production'], after: ['sales-deck'] },
    ),

    task('press-release-draft', 'press-release', 'Draft the press release', 'Rédiger le communiqué de presse', 'pr_manager', 3, {
      after: ['customer-quotes', 'release-date-check'],
    }),
    task(
      'press-release-legal',
      'press-release',
      'Legal check of claims, trademarks and quotes',
      'Contrôle juridique des allégations, marques et citations',
      'legal',
      3,
      { after: ['press-release-draft'] },
    ),

    task(
      'paid-media-setup',
      'readiness',
      'Set up LinkedIn and Google campaigns',
      'Paramétrer les campagnes LinkedIn et Google',
      'media_buyer',
      3,
      { after: ['landing-pages'] },
    ),
    task('launch-webinar-setup', 'readiness', 'Set up the launch webinar', 'Préparer le webinaire de lancement', 'events_manager', 3, {
      cost: [8000, 'event'],
      after: ['demo-script'],
    }),
    task('readiness-review', 'readiness', 'Run the launch readiness review', 'Tenir la revue de préparation', 'pm', 1, {
      after: ['paid-media-setup', 'sales-training', 'press-release-legal', 'launch-video', 'launch-webinar-setup'],
    }),

    task('paid-media-flight', 'launch', 'Start the paid media flight', 'Démarrer la diffusion média payante', 'media_buyer', 1, {
      cost: [40000, 'media'],
      after: ['readiness-review'],
    }),
    task('publish-press-release', 'launch', 'Publish the press release', 'Publier le communiqué de presse', 'pr_manager', 1, {
      after: ['readiness-review'],
    }),
    task(
      'launch-email',
      'launch',
      'Send the launch email to customers',
      'Envoyer l’e-mail de lancement aux clients',
      'email_specialist',
      1,
      { after: ['readiness-review'] },
    ),

    task('adoption-dashboard', 'adoption', 'Build the adoption dashboard', 'Construire le tableau de bord d’adoption', 'analyst', 3, {
      after: [['paid-media-flight', 10]],
    }),
    task('adoption-review', 'adoption', 'Hold the adoption review', 'Tenir la revue d’adoption', 'pm', 2, {
      after: ['adoption-dashboard'],
    }),
  ],
  gates: [
    gate(
      'messaging',
      'positioning',
      'Messaging sign-off (Head of PMM, Product lead)',
      'Validation des messages (Head of PMM, responsable Produit)',
      ['pm', 'leadership'],
      nOf(2),
      { declineNeedsReason: false },
    ),
    gate(
      'leadership-tier-date',
      'tier-date',
      'Leadership: launch tier and date (CMO, CPO)',
      'Direction\u202f: niveau et date de lancement (CMO, CPO)',
      ['leadership'],
      { kind: 'all' },
      { afterGateId: 'messaging', declineNeedsReason: false },
    ),
    gate(
      'legal',
      'press-release',
      'Legal: claims, trademarks, customer quotes',
      'Juridique\u202f: allégations, marques, citations clients',
      ['legal'],
      nOf(1),
      { declineNeedsReason: true },
    ),
    gate(
      'partner-quotes',
      'press-release',
      'Partner approval of co-marketing quotes',
      'Validation partenaire des citations co-marketing',
      ['partner'],
      { kind: 'all' },
      { declineNeedsReason: false },
    ),
  ],
  kpis: [
    kpi('mqls', 'MQLs (30 days)', 'MQL (30 jours)', 'count', 600, 'higher_is_better', 0, 30),
    kpi('sqls', 'SQLs (30 days)', 'SQL (30 jours)', 'count', 150, 'higher_is_better', 0, 30),
    kpi('pipeline', 'Pipeline created (60 days)', 'Pipeline créé (60 jours)', 'currency', 1500000, 'higher_is_better', 0, 60),
    kpi('demo-requests', 'Demo requests', 'Demandes de démo', 'count', 220, 'higher_is_better', 0, 30),
    kpi('lp-conversion', 'Launch landing page conversion', 'Conversion de la page de lancement', 'percent', 4, 'higher_is_better', 0, 30),
    kpi('mentions', 'Press and analyst mentions', 'Mentions presse et analystes', 'count', 15, 'higher_is_better', 0, 30),
    kpi(
      'adoption',
      'Feature adoption at L+30 (% of active accounts)',
      'Adoption à L+30 (% des comptes actifs)',
      'percent',
      20,
      'higher_is_better',
      0,
      30,
    ),
  ],
};
