import { CampaignPlan } from '../../../src/domain/model';

/** A small hand-written plan: two milestones, three tasks, one dependency. */
export const smallPlan = (): CampaignPlan =>
  CampaignPlan.parse({
    templateId: 'launch',
    templateVersion: 1,
    language: 'fr',
    projectKey: 'MKT',
    name: 'Atelier Pro',
    launchDate: '2026-12-01',
    holidayCalendar: 'FR',
    budget: { amount: 20000, currency: 'EUR' },
    campaignLabel: 'campaign-atelier-pro',
    rows: [
      { rowId: 'creative-final', kind: 'milestone', summary: 'Créations finales', ownerRole: 'pm', startDate: '2026-11-10', dueDate: '2026-11-10', estimateBusinessDays: 0 },
      { rowId: 'go-live', kind: 'milestone', summary: 'Mise en ligne', ownerRole: 'pm', startDate: '2026-12-01', dueDate: '2026-12-01', estimateBusinessDays: 0 },
      { rowId: 'copy', kind: 'task', parentRowId: 'creative-final', summary: 'Textes', ownerRole: 'copywriter', startDate: '2026-11-02', dueDate: '2026-11-05', estimateBusinessDays: 4, plannedCost: 1200 },
      { rowId: 'visuals', kind: 'task', parentRowId: 'creative-final', summary: 'Visuels', ownerRole: 'designer', assigneeAccountId: 'acc-noah', startDate: '2026-11-06', dueDate: '2026-11-09', estimateBusinessDays: 2, dependsOn: [{ rowId: 'copy', lagBusinessDays: 0 }] },
      { rowId: 'landing', kind: 'task', parentRowId: 'go-live', summary: 'Page', ownerRole: 'web_developer', startDate: '2026-11-20', dueDate: '2026-12-15', estimateBusinessDays: 3 },
    ],
    gates: [],
    kpis: [{ kpiId: 'leads', name: 'Leads', unit: 'count', target: 300, direction: 'higher_is_better', windowStart: '2026-12-01', windowEnd: '2026-12-31' }],
    brief: { pageId: '1638402', title: 'Atelier Pro', url: 'https://example.atlassian.net/wiki/spaces/MKT/pages/1638402', version: 3, values: [], problems: [] },
  });
