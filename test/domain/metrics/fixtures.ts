import { CampaignRecord, CampaignSnapshot, type CampaignPlan, type SnapshotIssue } from '../../../src/domain/model';

/**
 * A small French campaign launching Tue 2026-12-01 with a 10,000 EUR budget, fully planned:
 *   milestone creative (MKT-2, due Fri 11-20) ← design (MKT-4, 2,000 production, 11-16..11-18, 3 d) and copy (MKT-5, 1,000 agency, 11-17..11-18, 2 d)
 *   milestone launch (MKT-3, due Tue 12-01)  ← ads (MKT-6, 5,000 media, 11-23..11-27, 5 d, after design) and email (MKT-7, 2,000 tooling, 11-30..12-01, 2 d)
 * Gates: legal (LEA + HUGO, all) on creative due 11-19; go-live (SOPHIE) on launch after legal, due 11-30.
 * "Today" in most tests is Tue 2026-11-24.
 */
export const TODAY = '2026-11-24';
export const LEA = 'acc-lea';
export const HUGO = 'acc-hugo';
export const SOPHIE = 'acc-sophie';
export const NOAH = 'acc-noah';
export const PEOPLE: Record<string, string> = {
  [LEA]: 'Léa Martin',
  [HUGO]: 'Hugo Bernard',
  [SOPHIE]: 'Sophie Laurent',
  [NOAH]: 'Noah Petit',
};

export const KEYS = {
  epic: 'MKT-1',
  creative: 'MKT-2',
  launch: 'MKT-3',
  design: 'MKT-4',
  copy: 'MKT-5',
  ads: 'MKT-6',
  email: 'MKT-7',
} as const;
export type RowKey = keyof typeof KEYS;

export function plan(overrides: Partial<CampaignPlan> = {}): CampaignPlan {
  return {
    templateId: 'mini',
    templateVersion: 1,
    language: 'fr',
    projectKey: 'MKT',
    name: 'Atelier Pro',
    launchDate: '2026-12-01',
    holidayCalendar: 'FR',
    budget: { amount: 10000, currency: 'EUR' },
    campaignLabel: 'campaign-atelier-pro',
    rows: [
      {
        rowId: 'creative',
        kind: 'milestone',
        summary: 'Creative final (L-7)',
        ownerRole: 'pm',
        startDate: '2026-11-20',
        dueDate: '2026-11-20',
        estimateBusinessDays: 0,
        dependsOn: [],
      },
      {
        rowId: 'launch',
        kind: 'milestone',
        summary: 'Launch (L)',
        ownerRole: 'pm',
        startDate: '2026-12-01',
        dueDate: '2026-12-01',
        estimateBusinessDays: 0,
        dependsOn: [],
      },
      {
        rowId: 'design',
        kind: 'task',
        parentRowId: 'creative',
        summary: 'Design visuals',
        ownerRole: 'designer',
        assigneeAccountId: NOAH,
        startDate: '2026-11-16',
        dueDate: '2026-11-18',
        estimateBusinessDays: 3,
        plannedCost: 2000,
        costCategory: 'production',
        dependsOn: [],
      },
      {
        rowId: 'copy',
        kind: 'task',
        parentRowId: 'creative',
        summary: 'Write copy',
        ownerRole: 'copywriter',
        startDate: '2026-11-17',
        dueDate: '2026-11-18',
        estimateBusinessDays: 2,
        plannedCost: 1000,
        costCategory: 'agency',
        dependsOn: [],
      },
      {
        rowId: 'ads',
        kind: 'task',
        parentRowId: 'launch',
        summary: 'Set up ads',
        ownerRole: 'media_buyer',
        startDate: '2026-11-23',
        dueDate: '2026-11-27',
        estimateBusinessDays: 5,
        plannedCost: 5000,
        costCategory: 'media',
        dependsOn: [{ rowId: 'design', lagBusinessDays: 0 }],
      },
      {
        rowId: 'email',
        kind: 'task',
        parentRowId: 'launch',
        summary: 'Send email',
        ownerRole: 'email_specialist',
        startDate: '2026-11-30',
        dueDate: '2026-12-01',
        estimateBusinessDays: 2,
        plannedCost: 2000,
        costCategory: 'tooling',
        dependsOn: [],
      },
    ],
    gates: [
      {
        gateId: 'legal',
        name: 'Legal',
        milestoneRowId: 'creative',
        approverRoles: ['legal', 'brand'],
        approverAccountIds: [LEA, HUGO],
        quorum: { kind: 'all' },
        dueDate: '2026-11-19',
        declineNeedsReason: true,
      },
      {
        gateId: 'go-live',
        name: 'Go-live',
        milestoneRowId: 'launch',
        approverRoles: ['leadership'],
        approverAccountIds: [SOPHIE],
        quorum: { kind: 'any' },
        afterGateId: 'legal',
        dueDate: '2026-11-30',
        declineNeedsReason: false,
      },
    ],
    kpis: [
      {
        kpiId: 'leads',
        name: 'Leads',
        unit: 'count',
        target: 1000,
        direction: 'higher_is_better',
        windowStart: '2026-12-01',
        windowEnd: '2026-12-30',
      },
      {
        kpiId: 'cpl',
        name: 'Cost per lead',
        unit: 'currency',
        target: 12,
        direction: 'lower_is_better',
        windowStart: '2026-12-01',
        windowEnd: '2026-12-30',
      },
    ],
    warnings: [],
    ...overrides,
  };
}

