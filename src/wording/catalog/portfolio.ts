import { dayInWords } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP } from '../typography';

/**
 * The global page "Campagnes / Campaigns" (`jira:globalPage`): its sections (calendar, portfolio, capacity,
 * collisions), filters, the portfolio table and its CSV export, the calendar and its re-plan dialog. Dates inside a
 * sentence are in words; amounts come formatted by the caller (the kit's money format of each campaign's currency).
 */

/** The sections of the page, as its sidebar pages (the route of each of the manifest’s `pages[]`) name them. */
export type PortfolioSectionKey = 'calendar' | 'portfolio' | 'capacity' | 'collisions';

/** A campaign's place in time, for the calendar's status filter. */
export type CampaignTimeStatus = 'planned' | 'running' | 'launched';

/** The table's columns (and the CSV's), by key. */
export type PortfolioColumn =
  'name' | 'project' | 'owner' | 'health' | 'launch' | 'forecast' | 'budget' | 'actual' | 'eac' | 'variance' | 'signoff' | 'kpi';

const enSections: Record<PortfolioSectionKey, { nav: string; title: string; intro: string }> = {
  calendar: {
    nav: 'Calendar',
    title: 'Campaign calendar',
    intro: 'Every campaign you may see, from its first work to its launch. Drag a launch marker, or type a date, to re-plan.',
  },
  portfolio: {
    nav: 'Portfolio',
    title: 'Campaign portfolio',
    intro: 'Health, dates, money and sign-offs of every campaign you may see. Totals are kept per currency.',
  },
  capacity: { nav: 'Capacity', title: 'Capacity across campaigns', intro: 'Load against capacity, person by person and week by week.' },
  collisions: {
    nav: 'Collisions',
    title: 'Launch collisions',
    intro: 'Launches too close on the same audience or channel, launches in a freeze window, approvers with too many gates.',
  },
};

const frSections: typeof enSections = {
  calendar: {
    nav: 'Calendrier',
    title: 'Calendrier des campagnes',
    intro:
      'Toutes les campagnes que vous pouvez voir, du premier travail au lancement. Faites glisser un repère de lancement, ou saisissez une date, pour replanifier.',
  },
  portfolio: {
    nav: 'Portefeuille',
    title: 'Portefeuille de campagnes',
    intro: 'Santé, dates, argent et validations de chaque campagne que vous pouvez voir. Les totaux sont tenus par devise.',
  },
  capacity: {
    nav: 'Capacité',
    title: 'Capacité sur toutes les campagnes',
    intro: 'La charge face à la capacité, personne par personne et semaine par semaine.',
  },
  collisions: {
    nav: 'Collisions',
    title: 'Collisions de lancements',
    intro:
      'Des lancements trop proches sur la même audience ou le même canal, des lancements pendant une période de gel, des approbateurs trop sollicités.',
  },
};

