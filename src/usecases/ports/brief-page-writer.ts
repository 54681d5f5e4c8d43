import type { AppIdentity } from '../../domain/macro/status-macro';

/** A Confluence page as the app reads it to add to it: its storage body and the version that body is. */
export interface WritableBriefPage {
  id: string;
  title: string;
  version: number;
  storage: string;
}

/**
 * The brief page a campaign was created from, read and written as the PM (Confluence's own permissions decide).
 * `update` writes version `page.version + 1`; `conflict` when someone saved a newer version first (409).
 */
export interface BriefPageWriterPort {
  read(pageId: string): Promise<WritableBriefPage | null>;
  update(page: WritableBriefPage, storage: string, message: string): Promise<'updated' | 'conflict'>;
  /** The app and environment the macro's extension key names. */
  app(): AppIdentity;
  newId(): string;
}
