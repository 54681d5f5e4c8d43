import type { CampaignTemplateInput } from '../../model';
import { gate, kpi, milestone, nOf, task } from './build-helpers';

/** Three-day B2B expo with a 10x20 booth, scenario `trade-show`. Task costs: exactly 150,000 USD. */
export const TRADE_SHOW: CampaignTemplateInput = {
  id: 'trade-show',
  version: 1,
  builtIn: true,
  name: { en: 'Trade show', fr: 'Salon professionnel' },
  description: {
    en: 'Three-day B2B expo: booth space, design and fabrication, freight, meetings program, outreach, staffing, and lead follow-up within 72 hours.',
    fr: 'Salon B2B de trois jours\u202f: emplacement, conception et fabrication du stand, transport, rendez-vous, prospection, équipe et relance des leads sous 72 h.',
  },
  referenceBudget: { amount: 150000, currency: 'USD' },
  channels: ['event', 'email', 'paid-media', 'sales'],
  audiences: ['b2b-decision-makers', 'prospects', 'event-attendees'],
  milestones: [
    milestone('space-contracted', { calendarDays: -180 }, 'Booth space contracted', 'Emplacement du stand réservé'),
    milestone('booth-design', { calendarDays: -120 }, 'Booth design approved', 'Conception du stand validée'),
    milestone(
      'meeting-program',
      { calendarDays: -90 },
      'Target-account list and meeting program',
      'Comptes cibles et programme de rendez-vous',
    ),
    milestone('graphics', { calendarDays: -60 }, 'Graphics to fabricator', 'Visuels envoyés au fabricant'),
    milestone('freight-staffing', { calendarDays: -45 }, 'Freight booked, staffing plan', 'Transport réservé, planning de l’équipe'),
    milestone('outreach', { calendarDays: -30 }, 'Pre-show outreach starts', 'Début de la prospection avant salon'),
    milestone(
      'show-services',
      { calendarDays: -21 },
      'Show services ordered (early-bird deadline)',
      'Services du salon commandés (date limite tarif réduit)',
    ),
    milestone('lead-kit', { calendarDays: -14 }, 'Lead retrieval and demo kit ready', 'Scan des badges et kit de démo prêts'),
    milestone('staff-training', { calendarDays: -7 }, 'Booth staff training', 'Formation de l’équipe du stand'),
    milestone('show-opens', { businessDays: 0 }, 'Show opens', 'Ouverture du salon'),
    milestone(
      'leads-followed-up',
      { calendarDays: 5 },
      'All leads followed up (≤ 72 h after close)',
      'Tous les leads relancés (≤ 72 h après la clôture)',
    ),
    milestone('roi-report', { calendarDays: 30 }, 'Event ROI report', 'Bilan du ROI de l’événement'),
  ],
  tasks: [
    task('select-show', 'space-contracted', 'Select the show and booth size', 'Choisir le salon et la taille du stand', 'pm', 3),
    task(
      'book-floor-space',
      'space-contracted',
      'Contract floor space with the organizer',
      'Réserver l’emplacement auprès de l’organisateur',
      'events_manager',
      2,
      { cost: [45000, 'event'], after: ['select-show'] },
    ),

    task('booth-brief', 'booth-design', 'Write the booth brief', 'Rédiger le brief du stand', 'events_manager', 3, {
      after: ['book-floor-space'],
    }),
    task('booth-concept', 'booth-design', 'Design the booth concept', 'Concevoir le stand', 'designer', 10, { after: ['booth-brief'] }),

    task(
      'target-accounts',
      'meeting-program',
      'Build the target-account list with sales',
      'Construire la liste de comptes cibles avec les commerciaux',
      'sales_enablement',
      5,
    ),
    task('meeting-plan', 'meeting-program', 'Plan the meeting program', 'Planifier le programme de rendez-vous', 'sales_enablement', 3, {
      after: ['target-accounts'],
    }),

    task('booth-graphics', 'graphics', 'Produce booth graphics', 'Produire les visuels du stand', 'designer', 5, {
      after: [['booth-concept', 5]],
    }),
    task(
      'fabricator-order',
      'graphics',
      'Order booth build and freight from the fabricator',
      'Commander la fabrication et le transport du stand',
      'events_manager',
      2,
      { cost: [30000, 'production'], after: ['booth-graphics'] },
    ),

    task(
      'freight-booking',
      'freight-staffing',
      'Book freight and drayage slots',
      'Réserver le transport et la manutention',
      'events_manager',
      2,
      { after: ['fabricator-order'] },
    ),
    task('staffing-plan', 'freight-staffing', 'Write the booth staffing plan', 'Établir le planning de l’équipe du stand', 'pm', 2, {
      after: ['meeting-plan'],
    }),
    task(
      'travel-booking',
      'freight-staffing',
      'Book travel and accommodation',
      'Réserver les déplacements et l’hébergement',
      'events_manager',
      3,
      { cost: [25000, 'event'], after: ['staffing-plan'] },
    ),

    task(
      'contest-rules',
      'outreach',
      'Giveaway rules and badge-scan consent',
      'Règlement du jeu-concours et consentement au scan des badges',
      'legal',
      2,
    ),
    task('outreach-emails', 'outreach', 'Pre-show invitation emails', 'E-mails d’invitation avant salon', 'email_specialist', 3, {
      after: ['meeting-plan'],
    }),
    task('outreach-ads', 'outreach', 'Pre- and post-show ads and emails', 'Publicités et e-mails avant et après salon', 'media_buyer', 2, {
      cost: [8000, 'media'],
      after: ['target-accounts'],
    }),

    task(
      'order-services',
      'show-services',
      'Order drayage, I&D and show services',
      'Commander manutention, montage et services du salon',
      'events_manager',
      2,
      { cost: [12000, 'event'], after: ['freight-booking'] },
    ),
    task('giveaways', 'show-services', 'Order promo materials and giveaways', 'Commander les supports et goodies', 'designer', 3, {
      cost: [10000, 'production'],
      after: ['contest-rules'],
    }),

    task('lead-retrieval', 'lead-kit', 'Rent lead-retrieval devices', 'Louer les lecteurs de badges', 'events_manager', 2, {
      cost: [5000, 'tooling'],
    }),
    task('demo-kit', 'lead-kit', 'Prepare the demo kit', 'Préparer le kit de démo', 'sales_enablement', 3, { after: ['meeting-plan'] }),

    task('staff-training-session', 'staff-training', 'Train the booth staff', 'Former l’équipe du stand', 'sales_enablement', 1, {
      after: ['demo-kit', 'lead-retrieval'],
    }),
    task(
      'staff-expenses',
      'staff-training',
      'Approve staff travel and expense budgets',
      'Valider les budgets de frais de l’équipe',
      'pm',
      1,
      { cost: [15000, 'event'], after: ['travel-booking'] },
    ),

    task('booth-setup', 'show-opens', 'Install the booth', 'Monter le stand', 'events_manager', 2, {
      after: ['order-services', 'fabricator-order', 'giveaways'],
    }),
    task(
      'show-opening',
      'show-opens',
      'Open the booth and run the meeting program',
      'Ouvrir le stand et tenir les rendez-vous',
      'events_manager',
      1,
      { after: ['booth-setup', 'staff-training-session'] },
    ),

    task('lead-upload', 'leads-followed-up', 'Upload and qualify scanned leads', 'Importer et qualifier les leads scannés', 'analyst', 1, {
      after: [['show-opening', 2]],
    }),
    task('lead-follow-up', 'leads-followed-up', 'Follow up every lead', 'Relancer chaque lead', 'sales_enablement', 2, {
      after: ['lead-upload'],
    }),

    task('roi-analysis', 'roi-report', 'Write the event ROI report', 'Rédiger le bilan ROI de l’événement', 'analyst', 3, {
      after: [['lead-follow-up', 10]],
    }),
  ],
  gates: [
    gate(
      'spend',
      'space-contracted',
      'Leadership spend approval (CMO, CFO)',
      'Validation de la dépense par la direction (CMO, DAF)',
      ['leadership', 'finance'],
      nOf(2),
      { declineNeedsReason: true },
    ),
    gate(
      'brand-booth',
      'booth-design',
      'Brand: booth design and graphics',
      'Marque\u202f: conception et visuels du stand',
      ['brand'],
      nOf(1),
      {
        afterGateId: 'spend',
        declineNeedsReason: false,
      },
    ),
    gate(
      'partner-coexhibitor',
      'meeting-program',
      'Co-exhibitor partner approval',
      'Validation du partenaire co-exposant',
      ['partner'],
      nOf(1),
      { declineNeedsReason: false },
    ),
    gate(
      'finance-pos',
      'graphics',
      'Finance: purchase orders for fabricator and freight',
      'Finance\u202f: bons de commande fabricant et transport',
      ['finance'],
      nOf(1),
      { afterGateId: 'brand-booth', declineNeedsReason: false },
    ),
    gate(
      'legal-contest',
      'outreach',
      'Legal: giveaway rules and badge-scan consent',
      'Juridique\u202f: règlement du jeu et consentement au scan',
      ['legal'],
      nOf(1),
      { declineNeedsReason: true },
    ),
  ],
  kpis: [
    kpi('leads', 'Qualified badge scans', 'Badges scannés qualifiés', 'count', 850, 'higher_is_better', 0, 2),
    kpi('cost-per-lead', 'Cost per lead', 'Coût par lead', 'currency', 175, 'lower_is_better', 0, 30),
    kpi('meetings', 'Pre-booked meetings', 'Rendez-vous pris à l’avance', 'count', 60, 'higher_is_better', -30, 2),
    kpi('lead-mql', 'Lead to MQL conversion', 'Conversion lead → MQL', 'percent', 25, 'higher_is_better', 0, 30),
    kpi('pipeline', 'Pipeline created (90 days)', 'Pipeline créé (90 jours)', 'currency', 2000000, 'higher_is_better', 0, 90),
    kpi('follow-up-72h', 'Leads followed up within 72 h', 'Leads relancés sous 72 h', 'percent', 95, 'higher_is_better', 0, 5),
  ],
};
