import { dayInWords } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

/** Calendar days from the ISO day `a` to `b`. */
const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

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
  /** The forecast does not follow due dates (it runs from the work left and people's load): only its margin changes. */
  forecastThen: (p85: string, launch: string) => {
    const days = daysBetween(p85, launch);
    if (days === 0) return `With a launch on ${dayInWords('en', launch)}, the cautious forecast falls on the launch day itself.`;
    const n = Math.abs(days);
    return days > 0
      ? `With a launch on ${dayInWords('en', launch)}, the cautious forecast leaves ${n} ${plural('en', n, { one: 'day', other: 'days' })} of margin.`
      : `With a launch on ${dayInWords('en', launch)}, the cautious forecast is still ${n} ${plural('en', n, { one: 'day', other: 'days' })} late.`;
  },
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
  /** The Capacity section: the team's totals per week, then people × weeks, and one person's tasks behind a week. */
  capacityView: {
    weeksLabel: 'Weeks shown',
    weeksOption: (n: number) => `${n} weeks`,
    loading: 'Loading the capacity…',
    loadFailed: 'The capacity could not be loaded.',
    none: 'Nobody has campaign work in these weeks.',
    teamCaption: 'The team, all people together: load against capacity per week',
    teamRow: 'Team',
    peopleCaption: 'People, week by week: load against capacity',
    person: 'Person',
    weekOf: (iso: string) => `Week of ${dayInWords('en', iso, false)}`,
    /** A load as a share of the capacity, already formatted (`120%`), with its level in words. */
    cellText: (percent: string, level: string) => `${percent} (${level})`,
    noCapacity: 'No capacity',
    teamDays: (demand: string, capacity: string) => `${demand} of ${capacity} days`,
    levels: { over: 'Over-allocated', at_risk: 'At risk', ok: 'Within capacity' } as Record<'over' | 'at_risk' | 'ok', string>,
    /** The level inside a sentence (after the load). */
    levelInSentence: { over: 'over-allocated', at_risk: 'at risk', ok: 'within capacity' } as Record<'over' | 'at_risk' | 'ok', string>,
    legend: 'Levels',
    legendWhat: {
      over: 'more than 100% of capacity',
      at_risk: 'more than 85% of capacity',
      ok: '85% of capacity or less',
    } as Record<'over' | 'at_risk' | 'ok', string>,
    openPerson: (name: string) => `Show the weeks of ${name}`,
    closePerson: (name: string) => `Hide the weeks of ${name}`,
    cellButton: (name: string, week: string, text: string) => `${name}, week of ${dayInWords('en', week, false)}: ${text}`,
    loadingPerson: 'Loading the tasks…',
    pickWeek: (name: string) => `Choose a week of ${name} to see the tasks behind it.`,
    detailTitle: (name: string, week: string) => `${name}, week of ${dayInWords('en', week, false)}`,
    detailLoad: (demand: string, capacity: string, text: string) => `${demand} days of work for ${capacity} days of capacity: ${text}.`,
    tasksCaption: 'The tasks behind this week',
    colCampaign: 'Campaign',
    colIssue: 'Issue',
    colTask: 'Task',
    colDays: 'Days',
    notCreated: 'Not created yet',
    noTasks: 'No campaign task you may see this week.',
    otherWork: (n: number, days: string) =>
      `Other work: ${days} ${plural('en', n, { one: 'day', other: 'days' })} in campaigns you cannot see.`,
    levelingTitle: 'Leveling proposals',
    levelingIntro: 'This week is over-allocated: each campaign’s re-plan view, at its own launch date, proposes changes that relieve it.',
    levelingLink: (campaignKey: string) => `Leveling proposals of ${campaignKey} in the planner`,
  },
  /** The Collisions section: the list by kind, the site's settings in a sentence, and their form for site admins. */
  collisionsView: {
    loading: 'Loading the collisions…',
    loadFailed: 'The collisions could not be loaded.',
    checked: (n: number) => `${n} ${plural('en', n, { one: 'campaign', other: 'campaigns' })} checked.`,
    omitted: (n: number) =>
      `${n} more ${plural('en', n, { one: 'collision is', other: 'collisions are' })} not listed: the earliest of each kind are kept.`,
    campaignsLabel: 'Campaigns concerned',
    settingsSentence: (n: number, m: number) =>
      `Window of ${n} ${plural('en', n, { one: 'day', other: 'days' })}, at most ${m} ${plural('en', m, { one: 'sign-off', other: 'sign-offs' })} a week.`,
    settingsTitle: 'Collision settings',
    blackoutsTitle: 'Blackout windows',
    noBlackouts: 'No blackout window.',
    blackoutLine: (name: string, range: string, channels: string) => `${name}, ${range}: ${channels}`,
    everyChannel: 'every channel',
    readOnly: 'Only Jira site administrators may change these settings.',
    fieldWindow: 'Collision window (days)',
    fieldLimit: 'Sign-offs per approver and per week, at most',
    blackoutLegend: (i: number) => `Blackout window ${i}`,
    fieldName: 'Name',
    fieldStart: 'Start',
    fieldEnd: 'End',
    fieldChannels: 'Channels frozen (none ticked: every channel)',
    addBlackout: 'Add a blackout window',
    removeBlackout: (i: number) => `Remove blackout window ${i}`,
    save: 'Save the settings',
    saving: 'Saving…',
    saved: 'Settings saved: the collisions were checked again.',
    saveFailed: 'The settings could not be saved.',
  },
  /** The portfolio report button (`publishPortfolioReport`). */
  portfolioReport: {
    publish: 'Publish the portfolio report',
    spaceLabel: 'Confluence space key',
    spaceHint: 'Empty: the space of the first project holding a campaign you may see.',
    publishing: 'Publishing…',
    published: (version: number, created: boolean, n: number) =>
      (created ? 'Portfolio report published' : `Portfolio report updated (version ${version})`) +
      ` with ${n} ${plural('en', n, { one: 'campaign', other: 'campaigns' })}.`,
    openPage: (title: string) => `Open ${quote('en', title)} in Confluence`,
    failed: 'The portfolio report could not be published.',
  },
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
  forecastThen: (p85, launch) => {
    const days = daysBetween(p85, launch);
    if (days === 0) return `Avec un lancement le ${dayInWords('fr', launch)}, la prévision prudente tombe le jour même du lancement.`;
    const n = Math.abs(days);
    return days > 0
      ? `Avec un lancement le ${dayInWords('fr', launch)}, la prévision prudente laisse ${n}${NNBSP}${plural('fr', n, { one: 'jour', other: 'jours' })} de marge.`
      : `Avec un lancement le ${dayInWords('fr', launch)}, la prévision prudente reste en retard de ${n}${NNBSP}${plural('fr', n, { one: 'jour', other: 'jours' })}.`;
  },
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
  capacityView: {
    weeksLabel: 'Semaines affichées',
    weeksOption: (n) => `${n} semaines`,
    loading: 'Chargement de la capacité…',
    loadFailed: 'La capacité n’a pas pu être chargée.',
    none: 'Personne n’a de travail de campagne sur ces semaines.',
    teamCaption: `L’équipe, toutes personnes confondues${NNBSP}: la charge face à la capacité par semaine`,
    teamRow: 'Équipe',
    peopleCaption: `Personne par personne, semaine par semaine${NNBSP}: la charge face à la capacité`,
    person: 'Personne',
    weekOf: (iso) => `Semaine du ${dayInWords('fr', iso, false)}`,
    cellText: (percent, level) => `${percent}, ${level}`,
    noCapacity: 'Aucune capacité',
    teamDays: (demand, capacity) => `${demand} jours sur ${capacity}`,
    levels: { over: 'Surchargé', at_risk: 'À risque', ok: 'OK' },
    levelInSentence: { over: 'surchargé', at_risk: 'à risque', ok: 'OK' },
    legend: 'Niveaux',
    legendWhat: {
      over: `plus de 100${NNBSP}% de la capacité`,
      at_risk: `plus de 85${NNBSP}% de la capacité`,
      ok: `85${NNBSP}% de la capacité ou moins`,
    },
    openPerson: (name) => `Voir les semaines de ${name}`,
    closePerson: (name) => `Masquer les semaines de ${name}`,
    cellButton: (name, week, text) => `${name}, semaine du ${dayInWords('fr', week, false)}${NNBSP}: ${text}`,
    loadingPerson: 'Chargement des tâches…',
    pickWeek: (name) => `Choisissez une semaine de ${name} pour voir les tâches qui la composent.`,
    detailTitle: (name, week) => `${name}, semaine du ${dayInWords('fr', week, false)}`,
    detailLoad: (demand, capacity, text) => `${demand} jours de travail pour ${capacity} jours de capacité${NNBSP}: ${text}.`,
    tasksCaption: 'Les tâches de cette semaine',
    colCampaign: 'Campagne',
    colIssue: 'Ticket',
    colTask: 'Tâche',
    colDays: 'Jours',
    notCreated: 'Pas encore créé',
    noTasks: 'Aucune tâche de campagne visible pour vous cette semaine.',
    otherWork: (n, days) =>
      `Autre travail${NNBSP}: ${days} ${plural('fr', n, { one: 'jour', other: 'jours' })} dans des campagnes que vous ne voyez pas.`,
    levelingTitle: 'Propositions de lissage',
    levelingIntro: `Cette semaine est surchargée${NNBSP}: la vue de replanification de chaque campagne, à sa propre date de lancement, propose des changements qui la soulagent.`,
    levelingLink: (campaignKey) => `Propositions de lissage de ${campaignKey} dans le planificateur`,
  },
  collisionsView: {
    loading: 'Chargement des collisions…',
    loadFailed: 'Les collisions n’ont pas pu être chargées.',
    checked: (n) => `${n} ${plural('fr', n, { one: 'campagne vérifiée', other: 'campagnes vérifiées' })}.`,
    omitted: (n) =>
      `${n} ${plural('fr', n, { one: 'autre collision n’est pas listée', other: 'autres collisions ne sont pas listées' })}${NNBSP}: les plus proches de chaque sorte sont gardées.`,
    campaignsLabel: 'Campagnes concernées',
    settingsSentence: (n, m) =>
      `Fenêtre de ${n} ${plural('fr', n, { one: 'jour', other: 'jours' })}, ${m} ${plural('fr', m, { one: 'validation', other: 'validations' })} par semaine au plus.`,
    settingsTitle: 'Réglages des collisions',
    blackoutsTitle: 'Périodes de gel',
    noBlackouts: 'Aucune période de gel.',
    blackoutLine: (name, range, channels) => `${name}, ${range}${NNBSP}: ${channels}`,
    everyChannel: 'tous les canaux',
    readOnly: 'Seuls les administrateurs du site Jira peuvent modifier ces réglages.',
    fieldWindow: 'Fenêtre de collision (jours)',
    fieldLimit: 'Validations par valideur et par semaine, au plus',
    blackoutLegend: (i) => `Période de gel ${i}`,
    fieldName: 'Nom',
    fieldStart: 'Début',
    fieldEnd: 'Fin',
    fieldChannels: `Canaux gelés (aucun coché${NNBSP}: tous les canaux)`,
    addBlackout: 'Ajouter une période de gel',
    removeBlackout: (i) => `Retirer la période de gel ${i}`,
    save: 'Enregistrer les réglages',
    saving: 'Enregistrement…',
    saved: `Réglages enregistrés${NNBSP}: les collisions ont été vérifiées à nouveau.`,
    saveFailed: 'Les réglages n’ont pas pu être enregistrés.',
  },
  portfolioReport: {
    publish: 'Publier le rapport de portefeuille',
    spaceLabel: 'Clé de l’espace Confluence',
    spaceHint: `Vide${NNBSP}: l’espace du premier projet qui contient une campagne que vous pouvez voir.`,
    publishing: 'Publication…',
    published: (version, created, n) =>
      (created ? 'Rapport de portefeuille publié' : `Rapport de portefeuille mis à jour (version ${version})`) +
      ` avec ${n} ${plural('fr', n, { one: 'campagne', other: 'campagnes' })}.`,
    openPage: (title) => `Ouvrir ${quote('fr', title)} dans Confluence`,
    failed: 'Le rapport de portefeuille n’a pas pu être publié.',
  },
};

export const portfolioWords = (lang: Language): PortfolioWords => (lang === 'fr' ? fr : en);
