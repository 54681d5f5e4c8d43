import type { CampaignTemplateInput } from '../../model';
import { gate, kpi, milestone, nOf, task } from './build-helpers';

/** Four monthly webinars co-hosted with a partner, scenario `webinar-series`. Task costs: exactly 24,000 USD. */
export const WEBINAR_SERIES: CampaignTemplateInput = {
  id: 'webinar-series',
  version: 1,
  builtIn: true,
  name: { en: 'Webinar series', fr: 'Série de webinaires' },
  description: {
    en: 'Four monthly episodes co-hosted with a partner: speakers, registration, promotion, live sessions, on-demand and MQL hand-off.',
    fr: 'Quatre épisodes mensuels co-animés avec un partenaire : intervenants, inscriptions, promotion, direct, replay et transmission des MQL.',
  },
  referenceBudget: { amount: 24000, currency: 'USD' },
  channels: ['webinar', 'email', 'social', 'partner'],
  milestones: [
    milestone('topic-speakers', { calendarDays: -35 }, 'Topic and speakers confirmed', 'Sujet et intervenants confirmés'),
    milestone('speaker-agreement', { calendarDays: -28 }, 'External speaker agreement signed', 'Accord de l’intervenant externe signé'),
    milestone('registration-live', { calendarDays: -21 }, 'Landing page and registration live', 'Page d’inscription en ligne'),
    milestone('promotion-start', { calendarDays: -21 }, 'Promotion starts (3 emails, social, partner list)', 'Début de la promotion (3 e-mails, réseaux, base partenaire)'),
    milestone('rehearsal', { calendarDays: -7 }, 'Rehearsal and tech check', 'Répétition et test technique'),
    milestone('reminders', { calendarDays: -1 }, 'Reminder emails', 'E-mails de rappel'),
    milestone('live', { businessDays: 0 }, 'Episode 1 live', 'Épisode 1 en direct'),
    milestone('on-demand', { calendarDays: 2 }, 'Recording on demand and follow-up email', 'Replay en ligne et e-mail de suivi'),
    milestone('mql-handoff', { calendarDays: 7 }, 'MQL hand-off to sales', 'Transmission des MQL aux commerciaux'),
    milestone('episode-2', { calendarDays: 28 }, 'Episode 2 live', 'Épisode 2 en direct'),
    milestone('episode-3', { calendarDays: 56 }, 'Episode 3 live', 'Épisode 3 en direct'),
    milestone('episode-4', { calendarDays: 84 }, 'Episode 4 live', 'Épisode 4 en direct'),
  ],
  tasks: [
    task('topic-research', 'topic-speakers', 'Pick the series topics', 'Choisir les thèmes de la série', 'pm', 3),
    task('speaker-shortlist', 'topic-speakers', 'Shortlist and invite speakers', 'Présélectionner et inviter les intervenants', 'pm', 2, { after: ['topic-research'] }),
    task('platform-licence', 'topic-speakers', 'Renew the webinar platform licence', 'Renouveler la licence de la plateforme de webinaires', 'pm', 1, { cost: [6000, 'tooling'] }),

    task('speaker-contract', 'speaker-agreement', 'Sign speaker agreements (honoraria)', 'Signer les accords intervenants (honoraires)', 'pm', 3, { cost: [4000, 'event'], after: ['speaker-shortlist'] }),
    task('privacy-terms', 'speaker-agreement', 'Recording consent and lead-sharing terms (GDPR)', 'Consentement à l’enregistrement et partage des leads (RGPD)', 'legal', 2, { after: ['speaker-shortlist'] }),

    task('landing-page', 'registration-live', 'Build the registration page', 'Créer la page d’inscription', 'web_developer', 3, { after: ['speaker-contract'] }),
    task('banners', 'registration-live', 'Design co-branded banners', 'Créer les bannières co-brandées', 'designer', 3, { cost: [3000, 'production'], after: ['speaker-contract'] }),
    task('reg-form-tracking', 'registration-live', 'Registration form, consent and tracking', 'Formulaire d’inscription, consentement et tracking', 'email_specialist', 2, { after: ['landing-page', 'privacy-terms'] }),

    task('promo-emails', 'promotion-start', 'Write and schedule the 3 promotion emails', 'Rédiger et programmer les 3 e-mails de promotion', 'email_specialist', 3, { after: ['speaker-contract'] }),
    task('paid-promo', 'promotion-start', 'Launch LinkedIn paid promotion', 'Lancer la promotion payante LinkedIn', 'media_buyer', 2, { cost: [8000, 'media'], after: ['banners'] }),
    task('partner-promo', 'promotion-start', 'Partner list promotion (co-marketing fee)', 'Promotion via la base du partenaire (frais de co-marketing)', 'partner', 2, { cost: [2000, 'agency'], after: ['banners'] }),

    task('slides', 'rehearsal', 'Build the episode slides', 'Construire les slides de l’épisode', 'designer', 4, { after: ['speaker-contract'] }),
    task('captioning', 'rehearsal', 'Book captioning and transcription', 'Réserver le sous-titrage et la transcription', 'events_manager', 1, { cost: [1000, 'tooling'] }),
    task('rehearsal-session', 'rehearsal', 'Rehearsal and tech check with speakers', 'Répétition et test technique avec les intervenants', 'events_manager', 1, { after: ['slides', 'captioning'] }),

    task('reminder-emails', 'reminders', 'Send reminder emails', 'Envoyer les e-mails de rappel', 'email_specialist', 1, { after: ['promo-emails', 'rehearsal-session'] }),
    task('host-live', 'live', 'Host the live episode', 'Animer l’épisode en direct', 'events_manager', 1, { after: ['reminder-emails'] }),

    task('publish-recording', 'on-demand', 'Publish the recording on demand', 'Publier le replay', 'web_developer', 1, { after: ['host-live'] }),
    task('follow-up-email', 'on-demand', 'Send the follow-up email', 'Envoyer l’e-mail de suivi', 'email_specialist', 1, { after: ['host-live'] }),

    task('lead-scoring', 'mql-handoff', 'Score attendee leads', 'Qualifier les leads des participants', 'analyst', 2, { after: ['follow-up-email'] }),
    task('sales-handoff', 'mql-handoff', 'Hand MQLs to sales', 'Transmettre les MQL aux commerciaux', 'sales_enablement', 1, { after: ['lead-scoring'] }),

    task('prep-episode-2', 'episode-2', 'Prepare episode 2 (speaker, slides, promotion)', 'Préparer l’épisode 2 (intervenant, slides, promotion)', 'pm', 5, { after: [['host-live', 5]] }),
    task('host-episode-2', 'episode-2', 'Host episode 2', 'Animer l’épisode 2', 'events_manager', 1, { after: ['prep-episode-2'] }),
    task('prep-episode-3', 'episode-3', 'Prepare episode 3 (speaker, slides, promotion)', 'Préparer l’épisode 3 (intervenant, slides, promotion)', 'pm', 5, { after: [['host-episode-2', 5]] }),
    task('host-episode-3', 'episode-3', 'Host episode 3', 'Animer l’épisode 3', 'events_manager', 1, { after: ['prep-episode-3'] }),
    task('prep-episode-4', 'episode-4', 'Prepare episode 4 (speaker, slides, promotion)', 'Préparer l’épisode 4 (intervenant, slides, promotion)', 'pm', 5, { after: [['host-episode-3', 5]] }),
    task('host-episode-4', 'episode-4', 'Host episode 4', 'Animer l’épisode 4', 'events_manager', 1, { after: ['prep-episode-4'] }),
  ],
  gates: [
    gate('legal-privacy', 'speaker-agreement', 'Legal: recording consent and lead sharing (GDPR)', 'Juridique : consentement et partage des leads (RGPD)', ['legal'], nOf(1), { declineNeedsReason: true }),
    gate('brand-cobranding', 'registration-live', 'Brand approval of slides and co-branded assets', 'Validation marque des slides et supports co-brandés', ['brand', 'partner'], nOf(2), { afterGateId: 'legal-privacy', declineNeedsReason: false }),
    gate('content-review', 'rehearsal', 'Speaker content review (series owner)', 'Revue du contenu des intervenants (responsable de la série)', ['pm'], nOf(1), { declineNeedsReason: true }),
  ],
  kpis: [
    kpi('registrations', 'Registrations per episode', 'Inscriptions par épisode', 'count', 400, 'higher_is_better', -21, 0),
    kpi('attendance-rate', 'Live attendance rate (% of registrants)', 'Taux de présence en direct (% des inscrits)', 'percent', 32, 'higher_is_better', 0, 0),
    kpi('attendees', 'Live attendees per episode', 'Participants en direct par épisode', 'count', 128, 'higher_is_better', 0, 0),
    kpi('final-week-share', 'Share of registrations in the final week', 'Part des inscriptions la dernière semaine', 'percent', 58, 'higher_is_better', -7, 0),
    kpi('viewing-minutes', 'Average viewing time (minutes)', 'Durée moyenne de visionnage (minutes)', 'count', 38, 'higher_is_better', 0, 0),
    kpi('on-demand-views', 'On-demand views (30 days)', 'Vues du replay (30 jours)', 'count', 150, 'higher_is_better', 0, 30),
    kpi('mqls', 'MQLs per episode', 'MQL par épisode', 'count', 60, 'higher_is_better', 0, 7),
    kpi('cost-per-registrant', 'Cost per registrant', 'Coût par inscrit', 'currency', 15, 'lower_is_better', -21, 0),
    kpi('cost-per-mql', 'Cost per MQL', 'Coût par MQL', 'currency', 100, 'lower_is_better', 0, 7),
  ],
};
