import { draftReport, proposeBreakdown } from '../usecases/assistant/create-answers';
import { campaignKpis, campaignStatus } from '../usecases/assistant/panel-answers';
import { pendingSignOffs } from '../usecases/assistant/pending-signoffs';
import { campaignsAtRisk, overAllocatedPeople } from '../usecases/assistant/portfolio-answers';
import {
  assistantLocale,
  campaignPanelPorts,
  pendingSignOffsPorts,
  portfolioCapacityPorts,
  portfolioPorts,
  publishStatusReportPorts,
  suggestBreakdownPorts,
} from '../wiring/assistant';
import { defineAction, type ActionCaller } from './define-action';

/**
 * The Rovo agent « Assistant campagnes »'s actions (manifest `action` modules, each its own function): inputs from
 * the model, the acting user from the invocation, then the use case the app's own screens use.
 */

/** The campaign the model named, else the issue the chat is on; the project likewise. */
const onIssue = (caller: ActionCaller) => (caller.issueKey ? { contextIssueKey: caller.issueKey } : {});
const project = (input: { projectKey?: string | undefined }, caller: ActionCaller) => {
  const projectKey = input.projectKey ?? caller.projectKey;
  return projectKey ? { projectKey } : {};
};

/** GET: a campaign's health and reasons, next milestones and budget (the issue panel's numbers). */
export const onRovoCampaignStatus = defineAction(
  'campaign-status',
  (input, caller) => campaignStatus({ ...input, ...onIssue(caller) }, caller.user, campaignPanelPorts()),
  assistantLocale,
);

/** GET: the campaigns at risk or off track and why (the portfolio's rows). */
export const onRovoCampaignsAtRisk = defineAction(
  'campaigns-at-risk',
  (input, caller) => campaignsAtRisk(project(input, caller), caller.user, portfolioPorts()),
  assistantLocale,
);

/** GET: who is over their capacity, and in which weeks (the capacity heatmap). */
export const onRovoOverAllocation = defineAction(
  'over-allocated-people',
  (input, caller) => overAllocatedPeople({ ...input, ...project(input, caller) }, caller.user, portfolioCapacityPorts()),
  assistantLocale,
);

/** GET: the gates waiting for the acting user's decision (never an input's account). */
export const onRovoPendingSignOffs = defineAction(
  'pending-signoffs',
  (input, caller) => pendingSignOffs(project(input, caller), caller.user, pendingSignOffsPorts()),
  assistantLocale,
);

/** GET: the campaign's KPIs against their targets. */
export const onRovoCampaignKpis = defineAction(
  'kpis-vs-targets',
  (input, caller) => campaignKpis({ ...input, ...onIssue(caller) }, caller.user, campaignPanelPorts()),
  assistantLocale,
);

/** CREATE: the status report as a Confluence draft (the campaign's PM and project admins). */
export const onRovoDraftStatusReport = defineAction(
  'draft-status-report',
  (input, caller) => draftReport({ ...input, ...onIssue(caller) }, caller.user, publishStatusReportPorts()),
  assistantLocale,
);

/** CREATE (shown only): tasks that would reach a goal; the PM creates them in "Break down goal". */
export const onRovoProposeBreakdown = defineAction(
  'propose-breakdown',
  (input, caller) => proposeBreakdown({ ...input, ...onIssue(caller) }, caller.user, suggestBreakdownPorts()),
  assistantLocale,
);
