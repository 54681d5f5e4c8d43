import { z } from 'zod';
import { TargetSlugs } from '../domain/model/targeting';
import { problemText } from '../wording/catalog/problems';

/** Payload fields shared by several resolvers; each refusal names the field and what it must look like. */
export const IssueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, problemText('issueKey'));
export const EpicKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, problemText('epicKey'));
export const ProjectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, problemText('projectKey'));

/** One per "Create" click: safe to put in JQL (the creation job finds its issues by it). */
export const SAFE_REQUEST_ID = /^[A-Za-z0-9_-]{8,100}$/;
export const RequestId = z.string().regex(SAFE_REQUEST_ID, problemText('requestId'));

/** A creation job's id, as `createCampaign` and `createBreakdown` return it. */
export const JobId = z.string().regex(/^job-[a-f0-9]{32}$/, problemText('jobId'));

export const GateId = z.string().min(1).max(64);

/** A person the UI can pick (assignees, delegates). */
export const PersonOption = z.object({ accountId: z.string(), displayName: z.string() }).strict();
export type PersonOption = z.infer<typeof PersonOption>;

/** The PM's audiences and channels in a planning payload (slugs): absent = the brief's, else the template's. */
export const TargetingFields = { audiences: TargetSlugs.optional(), channels: TargetSlugs.optional() };
