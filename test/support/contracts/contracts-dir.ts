import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root (this file lives in `<root>/test/support/contracts`). */
export const repoRoot = resolve(__dirname, '..', '..', '..');

/** Where Atlassian's specs and samples live: `CONTRACTS_DIR`, else `<repoRoot>/../shared/contracts`. */
export function contractsDir(): string {
  return process.env.CONTRACTS_DIR ?? resolve(repoRoot, '..', 'shared', 'contracts');
}

export function contractsAvailable(): boolean {
  return existsSync(contractsDir());
}

export const contractFile = (...parts: string[]): string => resolve(contractsDir(), ...parts);

/**
 * `describe` when the contracts folder exists, otherwise `describe.skip` with a warning that names the folder,
 * so a checkout without `../shared/contracts` still runs the rest of the suite.
 */
export function describeWithContracts(name: string, fn: () => void): void {
  if (contractsAvailable()) {
    describe(name, fn);
    return;
  }
  console.warn(`[contracts] skipping "${name}": contracts folder ${contractsDir()} is missing (set CONTRACTS_DIR)`);
  describe.skip(name, fn);
}
