import { DomainError } from '../errors';
import type { DecideRefusalCode } from './may-decide';
import type { DelegateRefusalCode } from './may-delegate';
import type { Message } from '../../wording/messages';

/** A refusal of the sign-off rules: its code, its words (rendered in the reader's locale), the field it is about. */
type Refusal = { code: DecideRefusalCode | DelegateRefusalCode | 'INVALID_INPUT'; message: string; wording?: Message; field?: string };

/**
 * A refusal as the resolver error to throw: who-may-not refusals are FORBIDDEN; a gate in the wrong state or a
 * repeated decision is INVALID_INPUT on `gateId` / `decision`; field problems keep their field.
 */
export function refusalError(refusal: Refusal): DomainError {
  const words = refusal.wording ?? refusal.message;
  switch (refusal.code) {
    case 'NOT_APPROVER':
    case 'SELF_APPROVAL':
      return new DomainError('FORBIDDEN', words);
    case 'GATE_WAITING':
    case 'GATE_CLOSED':
      return new DomainError('INVALID_INPUT', words, 'gateId');
    case 'ALREADY_DECIDED':
      return new DomainError('INVALID_INPUT', words, 'decision');
    case 'INVALID_DELEGATE':
      return new DomainError('INVALID_INPUT', words, refusal.field ?? 'toAccountId');
    case 'INVALID_UNTIL':
      return new DomainError('INVALID_INPUT', words, refusal.field ?? 'until');
    case 'INVALID_INPUT':
      return new DomainError('INVALID_INPUT', words, refusal.field);
  }
}
