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
    throw new AppError(
      'INVALID_INPUT',
      `template.id: a template '${template.id}' already exists; pick another id, or edit it with basedOnVersion`,
      'template.id',
    );
  }
  if ((current?.version ?? undefined) !== expectedVersion) {
    throw new AppError(
      'INVALID_INPUT',
      current
        ? `basedOnVersion: template '${template.id}' is at version ${current.version}; reload it before saving (someone saved since you opened it)`
        : `basedOnVersion: template '${template.id}' does not exist yet; save it without basedOnVersion`,
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
        `basedOnVersion: version ${template.version} of '${template.id}' was just saved by someone else; reload it`,
        'basedOnVersion',
      );
    }
    throw e;
  }
  await kvs.set(CURRENT(template.id), template);
}
