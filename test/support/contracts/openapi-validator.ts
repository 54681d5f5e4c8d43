import type { Exchange } from '../../../local/server/host';

export interface ContractValidator {
  /** Returns one message per mismatch (empty when the exchange matches the spec's operation). */
  validate(exchange: Exchange): string[];
}

/** Placeholder until the real validator lands: validates nothing. */
export function loadContractValidator(): ContractValidator | undefined {
  return undefined;
}
