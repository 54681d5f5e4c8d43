import { CampaignTemplate, type OwnerRole } from '../../../src/domain/model';
import { buildPlan, type BuildPlanInput } from '../../../src/domain/plan/build-plan';

/** A small template whose dates and costs are easy to work out by hand. */
export const MINI = CampaignTemplate.parse({
  id: 'mini',
  version: 3,
  name: { en: 'Spring Sale', fr: 'Soldes de printemps' },
  description: { en: 'Test template', fr: 'Modèle de test' },
  referenceBudget: { amount: 6000, currency: 'EUR' },
  milestones: [
    { id: 'report', name: { en: 'Report', fr: 'Bilan' }, offsetBusinessDays: 3 },
    { id: 'kickoff', name: { en: 'Kick-off', fr: 'Lancement du projet' }, offsetBusinessDays: -10 },
    { id: 'creative', name: { en: 'Creative assets final', fr: 'Créations finales' }, offsetBusinessDays: -5 },
    { id: 'launch', name: { en: 'Launch', fr: 'Lancement' }, offsetBusinessDays: 0 },
  ],
  tasks: [
    {
      id: 'brief',
      milestoneId: 'kickoff',
      summary: { en: 'Write brief', fr: 'Écrire le brief' },
      ownerRole: 'pm',
      estimateBusinessDays: 2,
      plannedCost: { amount: 1000, category: 'agency' },
    },
    {
      id: 'design',
      milestoneId: 'creative',
      summary: { en: 'Design', fr: 'Design' },
      ownerRole: 'designer',
      estimateBusinessDays: 3,
      plannedCost: { amount: 2000, category: 'production' },
      dependsOn: [{ taskId: 'brief', lagBusinessDays: 1 }],
    },
    {
      id: 'copy',
      milestoneId: 'creative',
      summary: { en: 'Copy', fr: 'Textes' },
      ownerRole: 'copywriter',
      estimateBusinessDays: 2,
      dependsOn: [{ taskId: 'brief' }],
    },
    {
      id: 'ads',
      milestoneId: 'launch',
      summary: { en: 'Start ads', fr: 'Lancer les publicités' },
      ownerRole: 'media_buyer',
      estimateBusinessDays: 1,
      plannedCost: { amount: 3000, category: 'media' },
      dependsOn: [{ taskId: 'design' }, { taskId: 'copy' }],
    },
    {
      id: 'results',
      milestoneId: 'report',
      summary: { en: 'Results', fr: 'Résultats' },
      ownerRole: 'analyst',
      estimateBusinessDays: 2,
      dependsOn: [{ taskId: 'ads', lagBusinessDays: 1 }],
    },
  ],
  gates: [
    {
      id: 'brand',
      name: { en: 'Brand', fr: 'Marque' },
      milestoneId: 'creative',
      approverRoles: ['brand'],
      quorum: { kind: 'count', n: 1 },
    },
    {
      id: 'legal',
      name: { en: 'Legal', fr: 'Juridique' },
      milestoneId: 'creative',
      approverRoles: ['legal', 'brand'],
      quorum: { kind: 'count', n: 2 },
      afterGateId: 'brand',
      dueBusinessDaysBeforeMilestone: 2,
    },
    {
      id: 'go',
      name: { en: 'Go', fr: 'Go' },
      milestoneId: 'launch',
      approverRoles: ['leadership'],
      quorum: { kind: 'all' },
      transitionOnApproval: 'Done',
    },
  ],
  kpis: [
    {
      id: 'revenue',
      name: { en: 'Revenue', fr: 'CA' },
      unit: 'currency',
      target: 50000,
      direction: 'higher_is_better',
      window: { fromDays: 0, toDays: 7 },
    },
    {
      id: 'ctr',
      name: { en: 'CTR', fr: 'CTR' },
      unit: 'percent',
      target: 2,
      direction: 'higher_is_better',
      window: { fromDays: -3, toDays: 14 },
    },
  ],
});

export const EVERYONE: Partial<Record<OwnerRole, string[]>> = {
  pm: ['pm-1', 'pm-2'],
  designer: ['des-1'],
  copywriter: ['copy-1'],
  media_buyer: ['media-1'],
  analyst: ['ana-1'],
  brand: ['brand-1', 'brand-2'],
  legal: ['legal-1', 'brand-1'],
  leadership: ['boss-1'],
};

/** Launch Friday 2026-06-12 (FR: no holiday nearby), planned well ahead. */
export const miniPlan = (over: Partial<BuildPlanInput> = {}) =>
  buildPlan({
    template: MINI,
    launchDate: '2026-06-12',
    budget: { amount: 6000, currency: 'EUR' },
    holidayCalendar: 'FR',
    language: 'en',
    projectKey: 'MKT',
    today: '2026-04-01',
    roleAssignments: EVERYONE,
    ...over,
  });
