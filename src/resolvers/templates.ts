import { z } from 'zod';
import { RowId } from '../domain/model';
import { getTemplate } from '../usecases/templates/get-template';
import { listTemplates } from '../usecases/templates/list-templates';
import { saveTemplate } from '../usecases/templates/save-template';
import { templatePorts } from '../wiring/planner';
import { scopeOf, userOf } from './caller-scope';
import { defineResolver } from './define';
import { PROJECT_KEY } from './project-scope';

export const listTemplatesResolver = defineResolver(
  z.object({ projectKey: z.string().regex(PROJECT_KEY).optional() }).strict(),
  (input, caller) => listTemplates({ ...input, ...scopeOf(caller) }, userOf(caller), templatePorts()),
);

/** A template, for people who can see the project it is planned in (templates are the app's, not public). */
export const getTemplateResolver = defineResolver(
  z.object({ templateId: RowId, projectKey: z.string().regex(PROJECT_KEY).optional() }).strict(),
  (input, caller) => getTemplate({ ...input, ...scopeOf(caller) }, userOf(caller), templatePorts()),
);

const SavePayload = z
  .object({
    template: z.record(z.unknown()),
    basedOnVersion: z.number().int().min(1).optional(),
    projectKey: z.string().regex(PROJECT_KEY).optional(),
  })
  .strict();

/** Copy or edit a template (project admins only); the server decides the version. */
export const saveTemplateResolver = defineResolver(SavePayload, (input, caller) => saveTemplate({ ...input, ...scopeOf(caller) }, userOf(caller), templatePorts()));
