import type { Risk } from '../../../src/contracts/risks';
import { buildCampaignPanel } from '../../../src/domain/metrics';
import { expectedRiskCost, nextRiskId, probabilityOf, riskEvents } from '../../../src/domain/risks/register';
import { KEYS, NOAH } from '../metrics/fixtures';
import { panelInput } from '../metrics/panel-input';

/** A 60 % risk of +5 business days on the ads, on the launch's critical path (design → ads → launch). */
const LATE_VIDEO: Risk = {
  riskId: 'risk-1',
  title: 'Le prestataire vidéo livre en retard',
  likelihood: 0.6,
  probability: 0.6,
  impactDays: 5,
  targets: [KEYS.ads],
  impactCost: { amount: 1500, category: 'production' },
  ownerAccountId: NOAH,
  ownerName: 'Noah Petit',
  mitigation: 'Réserver un second studio',
  status: 'open',
  updatedAt: '2026-11-24T08:00:00.000Z',
  updatedBy: 'acc-camille',
};
const launchOf = (panel: ReturnType<typeof buildCampaignPanel>) => panel.milestones.find((m) => m.key === KEYS.launch);
const businessDaysBetween = (from: string, to: string): number => {
  let n = 0;
  for (let d = new Date(`${from}T00:00:00Z`); d < new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n += 1;
  return n;
};

describe('known risks in the panel forecast', () => {
  const without = buildCampaignPanel(panelInput({ trials: 2000 }));
  const withRisk = buildCampaignPanel(panelInput({ trials: 2000, risks: [LATE_VIDEO] }));

  it('moves the launch’s P85 by about the risk’s delay, and says what P85 would be without it', () => {
    const before = launchOf(without);
    const after = launchOf(withRisk);
    expect(before?.p85WithoutRisks).toBeUndefined();
    expect(after?.p85WithoutRisks).toBeDefined();
    const moved = businessDaysBetween(before?.p85 ?? '', after?.p85 ?? '');
    expect(moved).toBeGreaterThanOrEqual(3);
    expect(moved).toBeLessThanOrEqual(6);
    // The risk-free run of the same panel agrees with the panel that has no register, within the Monte Carlo's noise.
    expect(Math.abs(businessDaysBetween(before?.p85 ?? '', after?.p85WithoutRisks ?? ''))).toBeLessThanOrEqual(1);
  });

  it('lists it among the risks that move the forecast, with its launch delay, owner and expected cost', () => {
    expect(withRisk.topRisks).toHaveLength(1);
    const top = withRisk.topRisks?.[0];
    expect(top).toMatchObject({ riskId: 'risk-1', ownerName: 'Noah Petit', expectedCost: 900 });
    expect(top?.launchDelayDays).toBeGreaterThan(3);
    expect(withRisk.riskCount).toEqual({ total: 1, open: 1 });
    // Budget 10,000, planned work 10,000: no contingency; EAC falls back to the planned cost until spend is known.
    expect(withRisk.budget).toMatchObject({ expectedRiskCost: 900, contingency: 0, eacWithRisks: 10900 });
  });

  it.each(['closed', 'mitigated', 'occurred'] as const)('changes nothing in the forecast for a %s risk', (status) => {
    const panel = buildCampaignPanel(panelInput({ trials: 2000, risks: [{ ...LATE_VIDEO, status }] }));
    expect(panel.milestones).toEqual(without.milestones);
    expect(panel.topRisks).toEqual([]);
    expect(panel.budget.expectedRiskCost).toBe(0);
  });

  it('maps likelihood levels to documented probabilities, and numbers new risks after the highest', () => {
    expect([probabilityOf('low'), probabilityOf('medium'), probabilityOf('high'), probabilityOf(0.35)]).toEqual([0.2, 0.5, 0.8, 0.35]);
    expect(nextRiskId([{ riskId: 'risk-2' }, { riskId: 'risk-9' }])).toBe('risk-10');
    expect(nextRiskId([])).toBe('risk-1');
    expect(riskEvents([{ ...LATE_VIDEO, impactDays: 0 }])).toEqual([]);
    expect(expectedRiskCost([LATE_VIDEO, { ...LATE_VIDEO, riskId: 'risk-2', likelihood: 'low', probability: 0.2 }])).toBe(1200);
  });
});
