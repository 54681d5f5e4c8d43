import { DomainError } from '../../domain/errors';
import type { CampaignTemplate } from '../../domain/model';
import { builtInTemplate } from '../../domain/templates';
import type { TemplateStorePort } from '../ports/template-store';

/**
 * A built-in or stored template. Built-in templates ship with the app; a stored template with the same id never
 * shadows one (ids are checked on save). Errors: NOT_FOUND `templateId`.
 */
export async function findTemplate(templateId: string, store: TemplateStorePort): Promise<CampaignTemplate> {
  const found = builtInTemplate(templateId) ?? (await store.get(templateId));
  if (!found) throw new DomainError('NOT_FOUND', { key: 'errors.templateUnknown', params: { templateId } }, 'templateId');
  return found;
}
