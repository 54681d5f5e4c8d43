import type { Language } from '../locale';

/**
 * The words Jira itself shows for the app's modules (manifest `title: {i18n: key}`), in
 * the nested shape of Forge's translation files. `src/wording/locales/*.json` are written from this table
 * (`npx tsx local/checks/write-manifest-locales.ts`); a test fails when they differ.
 */
/** The app's Jira custom fields (`jira:customField` module keys), as Jira names and describes them. */
type FieldWords = Record<
  'planned-cost' | 'actual-cost' | 'committed-cost' | 'campaign-budget' | 'campaign-kpis',
  { name: string; description: string }
>;

export interface ManifestWords {
  modules: {
    panel: { title: string };
    planner: { title: string };
    breakdown: { title: string };
    gadget: { title: string; description: string };
    /** The global page (`jira:globalPage`) and its sidebar pages. */
    portfolio: { title: string; pages: Record<'calendar' | 'portfolio' | 'capacity' | 'collisions', string> };
    /** The Confluence macro (`macro`) and the title of its configuration. */
    macro: { title: string; description: string; configTitle: string };
  };
  fields: FieldWords;
}

export const en: ManifestWords = {
  modules: {
    panel: { title: 'Campaign Control' },
    planner: { title: 'Campaigns' },
    breakdown: { title: 'Break down goal' },
    gadget: {
      title: 'Upcoming launches / campaigns at risk',
      description: 'The campaign launches of the next weeks and the campaigns at risk, for one project or for all.',
    },
    portfolio: {
      title: 'Campaigns',
      pages: { calendar: 'Calendar', portfolio: 'Portfolio', capacity: 'Capacity', collisions: 'Collisions' },
    },
    macro: {
      title: 'Campaign status',
      description: 'A campaign’s live status from Jira: health, launch and forecast, budget burn, sign-off.',
      configTitle: 'Campaign shown',
    },
  },
  fields: {
    'planned-cost': { name: 'Planned cost', description: 'Planned cost of this piece of campaign work, in the campaign’s currency.' },
    'actual-cost': { name: 'Actual cost', description: 'Money actually spent on this piece of campaign work, in the campaign’s currency.' },
    'committed-cost': { name: 'Committed cost', description: 'Money committed (purchase orders, signed quotes) but not yet spent.' },
    'campaign-budget': { name: 'Campaign budget', description: 'The campaign’s total budget and its currency.' },
    'campaign-kpis': { name: 'Campaign KPIs', description: 'KPI targets (and actuals when measured) of the campaign.' },
  },
};

export const fr: ManifestWords = {
  modules: {
    panel: { title: 'Campaign Control' },
    planner: { title: 'Campagnes' },
    breakdown: { title: 'Découper l’objectif' },
    gadget: {
      title: 'Lancements à venir / campagnes à risque',
      description: 'Les lancements de campagne des semaines à venir et les campagnes à risque, pour un projet ou pour tous.',
    },
    portfolio: {
      title: 'Campagnes',
      pages: { calendar: 'Calendrier', portfolio: 'Portefeuille', capacity: 'Capacité', collisions: 'Collisions' },
    },
    macro: {
      title: 'Statut de campagne',
      description:
        'Le statut en direct d’une campagne dans Jira\u202f: santé, lancement et prévision, consommation du budget, validations.',
      configTitle: 'Campagne affichée',
    },
  },
  fields: {
    'planned-cost': { name: 'Coût prévu', description: 'Coût prévu de ce travail de campagne, dans la devise de la campagne.' },
    'actual-cost': {
      name: 'Coût réel',
      description: 'Montant réellement dépensé pour ce travail de campagne, dans la devise de la campagne.',
    },
    'committed-cost': { name: 'Coût engagé', description: 'Montant engagé (bons de commande, devis signés) mais pas encore dépensé.' },
    'campaign-budget': { name: 'Budget de la campagne', description: 'Le budget total de la campagne et sa devise.' },
    'campaign-kpis': {
      name: 'Indicateurs de la campagne',
      description: 'Les objectifs des indicateurs clés de la campagne (et leurs valeurs mesurées).',
    },
  },
};

/** Forge's locale code of each language's translation file. */
export const MANIFEST_LOCALES: Record<Language, 'en-US' | 'fr-FR'> = { en: 'en-US', fr: 'fr-FR' };

export const manifestWords: Record<Language, ManifestWords> = { en, fr };
