import { keywordHits, matchPatterns, suggestFromPatterns, TASK_PATTERNS } from '../../../src/domain/breakdown';

const NNBSP = '\u202f';

const ids = (goal: string, channels: string[] = []): string[] => matchPatterns(goal, channels).map((h) => h.patternId);

describe('the pattern matcher', () => {
  it.each([
    // English goals
    ['Launch a landing page and an email sequence for Black Friday', ['landing-page', 'email']],
    ['Drive sign-ups with Google Ads and a press release', ['paid-search', 'press']],
    ['Teaser video on YouTube plus Instagram posts', ['social', 'video']],
    ['Co-marketing with our reseller partners at the trade show', ['event', 'partner']],
    ['Host a webinar and publish a white paper', ['webinar', 'content']],
    ['Run paid social ads for the spring sale', ['paid-social']],
    // French goals, accents and case do not matter
    ['Créer une page de destination et une newsletter pour le Black Friday', ['landing-page', 'email']],
    ['Communiqué de presse et relations presse pour le lancement', ['press']],
    ['Vidéo de lancement et publications sur les RÉSEAUX SOCIAUX', ['social', 'video']],
    ['Salon professionnel : stand et soirée de lancement avec nos partenaires', ['event', 'partner']],
    ['Campagne SEA (Google Ads) et SMS aux clients fidèles', ['paid-search', 'sms']],
    ['Livre blanc et webinaire pour générer des leads', ['webinar', 'content']],
  ])('%s → %j', (goal, expected) => {
    expect(ids(goal)).toEqual(expected);
  });

  it('reads longer phrases first: "paid social" is not also organic social', () => {
    const hits = keywordHits('Paid social and social ads budget', TASK_PATTERNS);
    expect([...hits.entries()]).toEqual([['paid-social', ['Paid social', 'social ads']]]);
    expect(ids('Paid social for the launch')).toEqual(['paid-social']);
    expect(ids('Social posts and paid social')).toEqual(['social', 'paid-social']);
  });

  it('matches whole words only, with a plural s', () => {
    expect(ids('Improve emails and newsletters')).toEqual(['email']);
    expect(ids('Emailable customers, presumably')).toEqual([]);
  });

  it('falls back to the campaign channels when the goal names none, and names them', () => {
    const hits = matchPatterns('Make Black Friday a success', ['email', 'paid-search', 'in-store']);
    expect(hits).toEqual([
      { patternId: 'email', keywords: [], channels: ['email'] },
      { patternId: 'paid-search', keywords: [], channels: ['paid-search'] },
      { patternId: 'in-store', keywords: [], channels: ['in-store'] },
    ]);
  });
});

describe('suggestFromPatterns', () => {
  it('proposes the tasks of each match with reasons, dependencies and summaries in the campaign language', () => {
    const out = suggestFromPatterns({
      goal: 'New landing page and an email blast',
      channels: ['email'],
      language: 'en',
      reasonLanguage: 'en',
    });
    const byId = new Map(out.tasks.map((t) => [t.taskId, t]));
    expect(byId.get('landing-page-copy')).toMatchObject({
      summary: 'Write landing page copy',
      ownerRole: 'copywriter',
      reasons: ['the goal says ‘landing page’'],
    });
    // The goal's words say it; the channel that says the same is not repeated.
    expect(byId.get('email-copy')?.reasons).toEqual(['the goal says ‘email’']);
    // Across patterns: the email template waits for the built landing page it links to.
    expect(byId.get('email-build')?.dependsOn).toEqual(['email-copy', 'landing-page-build']);
  });

  it('drops a cross-pattern dependency when the other pattern is not proposed', () => {
    const out = suggestFromPatterns({ goal: 'Newsletter for loyal customers', channels: [], language: 'fr', reasonLanguage: 'fr' });
    const build = out.tasks.find((t) => t.taskId === 'email-build');
    expect(build).toMatchObject({ summary: 'Monter les gabarits email', dependsOn: ['email-copy'] });
    expect(build?.reasons).toEqual([`«${NNBSP}Newsletter${NNBSP}» trouvé dans l’objectif`]);
  });

  it('offers general steps, saying why, when nothing is recognised', () => {
    const out = suggestFromPatterns({ goal: 'Make the quarter great', channels: [], language: 'en', reasonLanguage: 'fr' });
    expect(out.tasks.map((t) => t.taskId)).toEqual(['generic-brief', 'generic-produce', 'generic-review']);
    expect(out.tasks[0]!.reasons[0]).toMatch(/aucun canal/);
  });

  it('never proposes more than 40 tasks', () => {
    const everything = 'landing page email social paid social paid search video event in-store webinar press partner sms influencer ebook';
    const out = suggestFromPatterns({ goal: everything, channels: [], language: 'en', reasonLanguage: 'en' });
    expect(out.tasks).toHaveLength(40);
    const ids = new Set(out.tasks.map((t) => t.taskId));
    for (const t of out.tasks) for (const d of t.dependsOn) expect(ids.has(d)).toBe(true);
  });
});
