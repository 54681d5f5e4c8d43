import type { CampaignTemplateInput } from '../../model';
import { gate, kpi, milestone, nOf, task } from './build-helpers';

/**
 * Black Friday omnichannel (email/SMS + paid social & search + in-store), scenario `black-friday-omnichannel`.
 * 12 milestones + 47 tasks = 59 rows, so a campaign is 60 issues with its epic. Task costs add up to 174,000 USD of
 * the 180,000 USD reference budget; the remaining 6,000 is the scenario's contingency.
 */
export const BLACK_FRIDAY: CampaignTemplateInput = {
  id: 'black-friday-omnichannel',
  version: 1,
  builtIn: true,
  name: { en: 'Black Friday omnichannel', fr: 'Black Friday omnicanal' },
  description: {
    en: 'Black Friday and Cyber Monday offer across email/SMS, paid social, paid search, influencers and in-store POS.',
    fr: 'Offre Black Friday et Cyber Monday sur e-mail/SMS, réseaux sociaux payants, Search, influence et PLV magasin.',
  },
  referenceBudget: { amount: 180000, currency: 'USD' },
  channels: ['email', 'sms', 'paid-social', 'paid-search', 'influencers', 'in-store'],
  audiences: ['existing-customers', 'prospects', 'store-visitors'],
  milestones: [
    milestone('brief-approved', { calendarDays: -56 }, 'Campaign brief approved', 'Brief de campagne validé'),
    milestone('offer-locked', { calendarDays: -42 }, 'Offer, discount depth and pricing locked', 'Offre, remises et prix figés'),
    milestone('creative-approved', { calendarDays: -35 }, 'Creative concepts approved', 'Pistes créatives validées'),
    milestone(
      'legal-cleared',
      { calendarDays: -28 },
      'Offer T&Cs and price claims cleared by legal',
      'CGV de l’offre et mentions de prix validées par le juridique',
    ),
    milestone('pos-to-printer', { calendarDays: -21 }, 'In-store POS artwork to printer', 'Fichiers PLV envoyés à l’imprimeur'),
    milestone('email-built', { calendarDays: -14 }, 'Email/SMS sequence built and QA’d', 'Séquence e-mail/SMS intégrée et recettée'),
    milestone(
      'ads-submitted',
      { calendarDays: -10 },
      'Paid social ads submitted for platform review',
      'Publicités soumises à la validation des plateformes',
    ),
    milestone('stores-ready', { calendarDays: -7 }, 'Store staff briefed, POS installed', 'Équipes magasin formées, PLV installée'),
    milestone('go-no-go', { calendarDays: -3 }, 'Go / no-go', 'Go / no-go'),
    milestone('launch', { businessDays: 0 }, 'Black Friday launch', 'Lancement Black Friday'),
    // Black Friday is a Friday: Cyber Monday is the next business day, not 3 × 5/7.
    milestone('cyber-monday', { businessDays: 1 }, 'Cyber Monday extension', 'Prolongation Cyber Monday'),
    milestone('report', { calendarDays: 14 }, 'Post-campaign report', 'Bilan de campagne'),
  ],
  tasks: [
    task(
      'review-last-year',
      'brief-approved',
      'Review last year’s Black Friday results',
      'Analyser les résultats du Black Friday précédent',
      'analyst',
      3,
    ),
    task('draft-brief', 'brief-approved', 'Draft the campaign brief', 'Rédiger le brief de campagne', 'pm', 3, {
      after: ['review-last-year'],
    }),
    task(
      'audience-segments',
      'brief-approved',
      'Define audience segments and targeting',
      'Définir les segments d’audience et le ciblage',
      'analyst',
      2,
      { after: ['review-last-year'] },
    ),
    task('brief-review', 'brief-approved', 'Review the brief with stakeholders', 'Revue du brief avec les parties prenantes', 'pm', 1, {
      after: ['draft-brief', 'audience-segments'],
    }),

    task(
      'hero-skus',
      'offer-locked',
      'Select hero SKUs and check stock',
      'Sélectionner les produits phares et vérifier les stocks',
      'pm',
      3,
      { after: ['brief-review'] },
    ),
    task(
      'discount-model',
      'offer-locked',
      'Model discount depth and margin',
      'Modéliser la profondeur de remise et la marge',
      'analyst',
      3,
      { after: ['hero-skus'] },
    ),
    task('pricing-sheet', 'offer-locked', 'Lock prices and compare-at prices', 'Figer les prix et les prix barrés', 'pm', 2, {
      after: ['discount-model'],
    }),
    task('budget-split', 'offer-locked', 'Split the media budget by channel', 'Répartir le budget média par canal', 'media_buyer', 2, {
      after: ['brief-review'],
    }),

    task(
      'agency-concepts',
      'creative-approved',
      'Agency creative concepts (3 routes)',
      'Pistes créatives de l’agence (3 pistes)',
      'designer',
      5,
      { cost: [9000, 'agency'], after: [['brief-review', 1]] },
    ),
    task(
      'key-messages',
      'creative-approved',
      'Write key messages and offer copy',
      'Rédiger les messages clés et l’accroche de l’offre',
      'copywriter',
      3,
      { after: ['pricing-sheet'] },
    ),
    task('photo-shoot', 'creative-approved', 'Product photo shoot', 'Shooting photo des produits', 'designer', 4, {
      cost: [14000, 'production'],
      after: [['hero-skus', 2]],
    }),
    task('concept-review', 'creative-approved', 'Brand review of the creative concepts', 'Revue marque des pistes créatives', 'brand', 2, {
      after: ['agency-concepts', 'key-messages'],
    }),

    task('offer-terms', 'legal-cleared', 'Write the offer terms and conditions', 'Rédiger les conditions de l’offre', 'copywriter', 2, {
      after: ['pricing-sheet'],
    }),
    task(
      'price-claims',
      'legal-cleared',
      'Document “up to 50% off” and compare-at price evidence',
      'Justifier les mentions «\u202fjusqu’à −50\u202f%\u202f» et les prix barrés',
      'analyst',
      2,
      { after: ['pricing-sheet'] },
    ),
    task(
      'legal-review',
      'legal-cleared',
      'Legal review of T&Cs and price claims',
      'Revue juridique des CGV et des mentions de prix',
      'legal',
      3,
      { after: ['offer-terms', 'price-claims'] },
    ),
    task('fix-legal-comments', 'legal-cleared', 'Apply legal comments', 'Intégrer les retours juridiques', 'copywriter', 1, {
      after: ['legal-review'],
    }),

    task(
      'store-list',
      'pos-to-printer',
      'Confirm participating stores and quantities',
      'Confirmer les magasins participants et les quantités',
      'pm',
      2,
      { after: ['hero-skus'] },
    ),
    task(
      'pos-design',
      'pos-to-printer',
      'Design in-store POS (posters, shelf talkers)',
      'Concevoir la PLV magasin (affiches, stop-rayons)',
      'designer',
      4,
      { after: ['concept-review'] },
    ),
    task('pos-proof', 'pos-to-printer', 'Check POS proofs', 'Valider les BAT de la PLV', 'brand', 1, {
      after: ['pos-design', 'fix-legal-comments', 'store-list'],
    }),

    task(
      'email-plan',
      'email-built',
      'Plan the email/SMS sequence (teaser, launch, reminder, Cyber Monday)',
      'Planifier la séquence e-mail/SMS (teasing, lancement, relance, Cyber Monday)',
      'email_specialist',
      2,
      { after: ['key-messages'] },
    ),
    task('esp-send-costs', 'email-built', 'Book ESP send volume', 'Réserver le volume d’envoi e-mail/SMS', 'email_specialist', 1, {
      cost: [6000, 'tooling'],
      after: ['email-plan'],
    }),
    task('email-copy', 'email-built', 'Write email and SMS copy', 'Rédiger les e-mails et SMS', 'copywriter', 3, {
      after: ['email-plan', 'fix-legal-comments'],
    }),
    task('email-build', 'email-built', 'Build the emails in the ESP', 'Intégrer les e-mails dans l’outil d’envoi', 'email_specialist', 3, {
      after: ['email-copy'],
    }),
    task(
      'email-qa',
      'email-built',
      'Email QA: rendering, links, tracking',
      'Recette des e-mails\u202f: rendu, liens, tracking',
      'email_specialist',
      2,
      { after: ['email-build'] },
    ),

    task(
      'search-setup',
      'ads-submitted',
      'Set up Google search campaigns and keywords',
      'Paramétrer les campagnes Google Search et les mots-clés',
      'media_buyer',
      3,
      { after: ['budget-split', 'key-messages'] },
    ),
    task(
      'video-cutdowns',
      'ads-submitted',
      'Video cut-downs for social (6 s / 15 s)',
      'Déclinaisons vidéo pour les réseaux (6 s / 15 s)',
      'designer',
      4,
      { cost: [8000, 'production'], after: ['photo-shoot', 'concept-review'] },
    ),
    task(
      'agency-adaptations',
      'ads-submitted',
      'Agency ad adaptations for every format',
      'Déclinaisons publicitaires par l’agence pour chaque format',
      'designer',
      4,
      { cost: [6000, 'agency'], after: ['concept-review', 'fix-legal-comments'] },
    ),
    task('ads-setup', 'ads-submitted', 'Set up Meta and TikTok campaigns', 'Paramétrer les campagnes Meta et TikTok', 'media_buyer', 2, {
      after: ['agency-adaptations', 'budget-split', 'audience-segments'],
    }),
    task(
      'ads-submit',
      'ads-submitted',
      'Submit ads for platform review',
      'Soumettre les publicités à la validation des plateformes',
      'media_buyer',
      1,
      { after: ['ads-setup', 'video-cutdowns'] },
    ),

    task('pos-print', 'stores-ready', 'Print POS material', 'Impression de la PLV', 'pm', 3, {
      cost: [14000, 'production'],
      after: ['pos-proof'],
    }),
    task('pos-install', 'stores-ready', 'Install POS in stores', 'Installer la PLV en magasin', 'events_manager', 2, {
      cost: [4000, 'production'],
      after: ['pos-print'],
    }),
    task(
      'staff-briefing',
      'stores-ready',
      'Brief store staff on the offer and mechanics',
      'Former les équipes magasin à l’offre et à la mécanique',
      'sales_enablement',
      1,
      { after: ['fix-legal-comments'] },
    ),
    task('influencer-seeding', 'stores-ready', 'Seed products to creators', 'Envoyer les produits aux créateurs', 'social_manager', 3, {
      cost: [8000, 'media'],
      after: ['hero-skus', 'fix-legal-comments'],
    }),

    task(
      'landing-page',
      'go-no-go',
      'Build the Black Friday landing page',
      'Créer la page d’atterrissage Black Friday',
      'web_developer',
      4,
      { after: ['agency-adaptations'] },
    ),
    task(
      'site-readiness',
      'go-no-go',
      'Load-test the site and promo codes',
      'Tests de charge du site et des codes promo',
      'web_developer',
      2,
      { after: ['landing-page'] },
    ),
    task('stock-check', 'go-no-go', 'Final stock check on hero SKUs', 'Contrôle final des stocks des produits phares', 'analyst', 1),
    task('go-no-go-pack', 'go-no-go', 'Prepare the go/no-go readiness pack', 'Préparer le dossier go/no-go', 'pm', 1, {
      after: ['stock-check', 'site-readiness', 'ads-submit', 'email-qa', 'staff-briefing', 'pos-install'],
    }),

    task('meta-ads-flight', 'launch', 'Launch the Meta ads flight', 'Lancer la diffusion Meta', 'media_buyer', 1, {
      cost: [40000, 'media'],
      after: ['go-no-go-pack'],
    }),
    task('tiktok-ads-flight', 'launch', 'Launch the TikTok ads flight', 'Lancer la diffusion TikTok', 'media_buyer', 1, {
      cost: [20000, 'media'],
      after: ['go-no-go-pack'],
    }),
    task('search-campaign', 'launch', 'Launch Google search campaigns', 'Lancer les campagnes Google Search', 'media_buyer', 1, {
      cost: [30000, 'media'],
      after: ['go-no-go-pack', 'search-setup'],
    }),
    task('email-send', 'launch', 'Send the launch email and SMS', 'Envoyer l’e-mail et le SMS de lancement', 'email_specialist', 1, {
      after: ['go-no-go-pack'],
    }),
    task('social-posts', 'launch', 'Publish organic social posts', 'Publier les posts organiques', 'social_manager', 1, {
      after: ['go-no-go-pack'],
    }),

    task(
      'cyber-email',
      'cyber-monday',
      'Send the Cyber Monday extension email',
      'Envoyer l’e-mail de prolongation Cyber Monday',
      'email_specialist',
      1,
      { after: ['email-send'] },
    ),
    task(
      'social-cyber-boost',
      'cyber-monday',
      'Boost Cyber Monday social ads',
      'Renforcer la diffusion sociale pour Cyber Monday',
      'media_buyer',
      1,
      { cost: [10000, 'media'], after: ['meta-ads-flight', 'tiktok-ads-flight'] },
    ),
    task(
      'search-cyber',
      'cyber-monday',
      'Raise search bids for Cyber Monday',
      'Hausse des enchères Search pour Cyber Monday',
      'media_buyer',
      1,
      { cost: [5000, 'media'], after: ['search-campaign'] },
    ),

    task(
      'collect-results',
      'report',
      'Collect sales, email and ads results',
      'Collecter les résultats ventes, e-mail et publicité',
      'analyst',
      3,
      {
        after: [
          ['cyber-email', 2],
          ['social-cyber-boost', 2],
          ['search-cyber', 2],
        ],
      },
    ),
    task('post-campaign-report', 'report', 'Write the post-campaign report', 'Rédiger le bilan de campagne', 'pm', 3, {
      after: ['collect-results'],
    }),
  ],
  gates: [
    gate(
      'finance',
      'offer-locked',
      'Finance: discount depth and budget',
      'Finance\u202f: profondeur de remise et budget',
      ['finance'],
      nOf(1),
      {
        declineNeedsReason: false,
      },
    ),
    gate('brand', 'creative-approved', 'Brand / creative', 'Marque / création', ['brand'], nOf(1), {
      afterGateId: 'finance',
      declineNeedsReason: false,
    }),
    gate(
      'legal',
      'legal-cleared',
      'Legal: offer T&Cs and price claims',
      'Juridique\u202f: CGV de l’offre et mentions de prix',
      ['legal'],
      nOf(1),
      { afterGateId: 'brand', declineNeedsReason: true },
    ),
    gate('partner-coop', 'pos-to-printer', 'Partner / vendor co-op', 'Partenaire / co-marketing fournisseur', ['partner'], nOf(1), {
      declineNeedsReason: false,
    }),
    gate(
      'leadership-go',
      'go-no-go',
      'Leadership go / no-go (CMO, VP Sales, Head of Retail)',
      'Go / no-go de la direction (CMO, VP Ventes, Directeur retail)',
      ['leadership', 'sales_enablement', 'finance'],
      nOf(2),
      {
        afterGateId: 'legal',
        declineNeedsReason: true,
        // A majority vote: one "no" is recorded with its reason, but two "go" still launch.
        declineClosesGate: false,
        transitionOnApproval: 'Done',
      },
    ),
  ],
  kpis: [
    kpi('revenue', 'Revenue (campaign window)', 'Chiffre d’affaires (période de campagne)', 'currency', 1200000, 'higher_is_better', 0, 3),
    kpi('orders', 'Orders', 'Commandes', 'count', 11700, 'higher_is_better', 0, 3),
    kpi('aov', 'Average order value', 'Panier moyen', 'currency', 103, 'higher_is_better', 0, 3),
    kpi(
      'cr-desktop',
      'Site conversion rate (desktop)',
      'Taux de conversion du site (ordinateur)',
      'percent',
      5.6,
      'higher_is_better',
      0,
      3,
    ),
    kpi('cr-mobile', 'Site conversion rate (mobile)', 'Taux de conversion du site (mobile)', 'percent', 3.3, 'higher_is_better', 0, 3),
    kpi('email-open', 'Email open rate', 'Taux d’ouverture e-mail', 'percent', 25, 'higher_is_better', -7, 3),
    kpi('email-click', 'Email click rate', 'Taux de clic e-mail', 'percent', 2.9, 'higher_is_better', -7, 3),
    kpi('email-unsub', 'Email unsubscribe rate', 'Taux de désabonnement e-mail', 'percent', 0.25, 'lower_is_better', -7, 3),
    kpi('social-roas', 'Paid social ROAS', 'ROAS des réseaux sociaux payants', 'ratio', 3, 'higher_is_better', 0, 3),
    kpi('social-cpm', 'Paid social CPM', 'CPM des réseaux sociaux payants', 'currency', 14, 'lower_is_better', 0, 3),
    kpi(
      'store-uplift',
      'In-store sales uplift vs last year',
      'Hausse des ventes en magasin vs l’an dernier',
      'percent',
      8,
      'higher_is_better',
      0,
      3,
    ),
  ],
};
