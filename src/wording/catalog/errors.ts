/**
 * Resolver refusals, as the envelope's `message` words them. `en` is the source of truth; `fr` has the type of `en`,
 * so a missing key or a parameter of another type fails the type check. The English texts are today's, unchanged.
 */
import { dayInWords, LANGUAGE_LOCALE, moneyFormat } from '../format';
import { capitalise, gateInFrench, NNBSP, quote } from '../typography';
import { clockTime, en as quotaEn, fr as quotaFr } from './quota';

/** A whole amount in its currency's format (`€1,000,000`, `1 000 000 €`). */
const wholeAmount = (lang: 'en' | 'fr', amount: number, currency: string): string =>
  moneyFormat(LANGUAGE_LOCALE[lang], currency, { maximumFractionDigits: 0, minimumFractionDigits: 0 }, 0).format(amount);

const permissionName = (permission: string): string => permission.replace(/_/g, ' ').toLowerCase();

export const en = {
  signInNeeded: 'This action needs a signed-in Jira user.',
  internal: 'Something went wrong on our side. Please try again.',
  payloadTooLarge: (p: { kb: number; limitKb: number }) => `payload: is ${p.kb} KB; the limit is ${p.limitKb} KB`,
  fieldNotAccepted: (p: { field: string }) => `${p.field}: is not an accepted field`,
  /** A schema's own problem text (zod's, English) after the field it names; `field` is empty for the whole payload. */
  fieldInvalid: (p: { field: string; problem: string }) => (p.field ? `${p.field}: ${p.problem}` : p.problem),
  projectKeyRequired: 'projectKey: required when the app is not opened from a project',
  projectNotVisible: (p: { projectKey: string }) => `Project ${p.projectKey} does not exist or you do not have permission to see it.`,
  permissionNeeded: (p: { permission: string; projectKey: string; action: string }) =>
    `You need the ${permissionName(p.permission)} permission in ${p.projectKey} to ${p.action}.`,
  siteAdminOnly: 'Only Jira site administrators can change the portfolio settings (collision window, sign-off limit, blackout windows).',
  notACampaign: (p: { epicKey: string }) => `epicKey: ${p.epicKey} is not a campaign created with Campaign Control`,
  breakdownMilestoneUnknown: (p: { milestoneKey: string; epicKey: string }) =>
    `milestoneKey: ${p.milestoneKey} is not a milestone of campaign ${p.epicKey}`,
  epicNotVisible: (p: { epicKey: string }) => `epicKey: ${p.epicKey} does not exist or you do not have permission to see it`,
  kpiManagersOnly: (p: { projectKey: string; action: string }) =>
    `Only the campaign's PM and ${p.projectKey} project admins can ${p.action}.`,
  personNotFound: 'accountId: is not a person of this site',
  budgetTooLarge: (p: { field: string; max: number; currency: string }) =>
    `${p.field}: the budget may be at most ${wholeAmount('en', p.max, p.currency)}`,
  selfOrAdminOnly: (p: { projectKey: string; action: string }) => `Only the person and ${p.projectKey} project admins can ${p.action}.`,
  // Leveling changes applied to a created campaign (`applyLevelingProposal`).
  levelingTaskRequired: 'change.rowId: name the task by its rowId or its issueKey',
  levelingNotATask: (p: { field: string; value: string; epicKey: string }) =>
    `${p.field}: ${p.value} is not a task of campaign ${p.epicKey}`,
  levelingRowMismatch: (p: { issueKey: string; rowId: string }) => `change.issueKey: ${p.issueKey} is not the issue of row ${p.rowId}`,
  levelingDoneWork: (p: { field: string; summary: string; issueKey: string }) =>
    `${p.field}: ${quote('en', p.summary)} (${p.issueKey}) is done, and done work is never moved or reassigned`,
  levelingNotInPool: (p: { name: string }) =>
    `change.toAccountId: ${p.name} does no work of this task’s role in any campaign; choose someone who does`,
  levelingBadDate: (p: { field: string; value: string }) =>
    `${p.field}: must be a real date in the form YYYY-MM-DD, got ${quote('en', p.value)}`,
  levelingDateInPast: (p: { field: string; date: string }) => `${p.field}: ${dayInWords('en', p.date)} is in the past`,
  levelingAfterMilestone: (p: { date: string; milestone: string; milestoneDue: string }) =>
    `change.dueDate: ${dayInWords('en', p.date)} is after ${quote('en', p.milestone)}, due ${dayInWords('en', p.milestoneDue)}: a leveling change never moves a date the campaign promised`,
  levelingRequestReused: (p: { requestId: string }) => `requestId: ${p.requestId} was already used for another change`,
  // The policy's refusals of campaign actions (`src/usecases/authorise.ts`).
  pmOrAdminOnly: (p: { projectKey: string; action: string }) => `Only the campaign's PM and the project's admins can ${p.action}.`,
  pmAdminOrApproverOnly: (p: { projectKey: string; action: string }) =>
    `Only the campaign's PM, project admins and the campaign's approvers can ${p.action}.`,
  // Sign-off refusals (`src/domain/signoff`): `gate` is the gate's name as the plan gives it.
  signoffNotApprover: (p: { gate: string }) =>
    `You are not an approver of the gate "${p.gate}", and no approver has delegated this decision to you.`,
  signoffNotApproverHere: 'You are not an approver of this gate.',
  signoffOwnWork: (p: { gate: string; role: 'assignee' | 'reporter'; work: string | null }) =>
    `You are the ${p.role} of the work the gate "${p.gate}" guards${p.work ? ` (${p.work})` : ''}: you may not decide on your own work.`,
  signoffWaiting: (p: { gate: string; before: string | null }) =>
    `The gate "${p.gate}" is not open yet: it opens once ${p.before === null ? 'the gate before it' : `the gate "${p.before}"`} is approved.`,
  signoffClosed: (p: { gate: string; state: 'approved' | 'declined' }) =>
    `The gate "${p.gate}" is already ${p.state}: no more decisions are taken on it.`,
  signoffChangesRequested: (p: { gate: string }) =>
    `Changes were requested on the gate "${p.gate}": it reopens once the work is marked ready for review again.`,
  signoffAlreadyDecided: (p: { gate: string; decision: 'approve' | 'decline' | 'request_changes'; self: boolean }) =>
    `${p.self ? 'You have' : 'This approver has'} already ${EN_DECIDED[p.decision]} the gate "${p.gate}" in this round.`,
  signoffWorkMissing: (p: { gate: string }) => `The work the gate "${p.gate}" guards cannot be found.`,
  signoffDelegateNotApprover: (p: { gate: string }) =>
    `You are not an approver of the gate "${p.gate}": only its approvers can delegate their decision.`,
  signoffDelegateClosed: (p: { gate: string; state: 'approved' | 'declined' | 'changes_requested' }) =>
    `The gate "${p.gate}" cannot be delegated now: ${p.state === 'changes_requested' ? 'changes were requested on it' : `it is already ${p.state}`}.`,
  signoffDelegateSelf: 'toAccountId: you cannot delegate to yourself',
  signoffDelegateApprover: (p: { gate: string }) => `toAccountId: this person is already an approver of the gate "${p.gate}"`,
  signoffDelegateOwnWork: (p: { gate: string; role: 'assignee' | 'reporter' }) =>
    `toAccountId: this person is the ${p.role} of the work the gate "${p.gate}" guards and may not approve it`,
  signoffUntilPast: (p: { today: string; until: string }) => `until: must be today (${p.today}) or later, got ${p.until}`,
  signoffUntilTooFar: (p: { days: number; latest: string; until: string }) =>
    `until: must be at most ${p.days} days from today (${p.latest} at the latest), got ${p.until}`,
  signoffReasonForChanges: (p: { gate: string }) => `reason: is required to request changes on the gate "${p.gate}" (say what must change)`,
  signoffReasonForDecline: (p: { gate: string }) => `reason: is required to decline the gate "${p.gate}"`,
  signoffTextTooLong: (p: { field: 'reason' | 'comment'; max: number; length: number }) =>
    `${p.field}: must be at most ${p.max} characters (got ${p.length})`,
  // Jira's and Confluence's failures (`src/adapters/http`), when the product gives no words of its own.
  upstreamNoAnswer: (p: { product: string }) => `${p.product} did not answer. Please try again in a moment.`,
  upstreamNotFound: 'Not found, or you do not have permission to see it.',
  upstreamForbidden: (p: { product: string }) => `You do not have permission to do this in ${p.product}.`,
  upstreamBusy: (p: { product: string }) => `${p.product} is busy right now. Please try again in a moment.`,
  upstreamStatus: (p: { product: string; status: number }) => `${p.product} answered ${p.status}.`,
  upstreamNotJson: (p: { product: string }) => `${p.product} answered with something that is not JSON.`,
  upstreamShape: (p: { product: string }) => `${p.product} answered in an unexpected shape.`,
  jiraSlowOutOfTime: 'Jira is answering slowly and this run is out of time; try again in a moment (nothing was left half-done).',
  jiraThrottledOutOfTime: 'Jira asked us to slow down and this run is out of time; it will resume where it stopped.',
  /** Jira's hourly quota is spent: no call is sent until `resumesAt` (an ISO moment, worded in UTC on the server). */
  jiraQuotaPaused: (p: { resumesAt: string }) => quotaEn.paused(`${clockTime('en-GB', p.resumesAt, 'UTC')} UTC`),
  riskRegisterTooLarge: (p: { epicKey: string; max: number }) =>
    `The risk register of ${p.epicKey} holds more than ${p.max} issues; it cannot be read.`,
  // Campaign look-ups and the risk register, the report and the sign-off record (`src/usecases`).
  notACampaignEpic: (p: { field: string; key: string; epicKey: string }) =>
    `${p.field}: ${p.key} is not a campaign epic (its campaign is ${p.epicKey})`,
  notACampaignYouSee: (p: { epicKey: string }) =>
    `epicKey: ${p.epicKey} is not a campaign created by Campaign Control, or you cannot see it`,
  noReportSpace: (p: { projectKey: string }) =>
    `epicKey: the campaign has no readable Confluence brief and there is no Confluence space ${quote('en', p.projectKey)} you can read to publish its report in`,
  noPortfolioSpace: (p: { spaceKey: string }) =>
    p.spaceKey === ''
      ? 'spaceKey: you may see no campaign’s project, so there is no Confluence space to publish the portfolio report in by default; name one'
      : `spaceKey: there is no Confluence space ${quote('en', p.spaceKey)} you can read to publish the portfolio report in`,
  reportLinkFailed: (p: { epicKey: string; detail: string }) =>
    `The report is published, but ${p.epicKey} could not link to it: ${p.detail}`,
  riskTargetUnknown: (p: { field: string; key: string; epicKey: string }) =>
    `${p.field}: ${p.key} is not a task or milestone of campaign ${p.epicKey}`,
  notAPerson: (p: { field: string }) => `${p.field}: is not a person of this site`,
  riskUnknown: (p: { riskId: string; epicKey: string }) => `risk.riskId: ${p.riskId} is not a risk of campaign ${p.epicKey}`,
  riskRegisterFull: (p: { max: number }) => `risk: the register holds at most ${p.max} risks`,
  issueKeyOutsideIssue: 'issueKey: is required outside an issue view',
  /** A Rovo action asked about a campaign without naming one, outside a campaign's issue. */
  campaignKeyNeeded: 'campaignKey: name the campaign by its epic key (like MKT-12) when the chat is not opened on one of its issues',
  issueNotVisible: (p: { field: string; issueKey: string }) =>
    `${p.field}: ${p.issueKey} does not exist or you do not have permission to see it`,
  notInACampaign: (p: { field: string; issueKey: string }) =>
    `${p.field}: ${p.issueKey} is not part of a campaign created with Campaign Control`,
  notEpicOrMilestone: (p: { issueKey: string }) =>
    `issueKey: ${p.issueKey} is not a campaign epic or milestone created by Campaign Control`,
  templateUnknown: (p: { templateId: string }) => `templateId: no template ${quote('en', p.templateId)}`,
  templateBuiltIn: (p: { id: string }) => `template.id: ${quote('en', p.id)} is a built-in template; save your copy under a new id`,
  planProjectNotVisible: (p: { projectKey: string }) => `plan.projectKey: project ${p.projectKey} does not exist or you cannot see it`,
  planProjectNoCreate: (p: { projectKey: string }) => `plan.projectKey: you cannot create issues in project ${p.projectKey}`,
  notAUser: (p: { field: string; accountId: string }) => `${p.field}: ${quote('en', p.accountId)} is not a user of this site`,
  aiUnavailable: 'engine: AI suggestions are not available on this site',
  notABriefDifference: (p: { field: string; value: string; differences: string }) =>
    `${p.field}: ${quote('en', p.value)} is not one of the differences (${p.differences || 'none'})`,
  notPlannedFromBrief: (p: { epicKey: string }) => `epicKey: ${p.epicKey} was not planned from a Confluence brief`,
  spaceNotVisible: (p: { spaceKey: string }) => `spaceKey: no Confluence space ${p.spaceKey} you can read`,
  reportPageBusy: 'Someone else is updating the report page right now. Please try again in a moment.',
  badSearchKey: (p: { field: string; key: string }) => `${p.field}: ${p.key} is not a valid key for a search`,
  campaignTooLarge: (p: { epicKey: string; max: number }) =>
    `Campaign ${p.epicKey} has more than ${p.max} issues; the panel cannot read it.`,
  issuesMissing: (p: { count: number }) =>
    `Jira could not return ${p.count} ${p.count === 1 ? 'issue' : 'issues'} of the campaign. Please try again in a moment.`,
  aiNoAnswer: 'engine: the AI model did not answer; nothing was suggested.',
  aiEmpty: 'engine: the AI answer was empty; nothing was suggested.',
  templateIdTaken: (p: { id: string }) =>
    `template.id: a template ${quote('en', p.id)} already exists; pick another id, or edit it with basedOnVersion`,
  templateStale: (p: { id: string; version: number }) =>
    `basedOnVersion: template ${quote('en', p.id)} is at version ${p.version}; reload it before saving (someone saved since you opened it)`,
  templateNotYet: (p: { id: string }) => `basedOnVersion: template ${quote('en', p.id)} does not exist yet; save it without basedOnVersion`,
  templateJustSaved: (p: { id: string; version: number }) =>
    `basedOnVersion: version ${p.version} of ${quote('en', p.id)} was just saved by someone else; reload it`,
  dependencyCycle: (p: { field: string; cycle: string }) => `${p.field}: dependency cycle ${p.cycle}`,
  taskIdUsed: (p: { field: string; id: string }) => `${p.field}: ${quote('en', p.id)} is used by another task`,
  campaignRowLimit: (p: { rows: number; adding: number; max: number }) =>
    `tasks: the campaign has ${p.rows} rows; adding ${p.adding} would pass the limit of ${p.max}`,
  rowIdsCollide: 'tasks: two task ids become the same row id once shortened; make them shorter or more distinct',
  notTheEpic: (p: { field: string; key: string; epicKey: string }) => `${p.field}: ${p.key} is not the campaign's epic ${p.epicKey}`,
  notAnIssueOf: (p: { issueKey: string; epicKey: string }) => `issueKey: ${p.issueKey} is not an issue of campaign ${p.epicKey}`,
  epicIdReserved: (p: { field: string }) => `${p.field}: ${quote('en', 'epic')} is reserved for the campaign's epic`,
  rowIdTaken: (p: { field: string; id: string }) =>
    `${p.field}: ${quote('en', p.id)} is already used by a milestone or the epic; row ids must be unique`,
  taskWithoutMilestone: (p: { field: string }) => `${p.field}: the task has no milestone in this plan`,
  notATaskOfPlan: (p: { field: string; id: string }) => `${p.field}: ${quote('en', p.id)} is not a task of this plan`,
  rowCycle: (p: { cycle: string }) => `dependsOn: dependency cycle between rows ${p.cycle}`,
  notAMilestoneOfPlan: (p: { field: string; id: string }) => `${p.field}: ${quote('en', p.id)} is not a milestone of this plan`,
  gateWorkMissing: (p: { gate: string; epicKey: string }) =>
    `gateId: the work the gate ${quote('en', p.gate)} guards is not in campaign ${p.epicKey}`,
  gateUnknown: (p: { epicKey: string; gateId: string }) => `gateId: campaign ${p.epicKey} has no gate ${quote('en', p.gateId)}`,
  aiNotJson: 'engine: the AI answer is not JSON; nothing was suggested. Try again or use the task library.',
  aiWrongShape: (p: { problem: string }) => `engine: the AI answer does not match the task schema (${p.problem}); nothing was suggested.`,
  gateElsewhere: (p: { gate: string; issueKey: string; openFrom: string }) =>
    `gateId: the gate ${quote('en', p.gate)} does not guard ${p.issueKey}; open it from ${p.openFrom}`,
};

