import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { manifestLocaleFile, manifestLocaleJson } from '../../local/checks/write-manifest-locales';
import { MANIFEST_LOCALES, manifestWords } from '../../src/wording/catalog/manifest';

const APP = resolve(__dirname, '..', '..');

/** Every `{i18n: key}` in the manifest, with where it is. */
function i18nKeys(node: unknown, path = ''): { key: string; at: string }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => i18nKeys(n, `${path}[${i}]`));
  if (node && typeof node === 'object') {
    const entries = Object.entries(node as Record<string, unknown>);
    return entries.flatMap(([k, v]) => (k === 'i18n' && typeof v === 'string' ? [{ key: v, at: path }] : i18nKeys(v, `${path}.${k}`)));
  }
  return [];
}

const lookUp = (table: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((n, part) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[part] : undefined), table);

describe("the manifest's translations (module titles in the reader's language)", () => {
  const manifest = parse(readFileSync(resolve(APP, 'manifest.yml'), 'utf8')) as {
    translations: { resources: { key: string; path: string }[] };
  };

  it('are the wording catalogue, written to the files the manifest names', () => {
    for (const lang of ['en', 'fr'] as const) {
      const code = MANIFEST_LOCALES[lang];
      expect(manifest.translations.resources).toContainEqual({ key: code, path: `src/wording/locales/${code}.json` });
      // Stale files: run `npx tsx local/checks/write-manifest-locales.ts`.
      expect(readFileSync(manifestLocaleFile(APP, code), 'utf8')).toBe(manifestLocaleJson(lang));
    }
  });

  it('have every i18n key of the manifest in both languages, and the French titles are French', () => {
    const keys = i18nKeys(manifest);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const { key, at } of keys)
      for (const lang of ['en', 'fr'] as const) expect([at, lang, typeof lookUp(manifestWords[lang], key)]).toEqual([at, lang, 'string']);
    expect(manifestWords.fr.modules.breakdown.title).toBe('Découper l’objectif');
    expect(manifestWords.fr.modules.planner.title).toBe('Campagnes');
  });
});
