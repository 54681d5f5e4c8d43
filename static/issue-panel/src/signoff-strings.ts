import type { DecisionKind, SignOffRecordLine } from './types';

type Changed = 'summary' | 'description' | 'attachments';

/** The words of `SignOffStrings` that take no argument, one string each (in groups that keep lines short). */
type SignOffLabelA = 'reason' | 'required' | 'optional' | 'comment' | 'confirm' | 'cancel' | 'sending' | 'delegate';
type SignOffLabelB = 'delegateTo' | 'choosePerson' | 'personNeeded' | 'until' | 'untilNeeded' | 'loadingPeople';
type SignOffLabelC = 'recordEmpty' | 'contentHash' | 'exportCsv' | 'exportCampaign' | 'exporting' | 'colon';

/** The words of the sign-off actions, forms and record (the gate summary's words are in i18n.ts). */
export interface SignOffStrings extends Record<SignOffLabelA | SignOffLabelB | SignOffLabelC, string> {
  decide: Record<DecisionKind, string>;
  /** A decision in the record, as what was done (« Approuvé par … »), not as the button that does it. */
  decided: Record<DecisionKind, string>;
  formTitle: Record<DecisionKind, (gate: string) => string>;
  reasonNeeded: Record<DecisionKind, string>;
  recorded: Record<DecisionKind, string>;
  commentNotPosted: (why: string) => string;
  transitioned: (status: string) => string;
  decidingFor: (name: string) => string;
  unavailable: (why: string) => string;
  stale: (fields: string, when: string, many: boolean) => string;
  changed: Record<Changed, string>;
  list: (items: string[]) => string;
  delegationInForce: (from: string, to: string, until: string) => string;
  delegateTitle: (gate: string) => string;
  delegated: (to: string) => string;
  record: (n: number) => string;
  entry: Record<SignOffRecordLine['type'], string>;
  by: (who: string) => string;
  onBehalfOf: (name: string) => string;
  download: (file: string, rows: number) => string;
}

const en: SignOffStrings = {
  decide: { approve: 'Approve', decline: 'Decline', request_changes: 'Request changes' },
  decided: { approve: 'Approved', decline: 'Declined', request_changes: 'Changes requested' },
  formTitle: { approve: (g) => `Approve “${g}”`, decline: (g) => `Decline “${g}”`, request_changes: (g) => `Request changes to “${g}”` },
  reason: 'Reason',
  required: '(required)',
  optional: '(optional)',
  comment: 'Comment',
  confirm: 'Confirm',
  cancel: 'Cancel',
  sending: 'Recording…',
  reasonNeeded: {
    approve: 'Give a reason.',
    decline: 'Give a reason to decline: this gate requires one.',
    request_changes: 'Say what needs to change.',
  },
  recorded: {
    approve: 'Your approval is recorded.',
    decline: 'Your decline is recorded.',
    request_changes: 'Your request for changes is recorded; the work goes back to the team.',
  },
  commentNotPosted: (why) => `The decision is recorded, but the Jira comment could not be added${why ? `: ${why}` : '.'}`,
  transitioned: (status) => `The issue moved to “${status}”.`,
  decidingFor: (name) => `You decide on behalf of ${name}.`,
  unavailable: (why) => `Decisions can’t be made right now: ${why}`,
  stale: (fields, when, many) =>
    `Earlier approvals no longer count: the ${fields} ${many ? 'were' : 'was'} changed on ${when}. Please review again.`,
  changed: { summary: 'summary', description: 'description', attachments: 'attachment list' },
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  delegationInForce: (from, to, until) => `${from} delegated this decision to ${to} until ${until}.`,
  delegate: 'Delegate',
  delegateTitle: (g) => `Delegate “${g}”`,
  delegateTo: 'Delegate to',
  choosePerson: 'Choose a person',
  personNeeded: 'Choose who decides for you.',
  until: 'Until',
  untilNeeded: 'Give the last day of the delegation (today or later).',
  loadingPeople: 'Loading people…',
  delegated: (to) => `${to} can now decide for you.`,
  record: (n) => `Record (${n} ${n === 1 ? 'entry' : 'entries'})`,
  recordEmpty: 'Nothing recorded yet.',
  entry: { decision: 'Decision', delegation: 'Delegation', stale: 'Content changed', ready: 'Ready again' },
  by: (who) => `by ${who}`,
  onBehalfOf: (name) => `on behalf of ${name}`,
  contentHash: 'Content hash',
  exportCsv: 'Export CSV',
  exportCampaign: 'Export the campaign’s record (CSV)',
  exporting: 'Exporting…',
  colon: ': ',
  download: (file, rows) => `Download ${file} (${rows} ${rows === 1 ? 'row' : 'rows'})`,
};

