import { defineAction, type ActionCaller } from '../../src/actions/define-action';
import { rovoActionContracts, type RovoActionKey } from '../../src/contracts/rovo';

/**
 * The Rovo actions' transport on its own (no host): whatever a model puts in the payload, identity comes only from the
 * invocation's principal, every input is zod-checked before the use case runs, and Rovo's own `context` (where the
 * chat is) is read only in its shape. The use case here records what it was given.
 */
describe('Rovo action inputs and identity', () => {
  const seen: { input: unknown; caller: ActionCaller }[] = [];
  const handlerOf = (key: RovoActionKey) =>
    defineAction(
      key,
      async (input, caller) => {
        seen.push({ input, caller });
        return { done: true };
      },
      async () => 'fr_FR',
    );
  const as = (accountId: string) => ({ principal: { accountId } });
  beforeEach(() => (seen.length = 0));

  it('refuses an invocation without a principal, whatever the payload names', async () => {
    const answer = await handlerOf('pending-signoffs')({ accountId: 'someone' }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'errors.signInNeeded' } });
    expect(seen).toEqual([]);
  });

  it('acts as the principal; an account id in the inputs is refused, not used', async () => {
    const answer = await handlerOf('pending-signoffs')({ accountId: 'lea' }, as('ines'));
    expect(answer).toMatchObject({ ok: false, language: 'fr', error: { code: 'INVALID_INPUT', field: 'accountId' } });
    await handlerOf('pending-signoffs')({}, as('ines'));
    expect(seen.map((s) => s.caller.user)).toEqual([{ accountId: 'ines', locale: 'fr_FR' }]);
  });

  const junk: [string, unknown, string][] = [
    ['a number for a key', { campaignKey: 12 }, 'campaignKey'],
    ['a JQL fragment for a key', { campaignKey: 'MKT-12 OR project = HR' }, 'campaignKey'],
    ['a lower-case key', { campaignKey: 'mkt-12' }, 'campaignKey'],
    ['an array', { campaignKey: ['MKT-12'] }, 'campaignKey'],
    ['an object', { campaignKey: { key: 'MKT-12' } }, 'campaignKey'],
    ['an unknown field', { campaignKey: 'MKT-12', admin: true }, 'admin'],
  ];
  it.each(junk)('refuses %s before any work, naming the field', async (_, payload, field) => {
    for (const key of ['campaign-status', 'kpis-vs-targets', 'draft-status-report'] as const) {
      const answer = await handlerOf(key)(payload, as('camille'));
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    }
    expect(seen).toEqual([]);
  });

  it('checks numbers and lengths: weeks 1 to 26, a goal of at most 4000 characters', async () => {
    for (const weeks of [0, 27, 2.5, '12'])
      expect(await handlerOf('over-allocated-people')({ weeks }, as('camille'))).toMatchObject({ ok: false, error: { field: 'weeks' } });
    expect(await handlerOf('propose-breakdown')({ goal: 'x'.repeat(4001) }, as('camille'))).toMatchObject({
      ok: false,
      error: { field: 'goal' },
    });
    expect(seen).toEqual([]);
  });

  it('reads empty inputs as not given, and takes Rovo’s context only in its shape', async () => {
    await handlerOf('campaign-status')({ campaignKey: '', context: { jira: { issueKey: 'MKT-12', projectKey: 'MKT' } } }, as('camille'));
    await handlerOf('campaign-status')({ context: { jira: { issueKey: 'not a key' } } }, as('camille'));
    await handlerOf('campaign-status')('not an object', as('camille'));
    expect(seen.map((s) => [s.input, s.caller.issueKey ?? null, s.caller.projectKey ?? null])).toEqual([
      [{}, 'MKT-12', 'MKT'],
      [{}, null, null],
      [{}, null, null],
    ]);
  });

  it('gives every action an input schema that refuses unknown fields', () => {
    for (const [key, c] of Object.entries(rovoActionContracts))
      expect([key, c.input.safeParse({ unexpected: 1 }).success]).toEqual([key, false]);
  });
});
