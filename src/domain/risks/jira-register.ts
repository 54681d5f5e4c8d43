import { z } from 'zod';
import type { RiskStatus } from '../../contracts/risks';
import type { StoredRisk } from './register';
import { canonicalRisk, StoredRiskSchema } from './stored-risk';

/**
 * The risk register kept in Jira (when the campaign's project has an issue type named "Risk"): each risk is one issue
 * of that type under the campaign's epic. The issue property `campaignRisk` holds the risk exactly as the app keeps
 * it (likelihood, impact days on named tasks and milestones, impact money on a cost category, status, owner,
 * mitigation, who changed it last) plus the epic it belongs to, so it round-trips unchanged. The summary, the
 * description (the mitigation, as ADF), the assignee and the workflow status mirror it for people reading Jira.
 */
export const RISK_PROPERTY_KEY = 'campaignRisk';

/** Whether an issue is one of a register's risks (it carries the property): the campaign's work leaves it out. */
export const isRegisterRiskIssue = (properties: Readonly<Record<string, unknown>> | undefined): boolean =>
  properties?.[RISK_PROPERTY_KEY] !== undefined;

/** The names an issue type may have to hold risks (Jira does not translate an admin's type names). */
const RISK_TYPE_NAMES = new Set(['risk', 'risque']);

export const isRiskTypeName = (name: string): boolean => RISK_TYPE_NAMES.has(name.trim().toLowerCase());

/** The project's "Risk" issue type, as the register uses it. */
export interface RiskIssueType {
  id: string;
  name: string;
  /** A standard type (hierarchy level 0) may have the epic as parent; a higher-level type is linked to it ("Relates"). */
  placement: 'parent' | 'relates';
}

/**
 * The type a register can use from a project's issue types: one named "Risk" (or "Risque"), standard or above;
 * a sub-task type cannot hold risks (its parent must be a standard issue, not the epic), so it does not count.
 */
export function riskIssueTypeOf(
  types: readonly { id: string; name: string; subtask?: boolean; hierarchyLevel?: number }[],
): RiskIssueType | undefined {
  const type = types.find((t) => isRiskTypeName(t.name) && t.subtask !== true && (t.hierarchyLevel ?? 0) >= 0);
  if (!type) return undefined;
  return { id: type.id, name: type.name, placement: (type.hierarchyLevel ?? 0) === 0 ? 'parent' : 'relates' };
}

/** The `campaignRisk` property: the stored risk and its campaign (indexed for JQL: `epicKey`, `riskId`, `status`). */
export const RiskProperty = StoredRiskSchema.extend({ epicKey: z.string() });
export type RiskProperty = z.infer<typeof RiskProperty>;

export const riskProperty = (epicKey: string, risk: StoredRisk): RiskProperty => ({ ...canonicalRisk(risk), epicKey });

/** Jira status category a risk's status is mirrored to: open is to do, occurred is being dealt with, the rest is done. */
export const RISK_STATUS_CATEGORY: Record<RiskStatus, 'new' | 'indeterminate' | 'done'> = {
  open: 'new',
  occurred: 'indeterminate',
  mitigated: 'done',
  closed: 'done',
};

interface AdfNode {
  type: string;
  text?: string;
  content?: AdfNode[];
}

/** The mitigation as the issue's description: one ADF paragraph per line; none (null) when there is no mitigation. */
export function mitigationDescription(mitigation: string): { type: 'doc'; version: 1; content: AdfNode[] } | null {
  const lines = mitigation
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  return { type: 'doc', version: 1, content: lines.map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })) };
}

/** The fields a risk's issue mirrors (summary, description, assignee), for creation and for an edit. */
export function riskMirrorFields(risk: StoredRisk): Record<string, unknown> {
  return {
    summary: risk.title,
    description: mitigationDescription(risk.mitigation),
    assignee: { accountId: risk.ownerAccountId },
  };
}

/** The create body of a risk's issue: its project and type, under the epic when the type allows it, with its property. */
export function riskCreateDetails(
  projectKey: string,
  type: RiskIssueType,
  epicKey: string,
  risk: StoredRisk,
): { fields: Record<string, unknown>; properties: { key: string; value: RiskProperty }[] } {
  const fields: Record<string, unknown> = {
    project: { key: projectKey },
    issuetype: { id: type.id },
    ...riskMirrorFields(risk),
    ...(type.placement === 'parent' ? { parent: { key: epicKey } } : {}),
  };
  if (fields.description === null) delete fields.description;
  return { fields, properties: [{ key: RISK_PROPERTY_KEY, value: riskProperty(epicKey, risk) }] };
}

/** A risk issue as the register reads it back from Jira. */
export interface RiskIssue {
  key: string;
  statusCategory: string;
  /** The property, or undefined when it is missing or no longer parses (the issue is then left out of the register). */
  property: RiskProperty | undefined;
}

/** What a save writes for one risk: nothing, a new issue, or an edit of the issue that holds it. */
export type RiskWrite = { kind: 'create'; risk: StoredRisk } | { kind: 'update'; key: string; risk: StoredRisk; moveTo?: string };

/**
 * The writes that turn the issues into `wanted`: a risk without an issue is created, a risk whose property differs
 * is edited (and moved when its status category differs); a risk already as wanted is not written, so saving the
 * same register twice creates nothing and changes nothing. Issues of risks not in `wanted` are left alone.
 */
export function riskWrites(epicKey: string, wanted: readonly StoredRisk[], issues: readonly RiskIssue[]): RiskWrite[] {
  const byRisk = new Map<string, RiskIssue>();
  for (const issue of issues) if (issue.property && !byRisk.has(issue.property.riskId)) byRisk.set(issue.property.riskId, issue);
  return wanted.flatMap((risk): RiskWrite[] => {
    const issue = byRisk.get(risk.riskId);
    if (!issue) return [{ kind: 'create', risk }];
    if (JSON.stringify(issue.property) === JSON.stringify(riskProperty(epicKey, risk))) return [];
    const category = RISK_STATUS_CATEGORY[risk.status];
    return [{ kind: 'update', key: issue.key, risk, ...(issue.statusCategory !== category ? { moveTo: category } : {}) }];
  });
}

/** The register as stored in Jira: each issue's risk, the oldest issue first when two hold the same risk id. */
export function risksOfIssues(issues: readonly RiskIssue[]): StoredRisk[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const p = issue.property;
    if (!p || seen.has(p.riskId)) return [];
    seen.add(p.riskId);
    const { epicKey: _epic, ...risk } = p;
    return [canonicalRisk(risk)];
  });
}
