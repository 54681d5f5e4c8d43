import { kvs, WhereConditions } from '@forge/kvs';
import { CampaignTemplate } from '../../domain/model';
import { AppError } from '../../shared/result';

/**
 * Project admins' own templates in app storage: `template:<id>` holds the current version and
 * `template-version:<id>:<n>` every version ever saved (append-only).
 */
const CURRENT = (id: string): string => `template:${id}`;
const VERSION = (id: string, version: number): string => `template-version:${id}:${String(version).padStart(6, '0')}`;
const PAGE = 100;

function parseStored(key: string, value: unknown): CampaignTemplate {
  const parsed = CampaignTemplate.safeParse(value);
  // A stored template that no longer parses is a bug or a tampered value: never show it half-read.
  if (!parsed.success) throw new AppError('INTERNAL', `Stored template ${key} is unreadable.`);
  return parsed.data;
}

export async function listStoredTemplates(): Promise<CampaignTemplate[]> {
  const out: CampaignTemplate[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith('template:')).limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) out.push(parseStored(r.key, r.value));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function getStoredTemplate(id: string): Promise<CampaignTemplate | undefined> {
  const value = await kvs.get<unknown>(CURRENT(id));
  return value === undefined ? undefined : parseStored(CURRENT(id), value);
}

/** Writes a new version; `expectedVersion` is the version the editor started from (undefined = must be new). */
export async function saveTemplateVersion(template: CampaignTemplate, expectedVersion: number | undefined): Promise<void> {
  const current = await getStoredTemplate(template.id);
  if (current && expectedVersion === undefined) {
    throw new AppError('INVALID_INPUT', { key: 'errors.templateIdTaken', params: { id: template.id } }, 'template.id');
  }
  if ((current?.version ?? undefined) !== expectedVersion) {
    throw new AppError(
      'INVALID_INPUT',
      current
        ? { key: 'errors.templateStale', params: { id: template.id, version: current.version } }
        : { key: 'errors.templateNotYet', params: { id: template.id } },
      'basedOnVersion',
    );
  }
  // Claiming the version key first makes two concurrent saves of the same version collide instead of one
  // silently overwriting the other (KVS has no compare-and-set on the current key).
  try {
    await kvs.set(VERSION(template.id, template.version), template, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (e) {
    if ((e as { code?: string }).code === 'KEY_ALREADY_EXISTS') {
      throw new AppError(
        'INVALID_INPUT',
        { key: 'errors.templateJustSaved', params: { id: template.id, version: template.version } },
        'basedOnVersion',
      );
    }
    throw e;
  }
  await kvs.set(CURRENT(template.id), template);
}