const EN_DECIDED = { approve: 'approved', decline: 'declined', request_changes: 'requested changes on' } as const;

/** Jira's French names of the project permissions the app asks for. */
const FR_PERMISSIONS: Record<string, string> = {
  BROWSE_PROJECTS: 'Parcourir les projets',
  ADMINISTER_PROJECTS: 'Administrer les projets',
  CREATE_ISSUES: 'Créer des tickets',
  EDIT_ISSUES: 'Modifier les tickets',
};

/**
 * The actions resolvers name in their refusals (today an English phrase each caller passes); an action not listed
 * here is quoted as it came, so a new caller still gets a sentence.
 */
const FR_ACTIONS: Record<string, string> = {
  'see campaign templates': 'voir les modèles de campagne',
  'copy or edit campaign templates': 'copier ou modifier les modèles de campagne',
  'plan a campaign': 'planifier une campagne',
  'change the default role mapping': 'changer la correspondance des rôles par défaut',
  're-plan this campaign': 'replanifier cette campagne',
  'apply brief changes to this campaign': 'appliquer les changements du brief à cette campagne',
  'see its campaigns': 'voir ses campagnes',
  'import KPI actuals': 'importer les valeurs des indicateurs',
  'see the KPI connector and its secret': 'voir le connecteur d’indicateurs et son secret',
  'rotate the KPI connector secret': 'renouveler le secret du connecteur d’indicateurs',
  'change this person’s capacity': 'modifier la capacité de cette personne',
  'break a goal down into tasks': 'décomposer un objectif en tâches',
  'see this campaign': 'voir cette campagne',
  'manage KPI actuals': 'gérer les valeurs des indicateurs',
  'publish its report': 'publier le rapport de la campagne',
  'export its sign-off record': 'exporter l’historique des validations',
  'edit its risk register': 'modifier le registre des risques',
};
const FR_DECIDED = { approve: 'approuvé', decline: 'refusé', request_changes: 'demandé des modifications sur' } as const;
/** « validation « Juridique » », or « validation des messages » for a gate named « Validation des messages ». */
/** A date in words; a value that is not a calendar day (never from the app) is shown as it came. */
const frDay = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayInWords('fr', iso) : iso);
const frGate = (gate: string): string => gateInFrench(gate, (g) => quote('fr', g));

