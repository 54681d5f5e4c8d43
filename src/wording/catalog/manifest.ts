import type { Language } from '../locale';

/**
 * The words Jira itself shows for the app's modules (manifest `title: {i18n: key}`), in
 * the nested shape of Forge's translation files. `src/wording/locales/*.json` are written from this table
 * (`npx tsx local/checks/write-manifest-locales.ts`); a test fails when they differ.
 */
export interface ManifestWords {
  modules: { panel: { title: string }; planner: { title: string }; breakdown: { title: string } };
}

export const en: ManifestWords = {
  modules: { panel: { title: 'Campaign Control' }, planner: { title: 'Campaigns' }, breakdown: { title: 'Break down goal' } },
};

export const fr: ManifestWords = {
  modules: { panel: { title: 'Campaign Control' }, planner: { title: 'Campagnes' }, breakdown: { title: 'Découper l’objectif' } },
};

/** Forge's locale code of each language's translation file. */
export const MANIFEST_LOCALES: Record<Language, 'en-US' | 'fr-FR'> = { en: 'en-US', fr: 'fr-FR' };

export const manifestWords: Record<Language, ManifestWords> = { en, fr };
