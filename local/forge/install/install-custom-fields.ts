import type { Database } from '../../db/sqlite';
import { findField } from '../../jira/store/catalog';
import { forgeFieldByExtension, upsertForgeField } from '../../jira/store/forge-fields';
import { LOCAL_ENVIRONMENT_ID } from '../runtime';
import { nameOf, readCustomFieldModules, type CustomFieldModule } from './custom-field-modules';

/** Ids Jira gives Forge fields here: customfield_10100..19999, chosen from the module key so every install agrees. */
const FIRST_ID = 10100;
const ID_SPAN = 9900;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function freeIdFor(db: Database, seed: string): number {
  const start = fnv1a(seed) % ID_SPAN;
  for (let i = 0; i < ID_SPAN; i++) {
    const n = FIRST_ID + ((start + i) % ID_SPAN);
    if (!findField(db, `customfield_${n}`)) return n;
  }
  throw new Error('no free custom field id left');
}

/** Jira's field type for a Forge field: lists become arrays of the item type. */
function jiraType(m: CustomFieldModule): string {
  return m.collection === 'list' ? 'array' : m.type;
}

export interface InstalledField {
  moduleKey: string;
  fieldId: string;
  name: string;
}

/**
 * Installs the app's `jira:customField` modules in the emulator like Jira does for a Forge app: a `customfield_*`
 * per module whose schema.custom is the extension ARI. Idempotent: re-installing keeps ids and stored values.
 */
export function installCustomFields(db: Database, appDir: string, environmentId = LOCAL_ENVIRONMENT_ID): InstalledField[] {
  const { appUuid, fields } = readCustomFieldModules(appDir);
  return fields.map((m) => {
    const extensionAri = `ari:cloud:ecosystem::extension/${appUuid}/${environmentId}/static/${m.key}`;
    const existing = forgeFieldByExtension(db, extensionAri);
    const customId = existing ? Number(existing.field_id.replace('customfield_', '')) : freeIdFor(db, extensionAri);
    const fieldId = `customfield_${customId}`;
    upsertForgeField(db, {
      fieldId,
      name: nameOf(m),
      schema: { type: jiraType(m), custom: extensionAri, customId },
      fieldKey: `${appUuid}__DEVELOPMENT__${m.key}`,
      valueSchema: m.type === 'object' ? (m.schema ?? { type: 'object' }) : undefined,
    });
    return { moduleKey: m.key, fieldId, name: nameOf(m) };
  });
}
