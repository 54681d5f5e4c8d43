import { SavePortfolioSettingsPayload } from '../../../src/contracts/portfolio-settings';
import type { PortfolioSettings } from '../../../src/domain/portfolio/settings';
import { render } from '../../../src/wording/messages';
import { getPortfolioSettings, savePortfolioSettings } from '../../../src/usecases/portfolio/settings';
import { invalidInput, DomainError } from '../../../src/domain/errors';
import { fixedClock } from '../support/planner-ports';

const ADMIN = { accountId: 'acc-camille', locale: 'fr_FR' };

function portsFor(siteAdmin: boolean, stored?: PortfolioSettings) {
  const saved: PortfolioSettings[] = [];
  return {
    saved,
    settings: { get: async () => saved.at(-1) ?? stored, save: async (s: PortfolioSettings) => void saved.push(s) },
    site: { isSiteAdmin: async () => siteAdmin },
    clock: fixedClock('2026-12-04T10:00:00.000Z'),
  };
}

/** The payload as the resolver checks it: the refusal a person reads, in French. */
function refusal(settings: unknown): { field?: string; fr: string } {
  const parsed = SavePortfolioSettingsPayload.safeParse({ settings });
  if (parsed.success) throw new Error('expected the payload to be refused');
  const e = invalidInput(parsed.error);
  return { field: e.field, fr: e.wording ? render('fr', e.wording) : e.message };
}

const valid = { collisionWindowDays: 10, approverWeeklyGateLimit: 4, blackouts: [] };

describe('portfolio settings (use cases)', () => {
  it('answers the defaults until something is saved, and who may save', async () => {
    expect(await getPortfolioSettings(ADMIN, portsFor(false))).toEqual({
      settings: { collisionWindowDays: 7, approverWeeklyGateLimit: 3, blackouts: [] },
      isDefault: true,
      canEdit: false,
    });
    expect((await getPortfolioSettings(ADMIN, portsFor(true))).canEdit).toBe(true);
  });

  it('saves for a site administrator: new windows get ids, channels once, windows in date order', async () => {
    const ports = portsFor(true);
    const payload = SavePortfolioSettingsPayload.parse({
      settings: {
        ...valid,
        blackouts: [
          { name: ' Gel des e-mails ', start: '2026-12-20', end: '2026-12-31', channels: ['email', 'email'] },
          { id: 'blackout-1', name: 'Inventaire', start: '2026-06-01', end: '2026-06-01' },
        ],
      },
    });
    const out = await savePortfolioSettings(payload, ADMIN, ports);
    expect(out.settings).toEqual({
      collisionWindowDays: 10,
      approverWeeklyGateLimit: 4,
      blackouts: [
        { id: 'blackout-1', name: 'Inventaire', start: '2026-06-01', end: '2026-06-01', channels: [] },
        { id: 'blackout-2', name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31', channels: ['email'] },
      ],
      updatedAt: '2026-12-04T10:00:00.000Z',
      updatedBy: 'acc-camille',
    });
    expect(ports.saved).toEqual([out.settings]);
    expect(await getPortfolioSettings(ADMIN, ports)).toMatchObject({ isDefault: false, settings: out.settings });
  });

  it('refuses anyone else, storing nothing', async () => {
    const ports = portsFor(false);
    const attempt = savePortfolioSettings(SavePortfolioSettingsPayload.parse({ settings: valid }), ADMIN, ports);
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const e: unknown = await attempt.catch((x: unknown) => x);
    if (!(e instanceof DomainError) || !e.wording) throw new Error('expected a worded refusal');
    expect(render('fr', e.wording)).toMatch(/^Seuls les administrateurs du site Jira peuvent modifier les réglages du portefeuille/);
    expect(ports.saved).toEqual([]);
  });

  it('names the field of each problem, in the reader’s language', () => {
    expect(refusal({ ...valid, collisionWindowDays: 0 })).toMatchObject({ field: 'settings.collisionWindowDays' });
    expect(refusal({ ...valid, collisionWindowDays: 61 }).field).toBe('settings.collisionWindowDays');
    expect(refusal({ ...valid, collisionWindowDays: 2.5 }).field).toBe('settings.collisionWindowDays');
    expect(refusal({ ...valid, approverWeeklyGateLimit: 21 }).field).toBe('settings.approverWeeklyGateLimit');
    expect(refusal({ ...valid, approverWeeklyGateLimit: 0 }).field).toBe('settings.approverWeeklyGateLimit');
    const ends = refusal({ ...valid, blackouts: [{ name: 'Gel', start: '2026-12-31', end: '2026-12-20' }] });
    expect(ends).toEqual({ field: 'settings.blackouts.0.end', fr: 'settings.blackouts.0.end\u202f: ne doit pas finir avant de commencer' });
    const long = refusal({ ...valid, blackouts: [{ name: 'x'.repeat(121), start: '2026-12-01', end: '2026-12-02' }] });
    expect(long.field).toBe('settings.blackouts.0.name');
    expect(long.fr).toMatch(/120/);
    expect(refusal({ ...valid, blackouts: [{ name: '  ', start: '2026-12-01', end: '2026-12-02' }] }).field).toBe(
      'settings.blackouts.0.name',
    );
    expect(refusal({ ...valid, blackouts: [{ name: 'Gel', start: '2026-02-30', end: '2026-03-02' }] }).field).toBe(
      'settings.blackouts.0.start',
    );
    const twice = { name: 'Gel', start: '2026-12-01', end: '2026-12-02', id: 'gel' };
    expect(refusal({ ...valid, blackouts: [twice, twice] }).field).toBe('settings.blackouts.1.id');
    expect(refusal({ ...valid, blackouts: [{ ...twice, channels: ['E-mail'] }] }).field).toBe('settings.blackouts.0.channels.0');
  });
});
