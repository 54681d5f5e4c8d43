import { z } from 'zod';
import { IsoDate } from '../domain/model';
import { compareWithBrief } from '../usecases/campaigns/compare-with-brief';
import { listCampaigns } from '../usecases/campaigns/list-campaigns';
import { replanCampaign } from '../usecases/campaigns/replan-campaign';
import { compareWithBriefPorts, listCampaignsPorts, replanCampaignPorts } from '../wiring/planner';
import { scopeOf, userOf } from './caller-scope';
import { defineResolver } from './define';
import { PROJECT_KEY } from './project-scope';

const IssueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-1');

export const replanCampaignResolver = defineResolver(
  z.object({ epicKey: IssueKey, launchDate: IsoDate, apply: z.boolean().optional() }).strict(),
  (input, caller) => replanCampaign(input, userOf(caller), replanCampaignPorts()),
);

const AcceptList = z.array(z.string().min(1).max(120)).max(50);

export const compareWithBriefResolver = defineResolver(
  z.object({ epicKey: IssueKey, accept: AcceptList.optional() }).strict(),
  (input, caller) => compareWithBrief(input, userOf(caller), compareWithBriefPorts()),
);

/** The campaigns created in a project whose epic the caller can see, newest first (for re-plan and compare). */
export const listCampaignsResolver = defineResolver(
  z.object({ projectKey: z.string().regex(PROJECT_KEY).optional() }).strict(),
  (input, caller) => listCampaigns({ ...input, ...scopeOf(caller) }, userOf(caller), listCampaignsPorts()),
);
