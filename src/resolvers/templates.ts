import { getTemplate } from '../usecases/templates/get-template';
import { listTemplates } from '../usecases/templates/list-templates';
import { saveTemplate } from '../usecases/templates/save-template';
import { templatePorts } from '../wiring/planner';
import { scopeOf, userOf } from './caller-scope';
import { contractResolver } from './define';

/** Built-in and saved templates, and whether the caller may copy and edit them (project admins). */
export const listTemplatesResolver = contractResolver('listTemplates', (input, caller) =>
  listTemplates({ ...input, ...scopeOf(caller) }, userOf(caller), templatePorts()),
);

/** A template, for people who can see the project it is planned in (templates are the app's, not public). */
export const getTemplateResolver = contractResolver('getTemplate', (input, caller) =>
  getTemplate({ ...input, ...scopeOf(caller) }, userOf(caller), templatePorts()),
);

/** Copy or edit a template (project admins only); the server decides the version. */
export const saveTemplateResolver = contractResolver('saveTemplate', (input, caller) =>
  saveTemplate({ ...input, ...scopeOf(caller) }, userOf(caller), templatePorts()),
);
