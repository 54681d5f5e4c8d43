import { z } from 'zod';
import { defineResolver } from '../../src/resolvers/define';
import { AppError, toErrorResult } from '../../src/shared/result';

const echo = defineResolver(
  z.object({ issueKey: z.string().regex(/^[A-Z]+-\d+$/, 'must look like MKT-1') }).strict(),
  async (input) => input.issueKey,
  { maxPayloadBytes: 64 },
);
const context = (locale?: string) => ({ accountId: 'acc-1', ...(locale ? { locale } : {}) });

describe('resolver errors in the caller’s locale', () => {
  it('words a zod refusal in French, with its code, field, key and parameters', async () => {
    expect(await echo({ payload: { issueKey: 'nope' }, context: context('fr_FR') })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'issueKey',
        key: 'errors.fieldInvalid',
        params: { field: 'issueKey', problem: 'must look like MKT-1' },
        message: 'issueKey\u202f: must look like MKT-1',
      },
    });
  });

  it('keeps today’s English texts for an English or unknown locale', async () => {
    expect(!(await echo({ payload: { issueKey: 'nope' }, context: context('en_US') })).ok).toBe(true);
    const unknownField = await echo({ payload: { issueKey: 'MKT-1', x: 1 }, context: context() });
    expect(unknownField).toMatchObject({
      ok: false,
      error: { message: 'x: is not an accepted field', field: 'x', key: 'errors.fieldNotAccepted' },
    });
    const big = await echo({ payload: { issueKey: 'MKT-1'.padEnd(200, '1') }, context: context('de_DE') });
    expect(big).toMatchObject({
      ok: false,
      error: { message: 'payload: is 1 KB; the limit is 0 KB', field: 'payload', params: { kb: 1, limitKb: 0 } },
    });
    const notObject = await echo({ payload: 'text', context: context() });
    expect(notObject).toMatchObject({ ok: false, error: { field: 'payload', message: expect.stringMatching(/^payload: /) } });
  });

  it('words the sign-in refusal in the context’s locale even without an account', async () => {
    expect(await echo({ payload: {}, context: { locale: 'fr-FR' } })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'errors.signInNeeded', message: 'Cette action demande un utilisateur Jira connecté.' },
    });
  });

  it('keeps a plain-text AppError as it was, and words an unexpected failure generically', () => {
    expect(toErrorResult(new AppError('NOT_FOUND', 'No such sign-off', 'gateId'), 'fr_FR')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such sign-off', field: 'gateId' },
    });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(toErrorResult(new Error('boom'), 'fr_FR')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', key: 'errors.internal', message: 'Une erreur s’est produite de notre côté. Veuillez réessayer.' },
    });
    // An INTERNAL refusal in plain (English) words is a bug the app caught: worded generically too, and logged.
    expect(toErrorResult(new AppError('INTERNAL', 'Stored campaign MKT-7 is unreadable.'), 'fr_FR')).toMatchObject({
      error: { code: 'INTERNAL', key: 'errors.internal', message: 'Une erreur s’est produite de notre côté. Veuillez réessayer.' },
    });
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('gives Error.message in English for logs', () => {
    expect(new AppError('FORBIDDEN', { key: 'errors.projectNotVisible', params: { projectKey: 'MKT' } }).message).toBe(
      'Project MKT does not exist or you do not have permission to see it.',
    );
  });
});
