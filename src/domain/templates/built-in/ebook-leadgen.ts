import type { CampaignTemplateInput } from '../../model';
import { gate, kpi, milestone, nOf, task } from './build-helpers';

/** Gated e-book lead generation on LinkedIn and Meta, scenario `ebook-leadgen`. Task costs: 28,000 of 30,000 USD. */
export const EBOOK_LEADGEN: CampaignTemplateInput = {
  id: 'ebook-leadgen',
  version: 1,
  builtIn: true,
  name: { en: 'Gated e-book lead generation', fr: 'Livre blanc et génération de leads' },
  description: {
    en: 'Gated e-book: SME interviews, writing, review, design, landing page and nurture emails, then LinkedIn and Meta ads.',
    fr: 'Livre blanc téléchargeable\u202f: entretiens experts, rédaction, relecture, mise en page, page d’atterrissage et e-mails de nurturing, puis publicités LinkedIn et Meta.',
  },
  referenceBudget: { amount: 30000, currency: 'USD' },
  channels: ['content', 'paid-social', 'email'],
  audiences: ['b2b-decision-makers', 'prospects'],
  milestones: [
    milestone('outline', { calendarDays: -42 }, 'Outline and SME interviews', 'Plan et entretiens experts'),
    milestone('draft', { calendarDays: -28 }, 'Draft complete', 'Première version terminée'),
    milestone(
      'review',
      { calendarDays: -21 },
      'SME and legal review (stats, competitor mentions)',
      'Relecture experts et juridique (chiffres, concurrents cités)',
    ),
    milestone('design', { calendarDays: -14 }, 'Design and layout', 'Mise en page'),
    milestone('landing', { calendarDays: -10 }, 'Landing page, form and UTMs', 'Page d’atterrissage, formulaire et UTM'),
    milestone('nurture', { calendarDays: -7 }, 'Nurture emails built', 'E-mails de nurturing prêts'),
    milestone('launch', { businessDays: 0 }, 'Ads go live', 'Mise en ligne des publicités'),
    milestone('performance', { calendarDays: 30 }, 'Performance review', 'Revue des performances'),
  ],
  tasks: [
    task('topic-keywords', 'outline', 'Pick the topic and search keywords', 'Choisir le sujet et les mots-clés', 'analyst', 2),
    task('outline-doc', 'outline', 'Write the outline', 'Rédiger le plan', 'copywriter', 2, { after: ['topic-keywords'] }),
    task('sme-interviews', 'outline', 'Interview subject-matter experts', 'Interviewer les experts', 'copywriter', 3, {
      after: ['outline-doc'],
    }),

    task(
      'writer-draft',
      'draft',
      'Freelance writer drafts the e-book',
      'Rédaction du livre blanc par le rédacteur freelance',
      'copywriter',
      8,
      { cost: [6000, 'agency'], after: ['sme-interviews'] },
    ),

    task('sme-review', 'review', 'SME accuracy review', 'Relecture d’exactitude par les experts', 'analyst', 2, {
      after: ['writer-draft'],
    }),
    task(
      'legal-stats-check',
      'review',
      'Legal check of third-party statistics and competitor names',
      'Contrôle juridique des chiffres tiers et des concurrents cités',
      'legal',
      2,
      { after: ['writer-draft'] },
    ),
    task('revisions', 'review', 'Apply review comments', 'Intégrer les retours de relecture', 'copywriter', 2, {
      after: ['sme-review', 'legal-stats-check'],
    }),

    task('layout', 'design', 'Design and lay out the e-book', 'Mettre en page le livre blanc', 'designer', 5, {
      cost: [4000, 'production'],
      after: ['revisions'],
    }),

    task('landing-page', 'landing', 'Build the landing page', 'Créer la page d’atterrissage', 'web_developer', 3, { after: ['revisions'] }),
    task('form-utms', 'landing', 'Set up the form and UTM tracking', 'Configurer le formulaire et les UTM', 'web_developer', 1, {
      after: ['landing-page'],
    }),
    task(
      'map-addon',
      'landing',
      'Activate the marketing-automation add-on',
      'Activer le module de marketing automation',
      'email_specialist',
      1,
      { cost: [1000, 'tooling'] },
    ),

    task(
      'nurture-emails',
      'nurture',
      'Write and build the nurture emails',
      'Rédiger et intégrer les e-mails de nurturing',
      'email_specialist',
      3,
      { after: ['revisions', 'map-addon'] },
    ),
    task('ad-creatives', 'nurture', 'Design the ad creatives', 'Créer les visuels publicitaires', 'designer', 3, { after: ['layout'] }),

    task('linkedin-ads', 'launch', 'Launch LinkedIn ads', 'Lancer les publicités LinkedIn', 'media_buyer', 1, {
      cost: [12000, 'media'],
      after: ['ad-creatives', 'form-utms'],
    }),
    task('meta-ads', 'launch', 'Launch Meta ads', 'Lancer les publicités Meta', 'media_buyer', 1, {
      cost: [5000, 'media'],
      after: ['ad-creatives', 'form-utms'],
    }),
    task('launch-post', 'launch', 'Announce the e-book on social', 'Annoncer le livre blanc sur les réseaux', 'social_manager', 1, {
      after: ['form-utms'],
    }),

    task('performance-analysis', 'performance', 'Analyse downloads, CPL and MQLs', 'Analyser téléchargements, CPL et MQL', 'analyst', 3, {
      after: [
        ['linkedin-ads', 15],
        ['meta-ads', 15],
      ],
    }),
  ],
  gates: [
    gate('sme-signoff', 'review', 'SME accuracy sign-off', 'Validation d’exactitude par les experts', ['analyst'], nOf(1), {
      declineNeedsReason: true,
    }),
    gate(
      'legal',
      'review',
      'Legal: third-party statistics and competitor names',
      'Juridique\u202f: chiffres tiers et concurrents cités',
      ['legal'],
      nOf(1),
      { declineNeedsReason: true },
    ),
    gate('brand-design', 'landing', 'Brand: e-book and ad design', 'Marque\u202f: mise en page et visuels', ['brand'], nOf(1), {
      afterGateId: 'legal',
      declineNeedsReason: false,
    }),
  ],
  kpis: [
    kpi('downloads', 'Downloads', 'Téléchargements', 'count', 900, 'higher_is_better', 0, 30),
    kpi('lp-conversion', 'Landing page conversion', 'Conversion de la page d’atterrissage', 'percent', 25, 'higher_is_better', 0, 30),
    kpi('cpl', 'Paid cost per lead', 'Coût par lead payant', 'currency', 19, 'lower_is_better', 0, 30),
    kpi('lead-mql', 'Lead to MQL rate', 'Taux lead → MQL', 'percent', 20, 'higher_is_better', 0, 60),
    kpi('nurture-click', 'Nurture email click rate', 'Taux de clic des e-mails de nurturing', 'percent', 3, 'higher_is_better', 0, 30),
    kpi('pipeline', 'Pipeline influenced (90 days)', 'Pipeline influencé (90 jours)', 'currency', 300000, 'higher_is_better', 0, 90),
  ],
};
