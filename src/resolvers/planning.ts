import { z } from 'zod';
import { HolidayCalendar, IsoDate, Money, RowId } from '../domain/model';
import { RoleAssignments } from '../adapters/storage/role-assignments';
import { listBriefs } from '../usecases/planning/list-briefs';
import { previewCampaign } from '../usecases/planning/preview-campaign';
import { saveRoleAssignments } from '../usecases/planning/save-role-assignments';
import { todayIn, systemClock } from '../usecases/ports/clock';
import { listBriefsPorts, previewCampaignPorts, saveRoleAssignmentsPorts } from '../wiring/planner';
import { scopeOf, userOf } from './caller-scope';
import { defineResolver } from './define';
import { PROJECT_KEY } from './project-scope';

/** Today as the server sees it (UTC calendar day): plans are checked against it for work in the past. */
// Transitional: `breakdown.ts` still imports it; the use cases take today from their `Clock` port (`todayIn`).
export const todayIso = (): string => todayIn(systemClock);

const PageId = z.string().regex(/^\d{1,20}$/, 'must be a Confluence page id (digits only)');

const PlanOverridesSchema = z
  .object({
    rows: z
      .record(
        RowId,
        z
          .object({
            summary: z.string().trim().min(1).max(255).optional(),
            dueDate: IsoDate.optional(),
            assigneeAccountId: z.string().min(1).nullable().optional(),
            removed: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

const PreviewPayload = z
  .object({
    templateId: RowId,
    launchDate: IsoDate,
    budget: Money,
    holidayCalendar: HolidayCalendar,
    briefPageId: PageId.optional(),
    overrides: PlanOverridesSchema.optional(),
    roleAssignments: RoleAssignments.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    projectKey: z.string().regex(PROJECT_KEY).optional(),
  })
  .strict();

/** Template + launch date + budget (+ brief, + the PM's edits) → the whole plan, checked, nothing created. */
export const previewCampaignResolver = defineResolver(PreviewPayload, (input, caller) =>
  previewCampaign({ ...input, ...scopeOf(caller) }, userOf(caller), previewCampaignPorts()),
);

export const listBriefsResolver = defineResolver(
  z.object({ spaceKey: z.string().regex(/^[A-Za-z0-9~]{1,255}$/, 'must be a Confluence space key').optional() }).strict(),
  (input) => listBriefs(input, listBriefsPorts()),
);

/** Saves the role → people mapping as the project's default for the next plans (project admins). */
export const saveRoleAssignmentsResolver = defineResolver(
  z.object({ roleAssignments: RoleAssignments, projectKey: z.string().regex(PROJECT_KEY).optional() }).strict(),
  (input, caller) => saveRoleAssignments({ ...input, ...scopeOf(caller) }, userOf(caller), saveRoleAssignmentsPorts()),
);
