import type { PublishStatusReportResult } from '../../../src/contracts/status-report';

/** Words of the "Publish status report" action, loaded with its chunk (see report-lazy.tsx). */
export interface ReportStrings {
  publish: string;
  publishing: string;
  published: (kind: PublishStatusReportResult['kind'], version: number, created: boolean) => string;
  openPage: (title: string) => string;
}

const en: ReportStrings = {
  publish: 'Publish status report',
  publishing: 'Publishing…',
  published: (kind, version, created) =>
    `${kind === 'post-campaign' ? 'Post-campaign report' : 'Status report'} ${created ? 'published' : 'updated'} (version ${version}).`,
  openPage: (title) => `Open “${title}” in Confluence`,
};

const fr: ReportStrings = {
  publish: 'Publier le rapport de statut',
  publishing: 'Publication…',
  published: (kind, version, created) =>
    `${kind === 'post-campaign' ? 'Bilan de campagne' : 'Rapport de statut'} ${created ? 'publié' : 'mis à jour'} (version ${version}).`,
  openPage: (title) => `Ouvrir « ${title} » dans Confluence`,
};

export const reportStringsFor = (lang: 'en' | 'fr'): ReportStrings => (lang === 'fr' ? fr : en);