export const en = {
  pageTitle: 'Campaigns',
  sections: enSections,
  loading: 'Loading campaigns…',
  loadFailed: 'The campaigns could not be loaded.',
  retry: 'Try again',
  refresh: 'Refresh',
  none: 'No campaign to show: none exists yet in a project you may browse.',
  noneFiltered: 'No campaign matches these filters.',
  updatedAt: (day: string, time: string) => `Figures as of ${dayInWords('en', day)}, ${time}.`,
  // Filters
  filtersLabel: 'Filters',
  filterProject: 'Project',
  filterOwner: 'Owner',
  filterChannel: 'Channel',
  filterAudience: 'Audience',
  filterHealth: 'Health',
  filterStatus: 'Status',
  /** The « all » choice of each filter, agreeing with its noun in French. */
  filterAll: { project: 'All', owner: 'All', channel: 'All', audience: 'All', health: 'All', status: 'All' },
  clearFilters: 'Clear filters',
  shown: (n: number, total: number) => `${n} of ${total} ${plural('en', total, { one: 'campaign', other: 'campaigns' })}`,
  timeStatus: { planned: 'Not started', running: 'In progress', launched: 'Launched' } satisfies Record<CampaignTimeStatus, string>,
  // Table
  tableCaption: 'Campaigns',
  columns: {
    name: 'Campaign',
    project: 'Project',
    owner: 'Owner',
    health: 'Health',
    launch: 'Launch',
    forecast: 'Forecast (cautious)',
    budget: 'Budget',
    actual: 'Spent',
    eac: 'Expected final cost',
    variance: 'Variance',
    signoff: 'Sign-offs',
    kpi: 'KPI attainment',
  } satisfies Record<PortfolioColumn, string>,
  noOwner: 'No owner',
  noValue: '—',
  signoffOf: (approved: number, total: number) => `${approved}/${total}`,
  lateGates: (n: number) => `${n} late`,
  signoffLabel: (approved: number, total: number, late: number) => `${approved} of ${total} approved` + (late > 0 ? `, ${late} late` : ''),
  totalsCaption: 'Totals per currency',
  totalsNote: 'Amounts in different currencies are never added together.',
  totalsCurrency: 'Currency',
  totalsCampaigns: 'Campaigns',
  exportCsv: 'Export as CSV',
  exported: (file: string) => `${file} downloaded.`,
  csvFile: (date: string) => `portfolio-${date}.csv`,
  csvColumns: {
    key: 'Key',
    name: 'Campaign',
    project: 'Project',
    owner: 'Owner',
    health: 'Health',
    reasons: 'Reasons',
    firstWork: 'First work',
    launch: 'Launch',
    forecast: 'Forecast (cautious)',
    currency: 'Currency',
    budget: 'Budget',
    actual: 'Spent',
    eac: 'Expected final cost',
    variance: 'Variance',
    approved: 'Sign-offs approved',
    gates: 'Sign-offs',
    late: 'Late sign-offs',
    kpi: 'KPI attainment (%)',
    audiences: 'Audiences',
    channels: 'Channels',
  },
  // Calendar
  viewLabel: 'View',
  viewMonth: 'Month',
  viewQuarter: 'Quarter',
  previous: 'Previous period',
  next: 'Next period',
  thisPeriod: 'Today',
  quarterName: (q: number, year: number) => `Q${q} ${year}`,
  keyboardHint: 'Up and down arrows move between campaigns; Alt with left or right arrow changes the period.',
  today: 'Today',
  legend: 'Colours',
  calendarLabel: (period: string) => `Campaigns, ${period}`,
  barLabel: (name: string, from: string | null, launch: string, health: string) =>
    from
      ? `${name}: from ${dayInWords('en', from)} to its launch on ${dayInWords('en', launch)}, ${health}`
      : `${name}: launch on ${dayInWords('en', launch)}, ${health}`,
  launchMarker: (name: string, launch: string) => `Launch of ${name} on ${dayInWords('en', launch)}: drag it, or press Enter, to re-plan`,
  before: (launch: string) => `Launched before this period, on ${dayInWords('en', launch)}`,
  after: (from: string) => `Starts after this period, on ${dayInWords('en', from)}`,
  milestone: (name: string, due: string) => `${name}, due ${dayInWords('en', due)}`,
  closeDetails: 'Close',
  firstWork: 'First work',
  launch: 'Launch',
  forecast: 'Forecast (cautious)',
  milestones: 'Milestones',
  noMilestones: 'No milestone.',
  reasons: 'Why',
  openCampaign: 'Open the epic',
  newLaunch: 'New launch date',
  previewReplan: 'Preview the re-plan',
  // Re-plan dialog
  replanTitle: (name: string, launch: string) => `Re-plan ${name} to launch on ${dayInWords('en', launch)}`,
  replanLoading: 'Computing the new dates…',
  replanIntro: (from: string, to: string) =>
    `The launch moves from ${dayInWords('en', from)} to ${dayInWords('en', to)}. Open work follows it; done work keeps its dates.`,
  replanNoChange: 'No date changes: the plan already fits this launch date.',
  /** The stored cautious forecast against the current launch; the forecast consumer recomputes it once the re-plan is applied. */
  forecastNow: (p85: string, launch: string) =>
    `Today’s cautious forecast: the launch work is done by ${dayInWords('en', p85)}, for a launch on ${dayInWords('en', launch)}. It is computed again once the new dates are applied.`,
  forecastNone: 'No forecast yet for this campaign: it is computed once its work is planned.',
  changesCaption: 'Date changes',
  colIssue: 'Issue',
  colSummary: 'Summary',
  colFrom: 'From',
  colTo: 'To',
  doneKeeps: 'Done, keeps its date',
  apply: 'Apply in Jira',
  applying: 'Applying…',
  cancel: 'Cancel',
  close: 'Close',
  applyRefused: 'You may not apply this re-plan.',
  applied: (n: number, launch: string) =>
    `${n} ${plural('en', n, { one: 'date moved', other: 'dates moved' })} in Jira; the launch is now on ${dayInWords('en', launch)}.`,
  replanFailed: 'The re-plan could not be computed.',
  placeholder: 'This section is on its way.',
};

