import { route } from '@forge/api';
import { z } from 'zod';
import { CampaignTargeting, TARGETING_PROPERTY_KEY } from '../../domain/model';
import { requestJira } from './request';

/**
 * Writes the epic's `campaignTargeting` property as the user (Jira refuses someone who may not edit the epic);
 * indexed by the manifest's `jira:entityProperty`, so `issue.property[campaignTargeting].channels = email` finds it.
 */
export async function writeTargetingProperty(epicKey: string, targeting: CampaignTargeting): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${epicKey}/properties/${TARGETING_PROPERTY_KEY}`, {
    as: 'user',
    schema: z.unknown(),
    method: 'PUT',
    body: CampaignTargeting.parse(targeting),
  });
}
