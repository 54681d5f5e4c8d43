import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_LOCALES, manifestWords } from '../../src/wording/catalog/manifest';

/** Forge's translation files, as `manifest.yml`'s `translations.resources` name them: one per language. */
export const manifestLocaleFile = (appDir: string, code: string): string => join(appDir, 'src', 'wording', 'locales', `${code}.json`);

export const manifestLocaleJson = (lang: 'en' | 'fr'): string => `${JSON.stringify(manifestWords[lang], null, 2)}\n`;

if (require.main === module) {
  const appDir = resolve(__dirname, '..', '..');
  for (const lang of ['en', 'fr'] as const) writeFileSync(manifestLocaleFile(appDir, MANIFEST_LOCALES[lang]), manifestLocaleJson(lang));
  console.log('wrote src/wording/locales/en-US.json and fr-FR.json');
}
