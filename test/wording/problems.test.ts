import { z } from 'zod';
import { contractResolver } from '../../src/resolvers/define';
import { invalidInput } from '../../src/shared/result';
import { problemOf } from '../../src/domain/zod-issues';
import { IssueKey } from '../../src/contracts/fields';
import { PreviewKpiImportPayload } from '../../src/contracts/kpi';
import { problemIssue } from '../../src/wording/catalog/problems';

/** The envelope's message for `value` parsed by `schema`, for a reader in `locale`. */
const refusal = (schema: z.ZodTypeAny, value: unknown, locale: string) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  return invalidInput(parsed.error).messageFor(locale);
};

describe('problems of a malformed field, in the reader’s language', () => {
  const Shape = z
    .object({
      reservedPercent: z.number().int().min(0).max(90),
      title: z.string().trim().min(1).max(200),
      targets: z.array(z.string()).min(1).max(3),
      kind: z.enum(['cost', 'delay']),
      issueKey: IssueKey.optional(),
    })
    .strict();
  const good = { reservedPercent: 10, title: 'Visuals', targets: ['MKT-1'], kind: 'cost' };

  it.each([
    [{ ...good, reservedPercent: 95 }, 'reservedPercent: must be at most 90', 'reservedPercent\u202f: doit valoir au plus 90'],
    [{ ...good, reservedPercent: 2.5 }, 'reservedPercent: must be a whole number', 'reservedPercent\u202f: doit être un nombre entier'],
    [{ ...good, reservedPercent: 'ten' }, 'reservedPercent: must be a number', 'reservedPercent\u202f: doit être un nombre'],
    [{ ...good, title: ' ' }, 'title: must not be empty', 'title\u202f: ne doit pas être vide'],
    [{ ...good, title: 'x'.repeat(201) }, 'title: must be at most 200 characters', 'title\u202f: doit faire au plus 200\u202fcaractères'],
    [{ ...good, targets: [] }, 'targets: must hold at least 1 item', 'targets\u202f: doit contenir au moins 1\u202félément'],
    [{ ...good, kind: 'fun' }, 'kind: must be one of cost, delay', 'kind\u202f: doit être l’une des valeurs cost, delay'],
    [
      { ...good, issueKey: 'mkt 1' },
      'issueKey: must be an issue key like MKT-12',
      'issueKey\u202f: doit être une clé de ticket comme MKT-12',
    ],
    [{ reservedPercent: 10, targets: [], kind: 'cost' }, 'title: is required', 'title\u202f: est obligatoire'],
  ])('words a malformed field in English and French (%#)', (value, english, french) => {
    expect(refusal(Shape, value, 'en_US')).toBe(english);
    expect(refusal(Shape, value, 'fr_FR')).toBe(french);
  });

  it('words a cross-field problem the schema names by key, with its parameters', () => {
    const Pair = z
      .object({ id: z.string() })
      .superRefine((v, ctx) => ctx.addIssue({ code: 'custom', path: ['id'], ...problemIssue('duplicateId', { id: v.id }) }));
    expect(refusal(Pair, { id: 'brief' }, 'en')).toBe('id: duplicate id ‘brief’');
    expect(refusal(Pair, { id: 'brief' }, 'fr')).toBe('id\u202f: identifiant «\u202fbrief\u202f» en double');
  });

  it('finds a schema’s own text for a built-in check again from the check’s figures', () => {
    const payload = { epicKey: 'MKT-1', csv: 'x'.repeat(400 * 1024 + 1) };
    expect(refusal(PreviewKpiImportPayload, payload, 'en')).toBe('csv: the file must be at most 400 KB');
    expect(refusal(PreviewKpiImportPayload, payload, 'fr')).toBe('csv\u202f: le fichier doit faire au plus 400\u202fKo');
    expect(refusal(PreviewKpiImportPayload, { epicKey: 'MKT-1', csv: '' }, 'fr')).toBe('csv\u202f: le fichier est vide');
  });

  it('keeps a schema text the catalogue does not hold as it came, and never guesses a key for it', () => {
    const Odd = z.object({ code: z.string().regex(/^x/, 'must start with x') });
    const parsed = Odd.safeParse({ code: 'y' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(problemOf(parsed.error.issues[0]!)).toBeUndefined();
    expect(refusal(Odd, { code: 'y' }, 'fr')).toBe('code\u202f: must start with x');
  });
});

describe('a resolver’s refusal of a French user’s malformed payload', () => {
  const setCapacity = contractResolver('setPersonCapacity', () => Promise.reject(new Error('never reached')));

  it('is in French, keyed, and names the field', async () => {
    const payload = { accountId: 'acc-noah', capacity: { hoursPerWeek: 28, reservedPercent: 95, timeOff: [] } };
    const fr = await setCapacity({ payload, context: { accountId: 'acc-1', locale: 'fr_FR' } });
    expect(fr).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'capacity.reservedPercent',
        key: 'problems.atMost',
        params: { field: 'capacity.reservedPercent', max: 90 },
        message: 'capacity.reservedPercent\u202f: doit valoir au plus 90',
      },
    });
    const en = await setCapacity({ payload, context: { accountId: 'acc-1', locale: 'en_GB' } });
    expect(en).toMatchObject({ ok: false, error: { message: 'capacity.reservedPercent: must be at most 90' } });
  });
});
