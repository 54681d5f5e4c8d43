import type { GateStatus } from '../../contracts/campaign-panel';

/** Sign-off gate labels, the same in the issue panel and the status report. */
export const en = {
  signOff: 'Sign-off status',
  gateState: {
    waiting: 'Waiting',
    open: 'Open',
    approved: 'Approved',
    declined: 'Declined',
    changes_requested: 'Changes requested',
  } satisfies Record<GateStatus['state'], string>,
};

export const fr: typeof en = {
  signOff: 'Validations',
  gateState: {
    waiting: 'En attente',
    open: 'Ouverte',
    approved: 'Approuvée',
    declined: 'Refusée',
    changes_requested: 'Modifications demandées',
  },
};