export function record(p: CampaignPlan = plan()): CampaignRecord {
  return CampaignRecord.parse({
    epicKey: KEYS.epic,
    requestId: 'req-1',
    createdAt: '2026-11-02T09:00:00.000Z',
    createdBy: 'acc-camille',
    plan: p,
    issueKeys: { ...KEYS },
  });
}

const MILESTONE_OF: Partial<Record<RowKey, RowKey>> = { design: 'creative', copy: 'creative', ads: 'launch', email: 'launch' };
const BLOCKED_BY: Partial<Record<RowKey, string[]>> = {
  creative: [KEYS.design, KEYS.copy],
  launch: [KEYS.ads, KEYS.email],
  ads: [KEYS.design],
};

/** A snapshot issue as the roll-up would hold it for a row of `plan()`, open and with no costs recorded. */
export function issue(row: RowKey, overrides: Partial<SnapshotIssue> = {}): SnapshotIssue {
  const p = plan();
  const planRow = p.rows.find((r) => r.rowId === row);
  const milestone = MILESTONE_OF[row];
  return {
    key: KEYS[row],
    id: String(10000 + Number(KEYS[row].split('-')[1])),
    kind: row === 'epic' ? 'epic' : (planRow?.kind ?? 'other'),
    ...(row === 'epic' ? {} : { rowId: row }),
    ...(milestone ? { milestoneKey: KEYS[milestone] } : {}),
    summary: row === 'epic' ? 'Atelier Pro' : (planRow?.summary ?? row),
    statusCategory: 'new',
    dueDate: planRow?.dueDate ?? null,
    created: '2026-11-02T09:00:00.000+0100',
    resolved: null,
    assigneeAccountId: planRow?.assigneeAccountId ?? null,
    estimateDays: planRow ? planRow.estimateBusinessDays : null,
    plannedCost: planRow?.plannedCost ?? null,
    actualCost: null,
    committedCost: null,
    costCategory: planRow?.costCategory ?? null,
    blockedBy: BLOCKED_BY[row] ?? [],
    updated: '2026-11-02T09:00:00.000+0100',
    ...overrides,
  };
}

/** Done on `day`, with its actual cost. */
export const done = (day: string, actualCost?: number): Partial<SnapshotIssue> => ({
  statusCategory: 'done',
  resolved: `${day}T16:00:00.000+0100`,
  ...(actualCost !== undefined ? { actualCost } : {}),
});

export function snapshot(overrides: Partial<Record<RowKey, Partial<SnapshotIssue>>> = {}, throughputDays: string[] = []): CampaignSnapshot {
  const rows = Object.keys(KEYS) as RowKey[];
  return CampaignSnapshot.parse({
    epicKey: KEYS.epic,
    issues: Object.fromEntries(rows.map((r) => [KEYS[r], issue(r, overrides[r])])),
    throughputDays,
    refreshedAt: '2026-11-24T08:00:00.000Z',
    version: 1,
  });
}