export type PortfolioWords = typeof en;

export const fr: PortfolioWords = {
  pageTitle: 'Campagnes',
  sections: frSections,
  loading: 'Chargement des campagnes…',
  loadFailed: 'Les campagnes n’ont pas pu être chargées.',
  retry: 'Réessayer',
  refresh: 'Actualiser',
  none: `Aucune campagne à afficher${NNBSP}: il n’en existe encore aucune dans un projet que vous pouvez consulter.`,
  noneFiltered: 'Aucune campagne ne correspond à ces filtres.',
  updatedAt: (day, time) => `Chiffres du ${dayInWords('fr', day)} à ${time}.`,
  filtersLabel: 'Filtres',
  filterProject: 'Projet',
  filterOwner: 'Responsable',
  filterChannel: 'Canal',
  filterAudience: 'Cible',
  filterHealth: 'Santé',
  filterStatus: 'Statut',
  filterAll: { project: 'Tous', owner: 'Tous', channel: 'Tous', audience: 'Toutes', health: 'Toutes', status: 'Tous' },
  clearFilters: 'Effacer les filtres',
  shown: (n, total) => `${n} sur ${total} ${plural('fr', total, { one: 'campagne', other: 'campagnes' })}`,
  timeStatus: { planned: 'Pas commencée', running: 'En cours', launched: 'Lancée' },
  tableCaption: 'Campagnes',
  columns: {
    name: 'Campagne',
    project: 'Projet',
    owner: 'Responsable',
    health: 'Santé',
    launch: 'Lancement',
    forecast: 'Prévision prudente',
    budget: 'Budget',
    actual: 'Dépensé',
    eac: 'Coût final attendu',
    variance: 'Écart',
    signoff: 'Validations',
    kpi: 'Atteinte des indicateurs',
  },
  noOwner: 'Sans responsable',
  noValue: '—',
  signoffOf: (approved, total) => `${approved}/${total}`,
  lateGates: (n) => `${n} en retard`,
  signoffLabel: (approved, total, late) =>
    `${approved} sur ${total} ${plural('fr', approved, { one: 'approuvée', other: 'approuvées' })}` +
    (late > 0 ? `, ${late} en retard` : ''),
  totalsCaption: 'Totaux par devise',
  totalsNote: 'Les montants de devises différentes ne sont jamais additionnés.',
  totalsCurrency: 'Devise',
  totalsCampaigns: 'Campagnes',
  exportCsv: 'Exporter en CSV',
  exported: (file) => `${file} téléchargé.`,
  csvFile: (date) => `portefeuille-${date}.csv`,
  csvColumns: {
    key: 'Clé',
    name: 'Campagne',
    project: 'Projet',
    owner: 'Responsable',
    health: 'Santé',
    reasons: 'Raisons',
    firstWork: 'Premier travail',
    launch: 'Lancement',
    forecast: 'Prévision prudente',
    currency: 'Devise',
    budget: 'Budget',
    actual: 'Dépensé',
    eac: 'Coût final attendu',
    variance: 'Écart',
    approved: 'Validations approuvées',
    gates: 'Validations',
    late: 'Validations en retard',
    kpi: 'Atteinte des indicateurs (%)',
    audiences: 'Cibles',
    channels: 'Canaux',
  },
  viewLabel: 'Vue',
  viewMonth: 'Mois',
  viewQuarter: 'Trimestre',
  previous: 'Période précédente',
  next: 'Période suivante',
  thisPeriod: 'Aujourd’hui',
  quarterName: (q, year) => `T${q} ${year}`,
  keyboardHint: `Les flèches haut et bas passent d’une campagne à l’autre${NNBSP}; Alt avec la flèche gauche ou droite change de période.`,
  today: 'Aujourd’hui',
  legend: 'Couleurs',
  calendarLabel: (period) => `Campagnes, ${period}`,
  barLabel: (name, from, launch, health) =>
    from
      ? `${name}${NNBSP}: du ${dayInWords('fr', from)} à son lancement le ${dayInWords('fr', launch)}, ${health.toLowerCase()}`
      : `${name}${NNBSP}: lancement le ${dayInWords('fr', launch)}, ${health.toLowerCase()}`,
  launchMarker: (name, launch) =>
    `Lancement de ${name} le ${dayInWords('fr', launch)}${NNBSP}: faites-le glisser, ou appuyez sur Entrée, pour replanifier`,
  before: (launch) => `Lancée avant cette période, le ${dayInWords('fr', launch)}`,
  after: (from) => `Commence après cette période, le ${dayInWords('fr', from)}`,
  milestone: (name, due) => `${name}, prévu le ${dayInWords('fr', due)}`,
  closeDetails: 'Fermer',
  firstWork: 'Premier travail',
  launch: 'Lancement',
  forecast: 'Prévision prudente',
  milestones: 'Jalons',
  noMilestones: 'Aucun jalon.',
  reasons: 'Pourquoi',
  openCampaign: 'Ouvrir l’epic',
  newLaunch: 'Nouvelle date de lancement',
  previewReplan: 'Voir la replanification',
  replanTitle: (name, launch) => `Replanifier ${name} pour un lancement le ${dayInWords('fr', launch)}`,
  replanLoading: 'Calcul des nouvelles dates…',
  replanIntro: (from, to) =>
    `Le lancement passe du ${dayInWords('fr', from)} au ${dayInWords('fr', to)}. Le travail ouvert suit${NNBSP}; le travail terminé garde ses dates.`,
  replanNoChange: `Aucune date ne change${NNBSP}: le plan convient déjà à cette date de lancement.`,
  forecastNow: (p85, launch) =>
    `Prévision prudente actuelle${NNBSP}: le travail du lancement est fini le ${dayInWords('fr', p85)}, pour un lancement le ${dayInWords('fr', launch)}. Elle sera recalculée une fois les nouvelles dates appliquées.`,
  forecastNone: `Pas encore de prévision pour cette campagne${NNBSP}: elle est calculée une fois son travail planifié.`,
  changesCaption: 'Dates modifiées',
  colIssue: 'Ticket',
  colSummary: 'Résumé',
  colFrom: 'Avant',
  colTo: 'Après',
  doneKeeps: 'Terminé, garde sa date',
  apply: 'Appliquer dans Jira',
  applying: 'Application…',
  cancel: 'Annuler',
  close: 'Fermer',
  applyRefused: 'Vous ne pouvez pas appliquer cette replanification.',
  applied: (n, launch) =>
    `${n} ${plural('fr', n, { one: 'date déplacée', other: 'dates déplacées' })} dans Jira${NNBSP}; le lancement est désormais le ${dayInWords('fr', launch)}.`,
  replanFailed: 'La replanification n’a pas pu être calculée.',
  placeholder: 'Cette section arrive bientôt.',
};

export const portfolioWords = (lang: Language): PortfolioWords => (lang === 'fr' ? fr : en);
