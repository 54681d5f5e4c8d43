import type { Database } from '../../db/sqlite';
import { findPage } from '../../confluence/store/pages';
import { forgeMacros, matchesPattern, type ForgeMacro } from '../../confluence/forge-macros';
import { allModules, type LocalManifest, type ManifestModule } from '../manifest';
import { LOCAL_APP_ID, LOCAL_ENVIRONMENT_ID } from '../runtime';

export const MACRO_MODULE = 'macro';

/** The app's id alone (the local ARI's last part), as Forge's extension keys name an app. */
const APP_UUID = LOCAL_APP_ID.slice(LOCAL_APP_ID.lastIndexOf('/') + 1);

/** `<appId>/<environmentId>/static/<moduleKey>`: the extension key Confluence gives this app's macro. */
export const extensionKeyFor = (moduleKey: string): string => `${APP_UUID}/${LOCAL_ENVIRONMENT_ID}/static/${moduleKey}`;

export const macroModules = (manifest: LocalManifest): ManifestModule[] => allModules(manifest).filter((m) => m.type === MACRO_MODULE);

/** The macro module an extension key names (any environment of this app). */
export function moduleOfKey(manifest: LocalManifest, extensionKey: string): ManifestModule | undefined {
  return macroModules(manifest).find((m) => extensionKey.endsWith(`/static/${m.key}`) && extensionKey.startsWith(`${APP_UUID}/`));
}

const patternsOf = (module: ManifestModule): string[] => {
  const auto = (module as { autoConvert?: { matchers?: { pattern?: unknown }[] } }).autoConvert;
  return (auto?.matchers ?? []).map((m) => m.pattern).filter((p): p is string => typeof p === 'string');
};

/** The first macro module whose autoConvert matchers match a pasted address, as Confluence's editor checks them. */
export const autoConvertModule = (manifest: LocalManifest, url: string): ManifestModule | undefined =>
  macroModules(manifest).find((m) => patternsOf(m).some((p) => matchesPattern(p, url)));

/** One macro of a page by its local id. */
export function macroOnPage(
  db: Database,
  pageId: number,
  localId: string,
): { macro: ForgeMacro; spaceKey: string; spaceId: number } | undefined {
  const page = findPage(db, pageId);
  const macro = page ? forgeMacros(page.storage).find((m) => m.localId === localId) : undefined;
  return page && macro ? { macro, spaceKey: page.space_key, spaceId: page.space_id } : undefined;
}

/**
 * A macro's `extension` context, as Confluence gives it to the macro's frame and resolver: the page and space, the
 * macro's configuration, whether the page is being edited, the link autoConvert inserted it from; with
 * `entryPoint: 'config'` for its configuration view.
 */
export function macroExtension(
  db: Database,
  module: ManifestModule,
  input: { contentId?: string; macroLocalId?: string; isEditing?: boolean; entryPoint?: string },
): Record<string, unknown> {
  const found = input.contentId && input.macroLocalId ? macroOnPage(db, Number(input.contentId), input.macroLocalId) : undefined;
  const configuring = input.entryPoint === 'config';
  return {
    type: module.type,
    content: { id: input.contentId ?? '', type: 'page' },
    space: found ? { id: String(found.spaceId), key: found.spaceKey } : {},
    isEditing: input.isEditing === true || configuring,
    config: found?.macro.config ?? {},
    ...(found?.macro.autoConvertLink ? { autoConvertLink: found.macro.autoConvertLink } : {}),
    macro: { isConfiguring: configuring, isInserting: false },
    ...(configuring ? { entryPoint: 'config' } : {}),
  };
}
