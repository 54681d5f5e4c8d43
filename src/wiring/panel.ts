import { computeCampaignPanel } from '../resolvers/campaign-panel';
import type { PanelComputerPort } from '../usecases/ports/panel-computer';

/**
 * The campaign panel as a port, for use cases that word its numbers (the status report). It calls the panel
 * resolver's shared function until the panel is a use case of its own; then only this file changes.
 */
export const panelComputer: PanelComputerPort = {
  async compute(issueKey, user, options) {
    const computed = await computeCampaignPanel(issueKey, { accountId: user.accountId, ...(user.locale ? { locale: user.locale } : {}) }, options);
    if (computed.kind === 'none') return computed;
    const { panel, loaded, signOffEntries, today } = computed;
    return { kind: 'panel', panel, record: loaded.record, issues: Object.values(loaded.snapshot.issues), people: loaded.people, signOffEntries, today };
  },
};
