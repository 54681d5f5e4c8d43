import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseBrief } from '../../../src/domain/brief/parse-brief';
import { PEOPLE } from './helpers';

/**
 * The brief test set (test/fixtures/briefs): briefs written the way people write them (FR and EN, tables, prose,
 * Page Properties, ADF, drafts with ambiguity). Each `<id>.expected.json` lists the values expected, their sources,
 * which are uncertain, the choices offered, the problems and the lines not understood; every problem the reader
 * gives must be expected, and every expected one given.
 */
const DIR = join(__dirname, '../../fixtures/briefs');

const Expected = z
  .object({
    about: z.string(),
    today: z.string(),
    readerLanguage: z.enum(['en', 'fr']).optional(),
    picks: z.object({ launchDate: z.string().optional() }).optional(),
    campaignCurrency: z.string().optional(),
    values: z.record(z.unknown()),
    absent: z.array(z.string()).optional(),
    sources: z.record(z.string()).optional(),
    uncertain: z.array(z.string()).optional(),
    choices: z
      .array(z.object({ field: z.string(), raw: z.string(), options: z.array(z.string()), picked: z.string().optional() }))
      .optional(),
    problems: z.array(z.string()),
    unread: z.array(z.string()).optional(),
  })
  .strict();

const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();

function body(id: string): { storage: string } | { adf: unknown } {
  const files = readdirSync(DIR);
  if (files.includes(`${id}.html`)) return { storage: readFileSync(join(DIR, `${id}.html`), 'utf8') };
  return { adf: JSON.parse(readFileSync(join(DIR, `${id}.adf.json`), 'utf8')) as unknown };
}

/** Pairs each given text with one expected excerpt it contains; what is left on either side is reported. */
function unmatched(given: string[], expected: string[]): { unexpected: string[]; missing: string[] } {
  const left = [...expected];
  const unexpected: string[] = [];
  for (const text of given) {
    const i = left.findIndex((e) => text.includes(e));
    if (i >= 0) left.splice(i, 1);
    else unexpected.push(text);
  }
  return { unexpected, missing: left };
}

describe('the brief test set', () => {
  it('holds at least 12 briefs, in both languages, as storage and as ADF', () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const files = readdirSync(DIR);
    expect(files.filter((f) => f.endsWith('.adf.json')).length).toBeGreaterThanOrEqual(2);
    expect(ids.filter((id) => /-fr-/.test(id)).length).toBeGreaterThanOrEqual(4);
    expect(ids.filter((id) => /-en-/.test(id)).length).toBeGreaterThanOrEqual(4);
  });

  describe.each(ids)('%s', (id) => {
    const expected = Expected.parse(JSON.parse(readFileSync(join(DIR, `${id}.expected.json`), 'utf8')));
    const parsed = parseBrief({
      pageId: '42',
      title: id,
      url: `/wiki/pages/42`,
      version: 1,
      ...body(id),
      people: PEOPLE,
      today: expected.today,
      ...(expected.readerLanguage ? { readerLanguage: expected.readerLanguage } : {}),
      ...(expected.picks ? { picks: expected.picks } : {}),
      ...(expected.campaignCurrency ? { campaignCurrency: expected.campaignCurrency } : {}),
    });
    const fields = parsed.fields as Record<string, unknown>;
    const valueOf = (field: string) => parsed.brief.values.find((v) => v.field === field);

    it('reads the values expected, and not the ones it must not', () => {
      for (const [field, value] of Object.entries(expected.values)) expect({ field, value: fields[field] }).toEqual({ field, value });
      for (const field of expected.absent ?? []) expect({ field, value: fields[field] }).toEqual({ field, value: undefined });
    });

    it('cites where each value was read, and says which are uncertain', () => {
      for (const [field, source] of Object.entries(expected.sources ?? {})) expect(valueOf(field)?.source).toContain(source);
      for (const v of parsed.brief.values) expect(v.engine ?? 'reader').toBe('reader');
      if (expected.uncertain)
        expect(parsed.brief.values.filter((v) => v.uncertain).map((v) => v.field)).toEqual(expect.arrayContaining(expected.uncertain));
      if (expected.uncertain) expect(parsed.brief.values.filter((v) => v.uncertain)).toHaveLength(expected.uncertain.length);
    });

    it('offers the choices expected', () => {
      const offered = (parsed.brief.choices ?? []).map(({ source: _source, ...c }) => c);
      expect(offered).toEqual(expected.choices ?? []);
    });

    it('gives exactly the problems expected', () => {
      expect(unmatched(parsed.brief.problems, expected.problems)).toEqual({ unexpected: [], missing: [] });
    });

    it('lists the lines it did not understand', () => {
      const unread = (parsed.brief.unread ?? []).map((u) => u.text);
      expect(unmatched(unread, expected.unread ?? [])).toEqual({ unexpected: [], missing: [] });
    });
  });
});
