/**
 * The names of a campaign brief's sections, as the planner labels them (the brief reader's problems reuse them).
 * The keys are the brief reader's `SectionField`s: `src/domain/brief/labels.ts` checks they cover every one.
 */
export const en = {
  sectionNames: {
    objective: 'Objective',
    audience: 'Audience',
    launchDate: 'Launch date',
    budget: 'Budget',
    channels: 'Channels',
    kpis: 'KPIs',
    approvers: 'Approvers',
    keyMessages: 'Key messages',
  },
};

export const fr: typeof en = {
  sectionNames: {
    objective: 'Objectif',
    audience: 'Cible',
    launchDate: 'Date de lancement',
    budget: 'Budget',
    channels: 'Canaux',
    kpis: 'KPI',
    approvers: 'Valideurs',
    keyMessages: 'Messages clés',
  },
};
