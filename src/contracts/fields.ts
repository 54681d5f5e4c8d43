import { z } from 'zod';

/** Payload fields shared by several resolvers; each refusal names the field and what it must look like. */
export const IssueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-12');
export const EpicKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an epic key like MKT-12');
export const ProjectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'must be a project key like MKT');

/** One per "Create" click: safe to put in JQL (the creation job finds its issues by it). */
export const SAFE_REQUEST_ID = /^[A-Za-z0-9_-]{8,100}$/;
export const RequestId = z.string().regex(SAFE_REQUEST_ID, 'must be 8 to 100 letters, digits, - or _ (one per "Create" click)');

/** A creation job's id, as `createCampaign` and `createBreakdown` return it. */
export const JobId = z.string().regex(/^job-[a-f0-9]{32}$/, 'must be a job id returned by createCampaign');

export const GateId = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters');

/** A person the UI can pick (assignees, delegates). */
export const PersonOption = z.object({ accountId: z.string(), displayName: z.string() }).strict();
export type PersonOption = z.infer<typeof PersonOption>;
