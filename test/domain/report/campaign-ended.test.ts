import { buildCampaignPanel } from '../../../src/domain/metrics';
import { campaignHasEnded } from '../../../src/domain/report';
import { done, snapshot } from '../metrics/fixtures';
import { panelInput } from '../metrics/panel-input';

/** The fixture campaign launches 2026-12-01 with two milestones. */
describe('campaignHasEnded', () => {
  const allDone = snapshot({
    design: done('2026-11-18'),
    copy: done('2026-11-18'),
    creative: done('2026-11-20'),
    ads: done('2026-11-27'),
    email: done('2026-12-01'),
    launch: done('2026-12-01'),
  });
  const panel = (today: string, s = allDone) => buildCampaignPanel(panelInput({ today, snapshot: s }));

  it('is true once the launch date has passed and every milestone is done', () => {
    expect(campaignHasEnded(panel('2026-12-02'), '2026-12-02')).toBe(true);
  });

  it('is false on launch day, and while a milestone is open', () => {
    expect(campaignHasEnded(panel('2026-12-01'), '2026-12-01')).toBe(false);
    const launchOpen = snapshot({ design: done('2026-11-18'), copy: done('2026-11-18'), creative: done('2026-11-20') });
    expect(campaignHasEnded(panel('2026-12-10', launchOpen), '2026-12-10')).toBe(false);
  });
});
