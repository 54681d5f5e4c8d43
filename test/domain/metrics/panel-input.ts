import type { PanelInput } from '../../../src/domain/metrics';
import type { CampaignSnapshot } from '../../../src/domain/model';
import { KEYS, LEA, PEOPLE, record, snapshot, TODAY } from './fixtures';

/** A panel input on the epic of the fixture campaign, with whatever a test changes. */
export const panelInput = (overrides: Partial<PanelInput> & { snapshot?: CampaignSnapshot } = {}): PanelInput => ({
  record: record(),
  snapshot: snapshot(),
  today: TODAY,
  people: PEOPLE,
  actingAccountId: LEA,
  issueKey: KEYS.epic,
  dataAsOf: '2026-11-24T08:00:00.000Z',
  refresh: 'cache',
  trials: 500,
  ...overrides,
});
