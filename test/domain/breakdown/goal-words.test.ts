import { keywordHits, matchPatterns, suggestFromPatterns, TASK_PATTERNS } from '../../../src/domain/breakdown';

const NNBSP = '\u202f';
const ids = (goal: string, channels: string[] = []): string[] => matchPatterns(goal, channels).map((h) => h.patternId);
const fr = (goal: string, channels: string[] = []) => suggestFromPatterns({ goal, channels, language: 'fr', reasonLanguage: 'fr' });
const q = (s: string): string => `«${NNBSP}${s}${NNBSP}»`;

describe('paid before organic', () => {
  it.each([
    ['Réseaux sociaux payants pour le Black Friday', ['paid-social']],
    ['RESEAUX SOCIAUX PAYANTS', ['paid-social']],
    ['Un réseau social payant et un emailing', ['email', 'paid-social']],
    ['Publicité sur les réseaux sociaux', ['paid-social']],
    ['Posts sponsorisés sur Instagram', ['social', 'paid-social']],
    ['Facebook ads and Instagram posts', ['social', 'paid-social']],
    ['Publications sur les réseaux sociaux', ['social']],
  ])('%s → %j', (goal, expected) => {
    expect(ids(goal)).toEqual(expected);
  });

  it('lets the longest phrase use up its words: nothing of "réseaux sociaux payants" is read as organic', () => {
    const hits = keywordHits('Campagne réseaux sociaux payants', TASK_PATTERNS);
    expect(hits.has('social')).toBe(false);
    expect(hits.get('paid-social')).toEqual(['réseaux sociaux payants']);
  });
});

describe('reasons in the goal’s own words', () => {
  it('quote the words as typed, accents and case kept', () => {
    const out = fr('Réseaux sociaux payants et une Vidéo teaser');
    const reasonsOf = (id: string): string[] => out.tasks.find((t) => t.taskId === id)?.reasons ?? [];
    expect(reasonsOf('paid-social-plan')).toEqual([`${q('Réseaux sociaux payants')} trouvé dans l’objectif`]);
    expect(reasonsOf('video-script')).toEqual([`${q('Vidéo')} trouvé dans l’objectif`, `${q('teaser')} trouvé dans l’objectif`]);
    const all = out.tasks.flatMap((t) => t.reasons).join(' ');
    expect(all).not.toMatch(/reseaux|video/);
  });

  it('say each thing once: a word repeated in the goal, or a channel that says the same, is not repeated', () => {
    const out = fr('Influenceurs : brief des influenceurs et Influence', ['influencers', 'influence']);
    const reasons = out.tasks.find((t) => t.taskId === 'influencer-shortlist')?.reasons;
    expect(reasons).toEqual([`${q('Influenceurs')} trouvé dans l’objectif`, `${q('Influence')} trouvé dans l’objectif`]);
  });

  it('name a channel by its label in the reader’s language, never its slug, and once', () => {
    const out = fr('Réussir le Black Friday', ['paid-social', 'Paid social', 'in-store']);
    const reasons = [...new Set(out.tasks.flatMap((t) => t.reasons))];
    expect(reasons).toEqual([`canal de la campagne ${q('Réseaux sociaux payants')}`, `canal de la campagne ${q('Magasins')}`]);
    const en = suggestFromPatterns({ goal: 'Win Black Friday', channels: ['in-store'], language: 'en', reasonLanguage: 'en' });
    expect(en.tasks[0]?.reasons).toEqual(['campaign channel ‘In-store’']);
    for (const r of [...reasons, ...en.tasks.flatMap((t) => t.reasons)]) expect(r).not.toMatch(/paid-social|in-store|Paid social/);
  });
});

describe('channels map to their deliverables', () => {
  it('in-store means POS material, shelf displays and a staff briefing, never a venue', () => {
    const out = fr('Réussir le Black Friday', ['in-store']);
    expect(out.tasks.map((t) => t.taskId)).toEqual(['in-store-pos', 'in-store-print', 'in-store-displays', 'in-store-staff']);
    expect(out.tasks.map((t) => t.summary).join(' ')).toMatch(/PLV.*têtes de gondole.*équipes des magasins/);
    expect(out.tasks.some((t) => /lieu|venue/i.test(t.summary))).toBe(false);
    expect(ids('PLV et têtes de gondole en magasin')).toEqual(['in-store']);
    // An online shop or a brochure site is not a store.
    expect(ids('Une boutique en ligne et un site vitrine')).toEqual([]);
  });

  it('an event still books a venue', () => {
    expect(fr('Soirée de lancement', ['event']).tasks[0]?.summary).toBe('Réserver le lieu et les prestataires');
    expect(ids('x', ['salon'])).toEqual(['event']);
  });

  it('every built-in template channel that has deliverables maps to the pattern named for it', () => {
    const expected: Record<string, string> = {
      email: 'email',
      sms: 'sms',
      'paid-social': 'paid-social',
      'paid-search': 'paid-search',
      influencers: 'influencer',
      'in-store': 'in-store',
      webinar: 'webinar',
      content: 'content',
      social: 'social',
      partner: 'partner',
      event: 'event',
      pr: 'press',
      web: 'landing-page',
    };
    for (const [channel, pattern] of Object.entries(expected)) expect([channel, ids('x', [channel])]).toEqual([channel, [pattern]]);
  });
});
