import { formatISO } from 'date-fns';
import { z } from 'zod';
import type { GetCampaignPanelResult } from '../contracts/campaign-panel';
import { loadCampaignForUser } from '../adapters/jira/campaign-snapshot-loader';
import { RetryGate } from '../adapters/http/retry';
import { listSignOffEntries } from '../adapters/storage/signoff-record';
import { buildCampaignPanel } from '../domain/metrics';
import { AppError } from '../shared/result';
import { defineResolver } from './define';

const GetCampaignPanelPayload = z
  .object({
    issueKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-12').optional(),
    /** Re-read the whole campaign from Jira instead of the stored roll-up. */
    refresh: z.boolean().optional(),
  })
  .strict();

/** The campaign issue panel: the campaign of `issueKey` (or of the issue the panel is open on), computed on the server. */
export const getCampaignPanelResolver = defineResolver(GetCampaignPanelPayload, async (input, caller): Promise<GetCampaignPanelResult> => {
  const issueKey = input.issueKey ?? caller.issueKey;
  if (!issueKey) throw new AppError('INVALID_INPUT', 'issueKey: is required outside an issue view', 'issueKey');
  const now = new Date();
  const loaded = await loadCampaignForUser(issueKey, { refresh: input.refresh === true, now }, new RetryGate());
  if (loaded.kind === 'none') return { mode: 'none', issueKey };
  // Gates show the real decisions: their states are replayed from the sign-off record.
  const signOffEntries = await listSignOffEntries(loaded.record.epicKey);
  return buildCampaignPanel({
    record: loaded.record,
    snapshot: loaded.snapshot,
    today: formatISO(now, { representation: 'date' }),
    people: loaded.people,
    actingAccountId: caller.accountId,
    issueKey,
    refresh: loaded.refresh,
    dataAsOf: loaded.dataAsOf,
    signOffEntries,
  });
});
