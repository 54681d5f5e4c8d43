import { z } from 'zod';
import { IssueKey } from '../contracts/fields';
import { statusExportAdf, type AdfDoc, type ExportedStatus } from '../domain/macro/status-adf';
import { getCampaignStatus } from '../usecases/panel/get-campaign-status';
import { campaignPanelPorts } from '../wiring/panel';

/**
 * What Confluence sends the macro's `adfExport` function for a PDF or Word export: the export type and the macro's
 * Forge context (its configuration under `extension.config`, the reader and their locale). Every part is optional
 * here: an export must not fail because the payload lacks one.
 */
const Context = z
  .object({
    accountId: z.string().min(1).optional(),
    locale: z.string().optional(),
    siteUrl: z.string().url().optional(),
    extension: z
      .object({ config: z.object({ issueKey: z.string().optional() }).passthrough().nullish() })
      .passthrough()
      .optional(),
  })
  .passthrough();
const ExportPayload = z.object({ exportType: z.string().optional(), context: Context.optional() }).passthrough();
const Platform = z.object({ principal: z.object({ accountId: z.string().min(1) }).optional() }).passthrough();

/** The reader's status, read as them; anything that cannot be read becomes `unavailable` (the export names the epic). */
async function statusFor(issueKey: string | null, accountId: string | undefined, locale: string | undefined): Promise<ExportedStatus> {
  if (!issueKey || !accountId) return { mode: 'unavailable', issueKey };
  try {
    return await getCampaignStatus({ issueKey }, { accountId, ...(locale ? { locale } : {}) }, campaignPanelPorts());
  } catch (e) {
    console.warn('[campaign-control] the campaign status macro exported without live figures', e instanceof Error ? e.message : e);
    return { mode: 'unavailable', issueKey };
  }
}

/**
 * The macro's `adfExport` function (manifest: `index.onStatusMacroExport`): the static ADF version of the campaign
 * status for PDF and Word exports, in the reader's language, as the reader sees it (identity from the context, never
 * from the configuration, which only names the campaign).
 */
export async function onStatusMacroExport(event: unknown, platform?: unknown): Promise<AdfDoc> {
  const parsed = ExportPayload.safeParse(event);
  const context = parsed.success ? parsed.data.context : undefined;
  const key = IssueKey.safeParse(context?.extension?.config?.issueKey);
  const principal = Platform.safeParse(platform);
  const accountId = context?.accountId ?? (principal.success ? principal.data.principal?.accountId : undefined);
  const status = await statusFor(key.success ? key.data : null, accountId, context?.locale);
  return statusExportAdf(status, context?.locale, context?.siteUrl);
}
