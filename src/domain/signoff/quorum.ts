import type { Quorum } from '../model';

/** Approvals a quorum needs out of `approvers` people (never more than there are). */
export function approvalsNeeded(quorum: Quorum, approvers: number): number {
  switch (quorum.kind) {
    case 'all':
      return approvers;
    case 'any':
      return Math.min(1, approvers);
    case 'count':
      return Math.min(quorum.n, approvers);
    case 'percent':
      return Math.min(approvers, Math.ceil((quorum.percent / 100) * approvers));
  }
}
