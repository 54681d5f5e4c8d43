import { resolverContracts, type ResolverName } from '../../src/contracts/registry';
import { ResolverFailure } from './call';

/**
 * Development builds only (see ./invoke): an answer that does not match its contract fails loudly, so a UI
 * never silently reads a field the resolver stopped sending. This file imports zod through the registry.
 */
export function checkResult(name: ResolverName, data: unknown): void {
  const parsed = resolverContracts[name].result.safeParse(data);
  if (parsed.success) return;
  const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  console.error(`${name} answered outside its contract`, parsed.error.issues);
  throw new ResolverFailure('INTERNAL', `${name} answered outside its contract: ${where}`);
}
