import type { DecisionKind } from '../../domain/model';
import { dayInWords } from '../format';
import { plural } from '../plural';
import { elided, gateInEnglish, gateInFrench, NNBSP } from '../typography';

type CommentState = 'open' | 'approved' | 'declined' | 'changes_requested' | 'waiting';

/** A date in words; a value that is not a calendar day (never from the app) is shown as it came. */
const day = (lang: 'en' | 'fr', iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayInWords(lang, iso) : iso);

const EN_VERB: Record<DecisionKind, string> = { approve: 'approved', decline: 'declined', request_changes: 'requested changes on' };
const FR_VERB: Record<DecisionKind, string> = { approve: 'approuvé', decline: 'refusé', request_changes: 'demandé des modifications sur' };

/**
 * The words of the Jira comments a sign-off decision and the daily reminder post (the adapter builds the ADF around
 * them, with mentions). A decision comment posted as the approver speaks in the first person (« J’ai approuvé… »), so
 * it never mentions its own author; posted later by the app, it names them. `gate` is the gate's phrase after the
 * lead (set in bold by the adapter): « validation Juridique », or « validation des messages » for a gate named so.
 */
export const en = {
  and: ' and ',
  /** The lead of a decision comment, before the gate's phrase. */
  leadSelf: (p: { decision: DecisionKind }) => `I ${EN_VERB[p.decision]} the `,
  leadOther: (p: { actor: string; decision: DecisionKind }) => `${p.actor} ${EN_VERB[p.decision]} the `,
  gate: (p: { name: string }) => gateInEnglish(p.name),
  outcome: {
    approved: 'The gate is approved.',
    declined: 'The gate is declined.',
    changes_requested: 'The work goes back to the team; the gate reopens once it is marked ready for review again.',
    waiting: '',
  } satisfies Record<Exclude<CommentState, 'open'>, string>,
  /** Before the first pending approver's mention. */
  waitingOn: (p: { first: string }): string => (p.first === '' ? 'Waiting for ' : 'Still waiting for '),
  onBehalfOf: ' on behalf of ',
  reasonLabel: 'Reason: ',
  commentLabel: 'Comment: ',
  pmLabel: 'PM: ',
  reminder: 'Reminder: the ',
  reminderLate: (p: { days: number; due: string }) =>
    ` is ${p.days} business ${p.days === 1 ? 'day' : 'days'} late (due ${day('en', p.due)}). `,
  reminderDue: (p: { due: string }) => ` is due on ${day('en', p.due)}. `,
  escalatedTo: 'Escalated to ',
  escalatedWhy: ': a sign-off is late.',
};

export const fr: typeof en = {
  and: ' et ',
  leadSelf: (p) => `J’ai ${FR_VERB[p.decision]} la `,
  leadOther: (p) => `${p.actor} a ${FR_VERB[p.decision]} la `,
  gate: (p) => gateInFrench(p.name),
  outcome: {
    approved: 'La validation est approuvée.',
    declined: 'La validation est refusée.',
    changes_requested: `Le travail retourne à l’équipe${NNBSP}; la validation rouvrira quand il sera de nouveau prêt pour revue.`,
    waiting: '',
  },
  // « En attente d’Alex Partner », « En attente de Sophie Laurent »: the short word is elided before the name.
  waitingOn: (p) => `En attente ${elided('de', p.first)}`,
  onBehalfOf: ' pour le compte de ',
  reasonLabel: `Motif${NNBSP}: `,
  commentLabel: `Commentaire${NNBSP}: `,
  pmLabel: `Cheffe de projet${NNBSP}: `,
  reminder: `Rappel${NNBSP}: la `,
  reminderLate: (p) =>
    ` est en retard de ${p.days}${NNBSP}${plural('fr', p.days, { one: 'jour ouvré', other: 'jours ouvrés' })} (échéance le ${day('fr', p.due)}). `,
  reminderDue: (p) => ` est à rendre le ${day('fr', p.due)}. `,
  escalatedTo: 'Escaladé à ',
  escalatedWhy: `${NNBSP}: une validation est en retard.`,
};
