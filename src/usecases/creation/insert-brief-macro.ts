import { statusMacroStorage, withStatusMacro } from '../../domain/macro/status-macro';
import * as macro from '../../wording/catalog/macro';
import type { Language } from '../../wording/locale';
import { render } from '../../wording/messages';
import type { BriefPageWriterPort } from '../ports/brief-page-writer';

export type BriefMacroOutcome = { kind: 'inserted' } | { kind: 'present' } | { kind: 'gone' } | { kind: 'conflict' };

/** A save that meets a newer version re-reads the page and tries once more; a second conflict is reported. */
const ATTEMPTS = 2;

/**
 * Adds the campaign status macro (configured with `epicKey`) at the top of the brief page, as a new version built on
 * the page as just read: nothing of the page is lost, even when someone saved it in between (409: read again, once).
 * A page that shows the campaign's macro already is left as it is, so a resumed job never adds a second one.
 */
export async function insertBriefMacro(
  input: { pageId: string; epicKey: string; language: Language },
  pages: BriefPageWriterPort,
): Promise<BriefMacroOutcome> {
  const title = (input.language === 'fr' ? macro.fr : macro.en).title;
  const message = render(input.language, { key: 'creation.briefMacroVersion', params: { epicKey: input.epicKey } });
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const page = await pages.read(input.pageId);
    if (!page) return { kind: 'gone' };
    const storage = withStatusMacro(
      page.storage,
      input.epicKey,
      statusMacroStorage({ app: pages.app(), issueKey: input.epicKey, localId: pages.newId(), title }),
    );
    if (storage === null) return { kind: 'present' };
    if ((await pages.update(page, storage, message)) === 'updated') return { kind: 'inserted' };
  }
  return { kind: 'conflict' };
}
