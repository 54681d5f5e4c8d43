import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Atlassian's specs live beside the project (`../shared/contracts`) or wherever CONTRACTS_DIR says; never in the repo. */
export const CONTRACTS_DIR = resolve(process.env.CONTRACTS_DIR ?? resolve(__dirname, '..', '..', '..', 'shared', 'contracts'));

export const contractsPresent = (): boolean => existsSync(resolve(CONTRACTS_DIR, 'jira', 'swagger-v3.v3.json'));

/** `describe` when the specs are there; otherwise a skipped suite that says which folder is missing. */
export function describeWithContracts(name: string, fn: () => void): void {
  if (contractsPresent()) {
    describe(name, fn);
    return;
  }
  describe.skip(`${name} (skipped: contracts folder ${CONTRACTS_DIR} is missing — see README "Atlassian specs")`, fn);
  // eslint-disable-next-line no-console
  console.warn(`[skipped] ${name}: contracts folder ${CONTRACTS_DIR} is missing`);
}
