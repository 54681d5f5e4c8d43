import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { resolverContracts, type ResolverName } from '../../src/contracts/registry';
import { registeredResolvers } from '../../src/resolvers/registered';

const ROOT = join(__dirname, '../..');
const names = Object.keys(resolverContracts) as ResolverName[];
const CONTEXT = { accountId: 'contract-test-user' };

/** Top-level payload fields of a contract schema (`z.object(...).strict()`, possibly refined or with defaults). */
function payloadFields(schema: z.ZodTypeAny): string[] {
  let s: z.ZodTypeAny = schema;
  while (s instanceof z.ZodEffects || s instanceof z.ZodDefault || s instanceof z.ZodOptional)
    s = s instanceof z.ZodEffects ? s.innerType() : s._def.innerType;
  if (!(s instanceof z.ZodObject)) throw new Error('a payload contract must be a zod object');
  return Object.keys(s.shape as Record<string, unknown>);
}

/** A payload cell without its nested objects (`mapping:{timeColumn, kpis:[{column}]}` → `mapping:`), at any depth. */
function withoutNested(payload: string): string {
  let out = payload;
  for (let previous = ''; previous !== out;) [previous, out] = [out, out.replace(/\{[^{}]*\}/g, '')];
  return out;
}

/** The README's resolver table: name → the payload fields it documents (`{issueKey?, refresh?}` → issueKey, refresh). */
function readmeTable(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Resolvers (public contract)'));
  const table = new Map<string, string[]>();
  for (const line of section.split('\n').slice(3)) {
    if (!line.startsWith('|')) break;
    const [nameCell = '', payloadCell = ''] = line.split(' | ');
    const resolverNames = Array.from(nameCell.matchAll(/`(\w+)`/g), (m) => m[1] ?? '');
    // Only the first `{...}` is the payload; for "a / b" rows each resolver's payload is given in turn.
    const payloads = Array.from(payloadCell.matchAll(/`\{([^`]*)\}`/g), (m) => m[1] ?? '');
    resolverNames.forEach((name, i) => {
      const payload = payloads[Math.min(i, payloads.length - 1)] ?? '';
      const fields = Array.from(withoutNested(payload).matchAll(/(\w+)\??\s*(?::|,|$|\|)/g), (m) => m[1] ?? '').filter(Boolean);
      table.set(name, fields);
    });
  }
  return table;
}

describe('the resolver contract (src/contracts/registry.ts)', () => {
  it.each(names)('%s refuses a field its contract lacks, naming it', async (name) => {
    const answer = await registeredResolvers[name]({ payload: { notInTheContract: 1 }, context: CONTEXT });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'notInTheContract' } });
  });

  it.each(names)('%s accepts every field its contract has (a wrong value is refused as that field, not as unknown)', async (name) => {
    for (const field of payloadFields(resolverContracts[name].payload)) {
      const answer = await registeredResolvers[name]({ payload: { [field]: Symbol.for('not-json') }, context: CONTEXT });
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.message).not.toMatch(/is not an accepted field/);
    }
  });

  it('documents every resolver of the contract in the README, with fields the contract has', () => {
    const table = readmeTable();
    for (const name of names) {
      expect([name, table.has(name)]).toEqual([name, true]);
      const fields = payloadFields(resolverContracts[name].payload);
      for (const field of table.get(name) ?? []) expect([name, field, fields.includes(field)]).toEqual([name, field, true]);
    }
  });
});
