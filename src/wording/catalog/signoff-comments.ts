import type { DecisionKind } from '../../domain/model';

type CommentState = 'open' | 'approved' | 'declined' | 'changes_requested' | 'waiting';

/**
 * The words of the Jira comments a sign-off decision and the daily reminder post (the adapter builds the ADF around
 * them, with mentions). Texts are today's, unchanged.
 */
export const en = {
  and: ' and ',
  verb: { approve: 'approved', decline: 'declined', request_changes: 'requested changes on' } satisfies Record<DecisionKind, string>,
  outcome: {
    open: 'Still waiting for ',
    approved: 'The gate is approved.',
    declined: 'The gate is declined.',
    changes_requested: 'The work goes back to the team; the gate reopens once it is marked ready for review again.',
    waiting: '',
  } satisfies Record<CommentState, string>,
  onBehalfOf: ' on behalf of ',
  reasonLabel: 'Reason: ',
  commentLabel: 'Comment: ',
  pmLabel: 'PM: ',
  reminder: 'Reminder: the sign-off ',
  reminderLate: (p: { days: number; due: string }) => ` is ${p.days} business day(s) late (due ${p.due}). `,
  reminderDue: (p: { due: string }) => ` is due on ${p.due}. `,
  waitingFor: 'Waiting for ',
  escalatedTo: 'Escalated to ',
  escalatedWhy: ': a sign-off is late.',
};

export const fr: typeof en = {
  and: ' et ',
  verb: { approve: 'a approuvé', decline: 'a refusé', request_changes: 'a demandé des modifications sur' },
  outcome: {
    open: 'En attente de ',
    approved: 'Le jalon de validation est approuvé.',
    declined: 'Le jalon de validation est refusé.',
    changes_requested: 'Le travail retourne à l’équipe ; la validation rouvrira quand il sera de nouveau prêt pour revue.',
    waiting: '',
  },
  onBehalfOf: ' pour le compte de ',
  reasonLabel: 'Motif : ',
  commentLabel: 'Commentaire : ',
  pmLabel: 'Cheffe de projet : ',
  reminder: 'Rappel : la validation ',
  reminderLate: (p) => ` est en retard de ${p.days} jour(s) ouvré(s) (échéance ${p.due}). `,
  reminderDue: (p) => ` est à rendre le ${p.due}. `,
  waitingFor: 'En attente de ',
  escalatedTo: 'Escaladé à ',
  escalatedWhy: ' : une validation est en retard.',
};
