import { audiencesIn, briefTargeting, channelsIn, planTargeting, slugOf } from '../../../src/domain/targeting';
import { builtInTemplate, BUILT_IN_TEMPLATES } from '../../../src/domain/templates';
import { audienceName, en as audiencesEn } from '../../../src/wording/catalog/audiences';
import type { PlanBrief } from '../../../src/domain/model';

const brief = (audience: string | undefined, channels: string[] | undefined): Pick<PlanBrief, 'values'> => ({
  values: [
    ...(audience !== undefined ? [{ field: 'audience' as const, value: audience, source: 'heading "Cible"' }] : []),
    ...(channels !== undefined ? [{ field: 'channels' as const, value: channels, source: 'heading "Canaux"' }] : []),
  ],
});

describe('audiences and channels read from a brief', () => {
  it('reads the audiences of the demo briefs, in the order the brief names them', () => {
    // Black Friday 2026 France (FR) and Black Friday 2026 (EN), as seeded on the local Confluence.
    expect(
      audiencesIn(
        'Clients existants (abonnés e-mail et SMS), audiences similaires sur Meta et TikTok, visiteurs de nos magasins en France.',
      ),
    ).toEqual(['existing-customers', 'prospects', 'store-visitors']);
    expect(
      audiencesIn(
        'Existing customers (email and SMS opt-ins), lookalike audiences on Meta and TikTok, and store visitors in our 40 US locations.',
      ),
    ).toEqual(['existing-customers', 'prospects', 'store-visitors']);
    // Atelier Pro (FR, B2B): « 500 salariés » is a company size, not an internal audience.
    expect(
      audiencesIn(
        'Directeurs de production et responsables méthodes de PME industrielles (50 à 500 salariés), clients actuels de la suite Atelier et prospects issus du salon Global Industrie.',
      ),
    ).toEqual(['b2b-decision-makers', 'existing-customers', 'prospects']);
  });

  it('reads channels from list items, the longest phrase first', () => {
    expect(
      channelsIn([
        'Séquence e-mail et SMS (teasing, lancement, relance, prolongation Cyber Monday)',
        'Social payant (Meta, TikTok) et search payant (Google Ads)',
        'PLV en magasin et brief des équipes',
        'Influence',
      ]),
    ).toEqual(['email', 'sms', 'paid-social', 'paid-search', 'in-store', 'influencers']);
    // « Réseaux sociaux payants » is paid social, not also organic social; « Relations presse » is PR, not the press.
    expect(channelsIn(['Réseaux sociaux payants', 'Relations presse et analystes'])).toEqual(['paid-social', 'pr', 'analyst-relations']);
    // An item that is a slug or a catalogue name is taken as is.
    expect(channelsIn(['paid-social', 'Landing page', 'e-mail'])).toEqual(['paid-social', 'landing-page', 'email']);
    expect(channelsIn(['Carrier pigeons'])).toEqual([]);
  });

  it('says nothing when the brief names nothing it recognises', () => {
    expect(briefTargeting(undefined)).toEqual({ audiences: [], channels: [] });
    expect(briefTargeting(brief('Tout le monde, ou presque', ['Pigeons voyageurs']))).toEqual({ audiences: [], channels: [] });
  });
});

describe('planTargeting: the PM, else the brief, else the template', () => {
  const template = { audiences: ['existing-customers', 'prospects'], channels: ['email', 'Paid social', 'sms'] };

  it('starts from the template, its channel names as slugs', () => {
    expect(planTargeting({ template })).toEqual({
      audiences: ['existing-customers', 'prospects'],
      channels: ['email', 'paid-social', 'sms'],
    });
  });

  it('takes each list from the brief when the brief names something', () => {
    expect(planTargeting({ template, brief: brief('Étudiants en école de commerce', undefined) })).toEqual({
      audiences: ['students'],
      channels: ['email', 'paid-social', 'sms'],
    });
  });

  it('takes the PM’s lists over both, an empty list included, each slug once', () => {
    const b = brief('Étudiants', ['Webinaire']);
    expect(planTargeting({ template, brief: b, chosen: { channels: ['video', 'video', 'web'] } })).toEqual({
      audiences: ['students'],
      channels: ['video', 'web'],
    });
    expect(planTargeting({ template, brief: b, chosen: { audiences: [], channels: [] } })).toEqual({ audiences: [], channels: [] });
  });

  it('gives every built-in template audiences the catalogue words, and channels as slugs', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const targeting = planTargeting({ template: t });
      expect(targeting.audiences.length).toBeGreaterThan(0);
      for (const a of targeting.audiences) expect(Object.keys(audiencesEn)).toContain(a);
      expect(targeting.channels).toEqual(t.channels);
    }
    expect(planTargeting({ template: builtInTemplate('black-friday-omnichannel')! }).audiences).toContain('existing-customers');
  });

  it('words slugs for people, never raw', () => {
    expect(audienceName('fr', 'existing-customers')).toBe('Clients existants');
    expect(audienceName('en', 'key-accounts')).toBe('key accounts');
    expect(slugOf('Paid social')).toBe('paid-social');
    expect(slugOf('  ')).toBeUndefined();
  });
});
