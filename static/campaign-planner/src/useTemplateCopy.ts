import { useState } from 'react';
import { asFailure, invoke } from './api';
import type { Strings } from './i18n';
import { TEMPLATE_ID } from './slug';
import type { CampaignTemplate, CampaignTemplateInput } from './types';

export type CopyField = 'nameFr' | 'nameEn' | 'id';
export type CopyErrors = Partial<Record<CopyField | 'form', string>>;
export interface CopyValues {
  nameFr: string;
  nameEn: string;
  id: string;
}

/** Where a refusal of `saveTemplate` belongs in the dialog; `basedOnVersion` means the id is already taken. */
const FIELD_OF: Record<string, CopyField> = {
  'template.id': 'id',
  'template.name.fr': 'nameFr',
  'template.name.en': 'nameEn',
  'template.name': 'nameFr',
  basedOnVersion: 'id',
};

export function checkCopy(t: Strings, v: CopyValues): CopyErrors {
  const errors: CopyErrors = {};
  if (v.nameFr.trim() === '') errors.nameFr = t.required(t.copyNameFr);
  if (v.nameEn.trim() === '') errors.nameEn = t.required(t.copyNameEn);
  if (v.id === '') errors.id = t.required(t.copyId);
  else if (!TEMPLATE_ID.test(v.id)) errors.id = t.copyIdInvalid;
  return errors;
}

/** The stored template as a new one: the server decides version and built-in, the copy gets its own id and name. */
export function asCopy(source: CampaignTemplate, v: CopyValues): Omit<CampaignTemplateInput, 'version' | 'builtIn'> {
  const { version: _version, builtIn: _builtIn, ...rest } = source;
  return { ...rest, id: v.id, name: { fr: v.nameFr.trim(), en: v.nameEn.trim() } };
}

/** Reads the source template, saves the copy; refusals come back on the field they name. */
export function useTemplateCopy(t: Strings, projectKey: string | undefined) {
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<CopyErrors>({});
  const save = async (sourceId: string, values: CopyValues): Promise<CampaignTemplate | undefined> => {
    const checked = checkCopy(t, values);
    setErrors(checked);
    if (Object.keys(checked).length > 0) return undefined;
    setSaving(true);
    try {
      const { template } = await invoke('getTemplate', { templateId: sourceId, ...(projectKey ? { projectKey } : {}) });
      const saved = await invoke('saveTemplate', { template: asCopy(template, values), ...(projectKey ? { projectKey } : {}) });
      return saved.template;
    } catch (e) {
      const failure = asFailure(e);
      const field = failure.field ? FIELD_OF[failure.field] : undefined;
      const message = failure.field === 'basedOnVersion' ? t.copyIdTaken : failure.message;
      setErrors(field ? { [field]: message } : { form: message });
      return undefined;
    } finally {
      setSaving(false);
    }
  };
  return { saving, errors, save, clearError: (field: CopyField) => setErrors((e) => ({ ...e, [field]: undefined })) };
}
