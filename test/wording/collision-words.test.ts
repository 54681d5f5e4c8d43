import type { Collision } from '../../src/contracts/collisions';
import { portfolioCollisions, type CampaignLaunch } from '../../src/domain/portfolio/collisions';
import { collisionText, collisionWords, dayRangeInWords } from '../../src/wording/catalog/collisions';
import { NNBSP } from '../../src/wording/typography';

const campaign = (campaignKey: string, name: string, launchDate: string, over: Partial<CampaignLaunch> = {}): CampaignLaunch => ({
  campaignKey,
  name,
  projectKey: campaignKey.split('-')[0] ?? 'MKT',
  launchDate,
  audiences: [],
  channels: [],
  gates: [],
  ...over,
});
const q = (s: string): string => `«${NNBSP}${s}${NNBSP}»`;

describe('collision wording', () => {
  const blackFriday = campaign('MKT-1', 'Black Friday', '2026-11-27', { audiences: ['existing-customers'], channels: ['email', 'sms'] });
  const christmas = campaign('EVT-2', 'Noël', '2026-11-30', { audiences: ['existing-customers'], channels: ['email', 'sms'] });
  const [audience, channel] = portfolioCollisions([blackFriday, christmas]) as [Collision, Collision];

  it('words two launches to the same audience, and on the same channels, naming both campaigns', () => {
    expect(collisionText('fr', audience)).toBe(
      `Deux lancements vers la même cible à 3 jours d’écart${NNBSP}: ${q('Black Friday')} et ${q('Noël')} (clients existants)`,
    );
    expect(collisionText('en', audience)).toBe(
      'Two launches to the same audience 3 days apart: ‘Black Friday’ and ‘Noël’ (existing customers)',
    );
    // Two channels: plural, the catalogue's names in a list, an acronym kept in capitals.
    expect(collisionText('fr', channel)).toBe(
      `Deux lancements sur les mêmes canaux à 3 jours d’écart${NNBSP}: ${q('Black Friday')} et ${q('Noël')} (e-mailing et SMS)`,
    );
    expect(collisionText('en', channel)).toBe('Two launches on the same channels 3 days apart: ‘Black Friday’ and ‘Noël’ (email and SMS)');
  });

  it('says “the same day” and “1 day” in the singular', () => {
    const sameDay = portfolioCollisions([blackFriday, { ...christmas, launchDate: '2026-11-27' }])[0]!;
    expect(collisionText('fr', sameDay)).toMatch(/^Deux lancements vers la même cible le même jour\u202f: /);
    expect(collisionText('en', sameDay)).toMatch(/^Two launches to the same audience on the same day: /);
    const nextDay = portfolioCollisions([
      blackFriday,
      { ...christmas, launchDate: '2026-11-28', audiences: ['b2b-decision-makers', 'existing-customers'] },
    ])[0]!;
    expect(collisionText('fr', nextDay)).toMatch(/à 1 jour d’écart/);
    expect(collisionText('en', nextDay)).toMatch(/1 day apart/);
  });

  it('words a launch in a blackout window, its dates in words', () => {
    const freeze = { id: 'gel', name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31', channels: ['email'] };
    const [inFreeze] = portfolioCollisions([campaign('MKT-3', 'Noël', '2026-12-22', { channels: ['email', 'sms'] })], {
      collisionWindowDays: 7,
      approverWeeklyGateLimit: 3,
      blackouts: [freeze],
    });
    expect(collisionText('fr', inFreeze!)).toBe(
      `${q('Noël')}${NNBSP}: lancement le 22 décembre, pendant ${q('Gel des e-mails')} (20–31 décembre)${NNBSP}; canal concerné${NNBSP}: e-mailing`,
    );
    expect(collisionText('en', inFreeze!)).toBe(
      '‘Noël’ launches on 22 December, during ‘Gel des e-mails’ (20–31 December); channel affected: email',
    );
    const [allChannels] = portfolioCollisions([campaign('MKT-4', 'Soldes', '2027-01-01')], {
      collisionWindowDays: 7,
      approverWeeklyGateLimit: 3,
      blackouts: [{ id: 'fin', name: 'Fin d’année', start: '2026-12-28', end: '2027-01-02' }],
    });
    expect(collisionText('fr', allChannels!)).toBe(
      `${q('Soldes')}${NNBSP}: lancement le 1er janvier, pendant ${q('Fin d’année')} (28 décembre 2026 – 2 janvier 2027)`,
    );
  });

  it('words an overloaded approver with the campaigns, and someone unknown politely', () => {
    const gate = (dueDate: string) => ({ dueDate, approverAccountIds: ['acc-lea'] });
    const [overload] = portfolioCollisions([
      campaign('MKT-1', 'Black Friday', '2026-12-20', { gates: [gate('2026-11-30'), gate('2026-12-01')] }),
      campaign('MKT-2', 'Noël', '2026-12-21', { gates: [gate('2026-12-02'), gate('2026-12-06')] }),
      campaign('EVT-1', 'Salon', '2026-12-22', { gates: [gate('2026-12-04')] }),
    ]);
    const names = new Map([['acc-lea', 'Léa Dubois']]);
    expect(collisionText('fr', overload!, names)).toBe(
      `Léa Dubois a 5 validations à rendre la semaine du 30 novembre (3 au plus par semaine)${NNBSP}: ${q('Black Friday')}, ${q('Noël')} et ${q('Salon')}`,
    );
    expect(collisionText('en', overload!, names)).toBe(
      'Léa Dubois has 5 sign-offs due in the week of 30 November (at most 3 a week): ‘Black Friday’, ‘Noël’ and ‘Salon’',
    );
    expect(collisionText('fr', overload!)).toMatch(/^Un valideur a 5 validations/);
  });

  it('names a campaign the reader may not see by nothing but that', () => {
    const secret = { campaignKey: '', name: '', projectKey: '', launchDate: '2026-11-30', hidden: true };
    const [overlap] = portfolioCollisions([blackFriday, christmas]);
    if (overlap?.kind !== 'audience_overlap') throw new Error('expected an audience overlap');
    expect(collisionText('fr', { ...overlap, campaigns: [overlap.campaigns[0], secret] })).toBe(
      `Deux lancements vers la même cible à 3 jours d’écart${NNBSP}: ${q('Black Friday')} et une campagne que vous ne voyez pas (clients existants)`,
    );
    const overload: Collision = {
      kind: 'approver_overload',
      accountId: 'acc-lea',
      weekStart: '2026-11-30',
      weekEnd: '2026-12-06',
      gates: 4,
      limit: 3,
      campaigns: [overlap.campaigns[0], secret, { ...secret, launchDate: '2026-12-02' }],
    };
    expect(collisionText('en', overload)).toBe(
      'An approver has 4 sign-offs due in the week of 30 November (at most 3 a week): ‘Black Friday’ and 2 campaigns you cannot see',
    );
    const blackout: Collision = {
      kind: 'blackout',
      campaign: secret,
      blackout: { id: 'gel', name: 'Gel', start: '2026-11-30', end: '2026-11-30' },
      channels: [],
    };
    expect(collisionText('fr', blackout)).toBe(
      `Une campagne que vous ne voyez pas${NNBSP}: lancement le 30 novembre, pendant ${q('Gel')} (30 novembre)`,
    );
  });

  it('words ranges of days, the first of the month as « 1er »', () => {
    expect(dayRangeInWords('fr', '2026-12-01', '2026-12-03')).toBe('1er–3 décembre');
    expect(dayRangeInWords('fr', '2026-11-28', '2026-12-03')).toBe('28 novembre – 3 décembre');
    expect(dayRangeInWords('en', '2026-12-20', '2026-12-20')).toBe('20 December');
    expect(collisionWords('fr').headings.blackout).toBe('Lancements pendant une période de gel');
  });
});