const fr: SignOffStrings = {
  decide: { approve: 'Approuver', decline: 'Refuser', request_changes: 'Demander des modifications' },
  decided: { approve: 'Approuvé', decline: 'Refusé', request_changes: 'Modifications demandées' },
  formTitle: {
    approve: (g) => `Approuver « ${g} »`,
    decline: (g) => `Refuser « ${g} »`,
    request_changes: (g) => `Demander des modifications pour « ${g} »`,
  },
  reason: 'Motif',
  required: '(obligatoire)',
  optional: '(facultatif)',
  comment: 'Commentaire',
  confirm: 'Confirmer',
  cancel: 'Annuler',
  sending: 'Enregistrement…',
  reasonNeeded: {
    approve: 'Indiquez un motif.',
    decline: 'Indiquez le motif du refus\u202f: cette validation l’exige.',
    request_changes: 'Indiquez ce qui doit changer.',
  },
  recorded: {
    approve: 'Votre approbation est enregistrée.',
    decline: 'Votre refus est enregistré.',
    request_changes: 'Votre demande de modifications est enregistrée\u202f; le travail retourne à l’équipe.',
  },
  commentNotPosted: (why) => `La décision est enregistrée, mais le commentaire Jira n’a pas pu être ajouté${why ? `\u202f: ${why}` : '.'}`,
  transitioned: (status) => `Le ticket est passé à « ${status} ».`,
  decidingFor: (name) => `Vous décidez pour le compte de ${name}.`,
  unavailable: (why) => `Impossible de décider pour le moment\u202f: ${why}`,
  stale: (fields, when, many) =>
    `Les approbations précédentes ne comptent plus\u202f: ${fields} ${many ? 'ont' : 'a'} changé le ${when}. Merci de revoir le contenu.`,
  changed: { summary: 'le résumé', description: 'la description', attachments: 'les pièces jointes' },
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`),
  delegationInForce: (from, to, until) => `${from} a délégué cette décision à ${to} jusqu’au ${until}.`,
  delegate: 'Déléguer',
  delegateTitle: (g) => `Déléguer « ${g} »`,
  delegateTo: 'Déléguer à',
  choosePerson: 'Choisissez une personne',
  personNeeded: 'Choisissez qui décide à votre place.',
  until: 'Jusqu’au',
  untilNeeded: 'Indiquez le dernier jour de la délégation (aujourd’hui ou plus tard).',
  loadingPeople: 'Chargement des personnes…',
  delegated: (to) => `${to} peut désormais décider à votre place.`,
  record: (n) => `Historique (${n} ${n < 2 ? 'entrée' : 'entrées'})`,
  recordEmpty: 'Rien n’est encore enregistré.',
  entry: { decision: 'Décision', delegation: 'Délégation', stale: 'Contenu modifié', ready: 'De nouveau prêt' },
  by: (who) => `par ${who}`,
  onBehalfOf: (name) => `pour le compte de ${name}`,
  contentHash: 'Empreinte du contenu',
  exportCsv: 'Exporter en CSV',
  exportCampaign: 'Exporter l’historique de la campagne (CSV)',
  exporting: 'Export…',
  colon: '\u202f: ',
  download: (file, rows) => `Télécharger ${file} (${rows} ${rows < 2 ? 'ligne' : 'lignes'})`,
};

export const signOffStringsFor = (lang: 'en' | 'fr'): SignOffStrings => (lang === 'fr' ? fr : en);
