import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP } from '../typography';
import * as health from './health';

/**
 * Every word of the portfolio report (`publishPortfolioReport`): the Confluence page with the portfolio's table,
 * its totals per currency and its calendar as a table, in the publisher's language (numbers and dates come
 * formatted).
 */
export interface PortfolioReportWords {
  title: string;
  /** `projects`: the projects' keys as a list in the sentence's language; `projectCount` how many. */
  intro: (campaigns: number, projects: string, projectCount: number) => string;
  generated: (when: string) => string;
  none: string;
  portfolio: string;
  totals: string;
  totalsNote: string;
  calendar: string;
  calendarNote: string;
  columns: {
    campaign: string;
    project: string;
    owner: string;
    health: string;
    launch: string;
    p85: string;
    budget: string;
    actual: string;
    eac: string;
    variance: string;
    signoff: string;
    kpi: string;
    firstWork: string;
    milestones: string;
    currency: string;
    campaigns: string;
  };
  healthState: (typeof health.en)['healthState'];
  signoffProgress: (approved: number, total: number, late: number) => string;
  milestone: (name: string, date: string) => string;
  /** An empty cell: no date, no forecast, no figure yet. */
  empty: string;
}

export const en: PortfolioReportWords = {
  title: 'Campaign portfolio',
  intro: (n, projects, count) =>
    `${n} ${plural('en', n, { one: 'campaign', other: 'campaigns' })} in ${plural('en', count, { one: 'project', other: 'projects' })} ${projects}, as the publisher may see them in Jira.`,
  generated: (when) =>
    `Published by Campaign Control on ${when}, from each campaign’s latest figures. Each update adds a version to this page’s history.`,
  none: 'The publisher may see no campaign.',
  portfolio: 'Campaigns',
  totals: 'Totals per currency',
  totalsNote: 'Amounts in different currencies are never added together; a campaign without an expected final cost counts at its budget.',
  calendar: 'Calendar',
  calendarNote: 'Each campaign from its first work to its launch, with its milestones and the cautious date (P85) of its launch.',
  columns: {
    campaign: 'Campaign',
    project: 'Project',
    owner: 'Owner',
    health: 'Health',
    launch: 'Launch',
    p85: 'Cautious date (P85)',
    budget: 'Budget',
    actual: 'Actual',
    eac: 'Expected final cost',
    variance: 'Variance',
    signoff: 'Sign-offs',
    kpi: 'KPI attainment',
    firstWork: 'First work',
    milestones: 'Milestones',
    currency: 'Currency',
    campaigns: 'Campaigns',
  },
  healthState: health.en.healthState,
  signoffProgress: (approved, total, late) => `${approved} of ${total} approved${late > 0 ? `, ${late} late` : ''}`,
  milestone: (name, date) => `${name}: ${date}`,
  empty: '—',
};

export const fr: PortfolioReportWords = {
  title: 'Portefeuille des campagnes',
  intro: (n, projects, count) =>
    `${n} ${plural('fr', n, { one: 'campagne', other: 'campagnes' })} dans ${count > 1 ? 'les projets' : 'le projet'} ${projects}, telles que l’auteur de la publication peut les voir dans Jira.`,
  generated: (when) =>
    `Publié par Campaign Control le ${when}, d’après les derniers chiffres de chaque campagne. Chaque mise à jour ajoute une version à l’historique de cette page.`,
  none: 'L’auteur de la publication ne voit aucune campagne.',
  portfolio: 'Campagnes',
  totals: 'Totaux par devise',
  totalsNote: 'Les montants de devises différentes ne sont jamais additionnés. Une campagne sans coût final estimé compte pour son budget.',
  calendar: 'Calendrier',
  calendarNote: 'Chaque campagne, de ses premiers travaux à son lancement, avec ses jalons et la date prudente (P85) de son lancement.',
  columns: {
    campaign: 'Campagne',
    project: 'Projet',
    owner: 'Responsable',
    health: 'Santé',
    launch: 'Lancement',
    p85: 'Date prudente (P85)',
    budget: 'Budget',
    actual: 'Réel',
    eac: 'Coût final estimé',
    variance: 'Écart',
    signoff: 'Validations',
    kpi: 'Atteinte des indicateurs',
    firstWork: 'Début des travaux',
    milestones: 'Jalons',
    currency: 'Devise',
    campaigns: 'Campagnes',
  },
  healthState: health.fr.healthState,
  signoffProgress: (approved, total, late) =>
    `${approved} ${plural('fr', approved, { one: 'approuvée', other: 'approuvées' })} sur ${total}${late > 0 ? `, ${late} en retard` : ''}`,
  milestone: (name, date) => `${name}${NNBSP}: ${date}`,
  empty: '—',
};

export const portfolioReportWords = (lang: Language): PortfolioReportWords => (lang === 'fr' ? fr : en);
