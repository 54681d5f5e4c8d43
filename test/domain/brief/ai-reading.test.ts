import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aiBriefMessages } from '../../../src/domain/brief/ai-prompt';
import { fieldsToAsk, mergeAiAnswer } from '../../../src/domain/brief/ai-reading';
import { briefLines } from '../../../src/domain/brief/parse-brief';
import { withAiReading } from '../../../src/usecases/planning/ai-brief';
import type { LanguageModelPort } from '../../../src/usecases/ports/language-model';
import { PEOPLE, parseStorage } from './helpers';

const DRAFT = readFileSync(join(__dirname, '../../fixtures/briefs/02-fr-draft-ambiguous.html'), 'utf8');
const page = { id: '42', title: 'Brouillon', url: '/wiki/pages/42', version: 1, storage: DRAFT };
const lines = briefLines({ pageId: '42', title: 'x', url: '/x', version: 1, storage: DRAFT, people: PEOPLE });
const parsed = parseStorage(DRAFT, { today: '2026-12-06', readerLanguage: 'fr' });
const answer = (values: unknown[]): string => JSON.stringify({ values });

describe('the optional AI reading of a brief', () => {
  it('asks only for the fields the reader did not find, never the date waiting for the PM', () => {
    expect(parsed.fields.budget?.amount).toBe(95000);
    const asked = fieldsToAsk(parsed);
    expect(asked).toEqual(['objective', 'audience', 'channels', 'keyMessages']);
    const [system, user] = aiBriefMessages(lines, asked, '2026-12-06');
    expect(system?.content).toContain('field: one of objective, audience, channels, keyMessages.');
    expect(user?.content).toContain('Lancement prévu le 03/09/2027 normalement');
  });

  it('adds the values that pass the schema and quote the brief, as proposals of the AI', () => {
    const merged = mergeAiAnswer(
      parsed,
      answer([
        {
          field: 'objective',
          value: 'Relancer les clients dormants avec une offre de printemps',
          quote: 'Idée : relancer les clients dormants avec une offre de printemps.',
        },
        // Not asked (the reader found the budget with its approximation): the reader's value stays.
        {
          field: 'budget',
          value: { amount: 100000, currency: 'EUR' },
          quote: 'On part sur un budget ~ 95 k€ ? à confirmer avec la finance.',
        },
        // Quotes a line that is not in the brief: dropped, and said.
        { field: 'audience', value: 'Clients dormants', quote: 'Cible : clients dormants depuis 12 mois' },
        // Not the field's shape: dropped.
        { field: 'channels', value: 'e-mail', quote: 'Kick-off le 5 janvier 2027 avec l’agence.' },
      ]),
      lines,
      fieldsToAsk(parsed),
      'fr',
    );
    expect(merged.outcome).toBe('used');
    expect(merged.parsed.fields.objective).toBe('Relancer les clients dormants avec une offre de printemps');
    expect(merged.parsed.fields.budget?.amount).toBe(95000);
    expect(merged.parsed.fields.audience).toBeUndefined();
    expect(merged.parsed.fields.channels).toBeUndefined();
    const objective = merged.parsed.brief.values.find((v) => v.field === 'objective');
    expect(objective).toMatchObject({ engine: 'ai', uncertain: true });
    expect(objective?.source).toBe(
      'proposé par l’IA d’après «\u202fIdée : relancer les clients dormants avec une offre de printemps.\u202f»',
    );
    expect(merged.parsed.brief.values.find((v) => v.field === 'budget')?.engine).toBeUndefined();
    expect(merged.parsed.brief.problems.filter((p) => p.includes('ne figure pas dans le brief'))).toHaveLength(1);
    expect(merged.parsed.brief.ai).toBe('used');
  });

  it('leaves the reading as it was when the answer is not the expected JSON', () => {
    const merged = mergeAiAnswer(parsed, 'Sure! The objective is to win back customers.', lines, fieldsToAsk(parsed), 'en');
    expect(merged.outcome).toBe('failed');
    expect(merged.parsed.fields).toEqual(parsed.fields);
    expect(merged.parsed.brief.ai).toBe('failed');
  });

  it('is off without a model, and never fails the reading when the model fails', async () => {
    const none: LanguageModelPort = { activeModel: () => Promise.resolve(undefined), chat: () => Promise.reject(new Error('unused')) };
    const off = await withAiReading(parsed, page, none, 'en', '2026-12-06');
    expect(off.brief.ai).toBe('unavailable');
    expect(off.fields).toEqual(parsed.fields);
    expect(off.brief.problems.at(-1)).toBe('Brief: no AI model is available on this site; only the reader’s values are shown');
    const broken: LanguageModelPort = { activeModel: () => Promise.resolve('m'), chat: () => Promise.reject(new Error('down')) };
    expect((await withAiReading(parsed, page, broken, 'en', '2026-12-06')).brief.ai).toBe('failed');
    const calls: string[] = [];
    const ok: LanguageModelPort = {
      activeModel: () => Promise.resolve('m'),
      chat: (_m, messages) => {
        calls.push(messages.map((m) => m.content).join('\n'));
        return Promise.resolve(answer([{ field: 'audience', value: 'Clients dormants', quote: 'relancer les clients dormants' }]));
      },
    };
    const used = await withAiReading(parsed, page, ok, 'en', '2026-12-06');
    expect(used.fields.audience).toBe('Clients dormants');
    expect(calls).toHaveLength(1);
  });
});