const frAction = (action: string): string => FR_ACTIONS[action] ?? `«\u202f${action}\u202f»`;

export const fr: typeof en = {
  signInNeeded: 'Cette action demande un utilisateur Jira connecté.',
  internal: 'Une erreur s’est produite de notre côté. Veuillez réessayer.',
  payloadTooLarge: (p) => `payload\u202f: ${p.kb}\u202fKo, la limite est de ${p.limitKb}\u202fKo`,
  fieldNotAccepted: (p) => `${p.field}\u202f: ce champ n’est pas accepté`,
  fieldInvalid: (p) => (p.field ? `${p.field}\u202f: ${p.problem}` : p.problem),
  projectKeyRequired: 'projectKey\u202f: obligatoire quand l’application n’est pas ouverte depuis un projet',
  projectNotVisible: (p) => `Le projet ${p.projectKey} n’existe pas ou vous n’avez pas la permission de le voir.`,
  permissionNeeded: (p) =>
    `Il vous faut la permission «\u202f${FR_PERMISSIONS[p.permission] ?? permissionName(p.permission)}\u202f» dans ${p.projectKey} pour ${frAction(p.action)}.`,
  siteAdminOnly:
    'Seuls les administrateurs du site Jira peuvent modifier les réglages du portefeuille (fenêtre de collision, limite de validations, périodes de gel).',
  notACampaign: (p) => `epicKey\u202f: ${p.epicKey} n’est pas une campagne créée avec Campaign Control`,
  breakdownMilestoneUnknown: (p) => `milestoneKey\u202f: ${p.milestoneKey} n’est pas un jalon de la campagne ${p.epicKey}`,
  epicNotVisible: (p) => `epicKey\u202f: ${p.epicKey} n’existe pas ou vous n’avez pas la permission de le voir`,
  kpiManagersOnly: (p) =>
    `Seuls le ou la cheffe de projet de la campagne et les administrateurs du projet ${p.projectKey} peuvent ${frAction(p.action)}.`,
  personNotFound: 'accountId\u202f: ce n’est pas une personne de ce site',
  budgetTooLarge: (p) => `${p.field}${NNBSP}: le budget ne peut pas dépasser ${wholeAmount('fr', p.max, p.currency)}`,
  selfOrAdminOnly: (p) => `Seuls la personne concernée et les administrateurs du projet ${p.projectKey} peuvent ${frAction(p.action)}.`,
  levelingTaskRequired: `change.rowId${NNBSP}: désignez la tâche par son rowId ou son issueKey`,
  levelingNotATask: (p) => `${p.field}${NNBSP}: ${p.value} n’est pas une tâche de la campagne ${p.epicKey}`,
  levelingRowMismatch: (p) => `change.issueKey${NNBSP}: ${p.issueKey} n’est pas le ticket de la ligne ${p.rowId}`,
  levelingDoneWork: (p) =>
    `${p.field}${NNBSP}: ${quote('fr', p.summary)} (${p.issueKey}) est terminée, et le travail terminé n’est jamais déplacé ni réattribué`,
  levelingNotInPool: (p) =>
    `change.toAccountId${NNBSP}: ${p.name} ne fait de travail de ce rôle dans aucune campagne${NNBSP}; choisissez une personne qui en fait`,
  levelingBadDate: (p) => `${p.field}${NNBSP}: doit être une vraie date au format AAAA-MM-JJ, reçu ${quote('fr', p.value)}`,
  levelingDateInPast: (p) => `${p.field}${NNBSP}: le ${dayInWords('fr', p.date)} est passé`,
  levelingAfterMilestone: (p) =>
    `change.dueDate${NNBSP}: le ${dayInWords('fr', p.date)} est après ${quote('fr', p.milestone)}, dû le ${dayInWords('fr', p.milestoneDue)}${NNBSP}: un changement de lissage ne déplace jamais une date promise par la campagne`,
  levelingRequestReused: (p) => `requestId${NNBSP}: ${p.requestId} a déjà servi pour un autre changement`,
  pmOrAdminOnly: (p) =>
    `Seuls le chef de projet de la campagne et les administrateurs du projet ${p.projectKey} peuvent ${frAction(p.action)}.`,
  pmAdminOrApproverOnly: (p) =>
    `Seuls le chef de projet de la campagne, les administrateurs du projet ${p.projectKey} et les valideurs de la campagne peuvent ${frAction(p.action)}.`,
  signoffNotApprover: (p) => `Vous n’êtes pas valideur de la ${frGate(p.gate)}, et aucun valideur ne vous a délégué cette décision.`,
  signoffNotApproverHere: 'Vous n’êtes pas valideur de cette validation.',
  signoffOwnWork: (p) =>
    `${p.role === 'assignee' ? 'Le travail que garde' : 'Vous avez créé le travail que garde'} la ${frGate(p.gate)}${p.work ? ` (${p.work})` : ''}${p.role === 'assignee' ? ' vous est assigné' : ''}${NNBSP}: vous ne pouvez pas vous prononcer sur votre propre travail.`,
  signoffWaiting: (p) =>
    `${capitalise(`la ${frGate(p.gate)}`)} n’est pas encore ouverte${NNBSP}: elle s’ouvrira une fois ${p.before === null ? 'la validation précédente' : `la ${frGate(p.before)}`} approuvée.`,
  signoffClosed: (p) =>
    `${capitalise(`la ${frGate(p.gate)}`)} est déjà ${p.state === 'approved' ? 'approuvée' : 'refusée'}${NNBSP}: plus aucune décision n’y est prise.`,
  signoffChangesRequested: (p) =>
    `Des modifications ont été demandées sur la ${frGate(p.gate)}${NNBSP}: elle rouvrira quand le travail sera de nouveau prêt pour revue.`,
  signoffAlreadyDecided: (p) =>
    `${p.self ? 'Vous avez' : 'Ce valideur a'} déjà ${FR_DECIDED[p.decision]} la ${frGate(p.gate)} lors de ce tour.`,
  signoffWorkMissing: (p) => `Le travail que garde la ${frGate(p.gate)} est introuvable.`,
  signoffDelegateNotApprover: (p) =>
    `Vous n’êtes pas valideur de la ${frGate(p.gate)}${NNBSP}: seuls ses valideurs peuvent déléguer leur décision.`,
  signoffDelegateClosed: (p) =>
    `${capitalise(`la ${frGate(p.gate)}`)} ne peut plus être déléguée${NNBSP}: ${p.state === 'changes_requested' ? 'des modifications ont été demandées' : `elle est déjà ${p.state === 'approved' ? 'approuvée' : 'refusée'}`}.`,
  signoffDelegateSelf: `toAccountId${NNBSP}: vous ne pouvez pas vous déléguer la décision à vous-même`,
  signoffDelegateApprover: (p) => `toAccountId${NNBSP}: cette personne est déjà valideur de la ${frGate(p.gate)}`,
  signoffDelegateOwnWork: (p) =>
    `toAccountId${NNBSP}: cette personne est ${p.role === 'assignee' ? 'responsable' : 'rapporteur'} du travail que garde la ${frGate(p.gate)} et ne peut pas l’approuver`,
  signoffUntilPast: (p) => `until${NNBSP}: doit être aujourd’hui (le ${frDay(p.today)}) ou plus tard, reçu le ${frDay(p.until)}`,
  signoffUntilTooFar: (p) =>
    `until${NNBSP}: doit être au plus ${p.days}${NNBSP}jours après aujourd’hui (le ${frDay(p.latest)} au plus tard), reçu le ${frDay(p.until)}`,
  signoffReasonForChanges: (p) =>
    `reason${NNBSP}: obligatoire pour demander des modifications sur la ${frGate(p.gate)} (dites ce qui doit changer)`,
  signoffReasonForDecline: (p) => `reason${NNBSP}: obligatoire pour refuser la ${frGate(p.gate)}`,
  signoffTextTooLong: (p) => `${p.field}${NNBSP}: ${p.max}${NNBSP}caractères au plus (${p.length} reçus)`,
  upstreamNoAnswer: (p) => `${p.product} n’a pas répondu. Veuillez réessayer dans un instant.`,
  upstreamNotFound: 'Introuvable, ou vous n’avez pas la permission de le voir.',
  upstreamForbidden: (p) => `Vous n’avez pas la permission de faire cela dans ${p.product}.`,
  upstreamBusy: (p) => `${p.product} est occupé en ce moment. Veuillez réessayer dans un instant.`,
  upstreamStatus: (p) => `${p.product} a répondu ${p.status}.`,
  upstreamNotJson: (p) => `${p.product} a répondu autre chose que du JSON.`,
  upstreamShape: (p) => `${p.product} a répondu sous une forme inattendue.`,
  jiraSlowOutOfTime: `Jira répond lentement et cette exécution n’a plus de temps${NNBSP}; réessayez dans un instant (rien n’est resté à moitié fait).`,
  jiraThrottledOutOfTime: `Jira nous a demandé de ralentir et cette exécution n’a plus de temps${NNBSP}; elle reprendra là où elle s’est arrêtée.`,
  jiraQuotaPaused: (p) => quotaFr.paused(`${clockTime('fr', p.resumesAt, 'UTC')} UTC`),
  riskRegisterTooLarge: (p) =>
    `Le registre des risques de ${p.epicKey} compte plus de ${p.max}${NNBSP}tickets${NNBSP}; il ne peut pas être lu.`,
  notACampaignEpic: (p) => `${p.field}${NNBSP}: ${p.key} n’est pas l’epic d’une campagne (sa campagne est ${p.epicKey})`,
  notACampaignYouSee: (p) =>
    `epicKey${NNBSP}: ${p.epicKey} n’est pas une campagne créée avec Campaign Control, ou vous ne pouvez pas la voir`,
  noReportSpace: (p) =>
    `epicKey${NNBSP}: la campagne n’a pas de brief Confluence lisible et il n’y a pas d’espace Confluence ${quote('fr', p.projectKey)} que vous pouvez lire pour y publier son rapport`,
  noPortfolioSpace: (p) =>
    p.spaceKey === ''
      ? `spaceKey${NNBSP}: vous ne voyez le projet d’aucune campagne, il n’y a donc pas d’espace Confluence par défaut où publier le rapport de portefeuille${NNBSP}; indiquez-en un`
      : `spaceKey${NNBSP}: il n’y a pas d’espace Confluence ${quote('fr', p.spaceKey)} que vous pouvez lire pour y publier le rapport de portefeuille`,
  reportLinkFailed: (p) => `Le rapport est publié, mais ${p.epicKey} n’a pas pu y être lié${NNBSP}: ${p.detail}`,
  riskTargetUnknown: (p) => `${p.field}${NNBSP}: ${p.key} n’est ni une tâche ni un jalon de la campagne ${p.epicKey}`,
  notAPerson: (p) => `${p.field}${NNBSP}: ce n’est pas une personne de ce site`,
  riskUnknown: (p) => `risk.riskId${NNBSP}: ${p.riskId} n’est pas un risque de la campagne ${p.epicKey}`,
  riskRegisterFull: (p) => `risk${NNBSP}: le registre compte au plus ${p.max}${NNBSP}risques`,
  issueKeyOutsideIssue: `issueKey${NNBSP}: obligatoire hors de la vue d’un ticket`,
  campaignKeyNeeded: `campaignKey${NNBSP}: nommez la campagne par la clé de son epic (comme MKT-12) quand la conversation n’est pas ouverte sur l’un de ses tickets`,
  issueNotVisible: (p) => `${p.field}${NNBSP}: ${p.issueKey} n’existe pas ou vous n’avez pas la permission de le voir`,
  notInACampaign: (p) => `${p.field}${NNBSP}: ${p.issueKey} ne fait pas partie d’une campagne créée avec Campaign Control`,
  notEpicOrMilestone: (p) => `issueKey${NNBSP}: ${p.issueKey} n’est ni l’epic ni un jalon d’une campagne créée avec Campaign Control`,
  templateUnknown: (p) => `templateId${NNBSP}: aucun modèle ${quote('fr', p.templateId)}`,
  templateBuiltIn: (p) =>
    `template.id${NNBSP}: ${quote('fr', p.id)} est un modèle fourni${NNBSP}; enregistrez votre copie sous un nouvel identifiant`,
  planProjectNotVisible: (p) => `plan.projectKey${NNBSP}: le projet ${p.projectKey} n’existe pas ou vous ne pouvez pas le voir`,
  planProjectNoCreate: (p) => `plan.projectKey${NNBSP}: vous ne pouvez pas créer de tickets dans le projet ${p.projectKey}`,
  notAUser: (p) => `${p.field}${NNBSP}: ${quote('fr', p.accountId)} n’est pas un utilisateur de ce site`,
  aiUnavailable: `engine${NNBSP}: les suggestions par IA ne sont pas disponibles sur ce site`,
  notABriefDifference: (p) =>
    `${p.field}${NNBSP}: ${quote('fr', p.value)} ne fait pas partie des différences (${p.differences || 'aucune'})`,
  notPlannedFromBrief: (p) => `epicKey${NNBSP}: ${p.epicKey} n’a pas été planifiée à partir d’un brief Confluence`,
  spaceNotVisible: (p) => `spaceKey${NNBSP}: aucun espace Confluence ${p.spaceKey} que vous pouvez lire`,
  reportPageBusy: 'Quelqu’un d’autre met à jour la page du rapport en ce moment. Veuillez réessayer dans un instant.',
  badSearchKey: (p) => `${p.field}${NNBSP}: ${p.key} n’est pas une clé valide pour une recherche`,
  campaignTooLarge: (p) => `La campagne ${p.epicKey} compte plus de ${p.max}${NNBSP}tickets${NNBSP}; le panneau ne peut pas la lire.`,
  issuesMissing: (p) =>
    `Jira n’a pas pu renvoyer ${p.count}${NNBSP}${p.count <= 1 ? 'ticket' : 'tickets'} de la campagne. Veuillez réessayer dans un instant.`,
  aiNoAnswer: `engine${NNBSP}: le modèle d’IA n’a pas répondu${NNBSP}; rien n’a été proposé.`,
  aiEmpty: `engine${NNBSP}: la réponse de l’IA était vide${NNBSP}; rien n’a été proposé.`,
  templateIdTaken: (p) =>
    `template.id${NNBSP}: un modèle ${quote('fr', p.id)} existe déjà${NNBSP}; choisissez un autre identifiant, ou modifiez-le avec basedOnVersion`,
  templateStale: (p) =>
    `basedOnVersion${NNBSP}: le modèle ${quote('fr', p.id)} en est à la version ${p.version}${NNBSP}; rechargez-le avant d’enregistrer (quelqu’un l’a enregistré depuis que vous l’avez ouvert)`,
  templateNotYet: (p) =>
    `basedOnVersion${NNBSP}: le modèle ${quote('fr', p.id)} n’existe pas encore${NNBSP}; enregistrez-le sans basedOnVersion`,
  templateJustSaved: (p) =>
    `basedOnVersion${NNBSP}: la version ${p.version} de ${quote('fr', p.id)} vient d’être enregistrée par quelqu’un d’autre${NNBSP}; rechargez-le`,
  dependencyCycle: (p) => `${p.field}${NNBSP}: cycle de dépendances ${p.cycle}`,
  taskIdUsed: (p) => `${p.field}${NNBSP}: ${quote('fr', p.id)} sert déjà à une autre tâche`,
  campaignRowLimit: (p) =>
    `tasks${NNBSP}: la campagne a ${p.rows}${NNBSP}lignes${NNBSP}; en ajouter ${p.adding} dépasserait la limite de ${p.max}`,
  rowIdsCollide: `tasks${NNBSP}: deux identifiants de tâche deviennent le même identifiant de ligne une fois raccourcis${NNBSP}; raccourcissez-les ou distinguez-les davantage`,
  notTheEpic: (p) => `${p.field}${NNBSP}: ${p.key} n’est pas l’epic de la campagne, ${p.epicKey}`,
  notAnIssueOf: (p) => `issueKey${NNBSP}: ${p.issueKey} n’est pas un ticket de la campagne ${p.epicKey}`,
  epicIdReserved: (p) => `${p.field}${NNBSP}: ${quote('fr', 'epic')} est réservé à l’epic de la campagne`,
  rowIdTaken: (p) =>
    `${p.field}${NNBSP}: ${quote('fr', p.id)} sert déjà à un jalon ou à l’epic${NNBSP}; les identifiants de ligne doivent être uniques`,
  taskWithoutMilestone: (p) => `${p.field}${NNBSP}: la tâche n’a pas de jalon dans ce plan`,
  notATaskOfPlan: (p) => `${p.field}${NNBSP}: ${quote('fr', p.id)} n’est pas une tâche de ce plan`,
  rowCycle: (p) => `dependsOn${NNBSP}: cycle de dépendances entre les lignes ${p.cycle}`,
  notAMilestoneOfPlan: (p) => `${p.field}${NNBSP}: ${quote('fr', p.id)} n’est pas un jalon de ce plan`,
  gateWorkMissing: (p) => `gateId${NNBSP}: le travail que garde la ${frGate(p.gate)} n’est pas dans la campagne ${p.epicKey}`,
  gateUnknown: (p) => `gateId${NNBSP}: la campagne ${p.epicKey} n’a pas de validation ${quote('fr', p.gateId)}`,
  aiNotJson: `engine${NNBSP}: la réponse de l’IA n’est pas du JSON${NNBSP}; rien n’a été proposé. Réessayez ou utilisez la bibliothèque de tâches.`,
  aiWrongShape: (p) => `engine${NNBSP}: la réponse de l’IA ne suit pas le schéma des tâches (${p.problem})${NNBSP}; rien n’a été proposé.`,
  gateElsewhere: (p) => `gateId${NNBSP}: la ${frGate(p.gate)} ne garde pas ${p.issueKey}${NNBSP}; ouvrez-la depuis ${p.openFrom}`,
};
