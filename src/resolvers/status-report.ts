import { z } from 'zod';
import { publishStatusReport } from '../usecases/report/publish-status-report';
import { publishStatusReportPorts } from '../wiring/report';
import { defineResolver } from './define';

const PublishStatusReportPayload = z
  .object({
    epicKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-12'),
    kind: z.enum(['status', 'post-campaign']).optional(),
  })
  .strict();

/** Publishes the campaign's report to Confluence (a new version of the page) and links it from the epic. */
export const publishStatusReportResolver = defineResolver(PublishStatusReportPayload, (input, caller) => publishStatusReport(input, { accountId: caller.accountId, locale: caller.locale }, publishStatusReportPorts()));
