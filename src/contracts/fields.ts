import { z } from 'zod';

/** Payload fields shared by several resolvers; each refusal names the field and what it must look like. */
export const IssueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-12');
export const ProjectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'must be a project key like MKT');
