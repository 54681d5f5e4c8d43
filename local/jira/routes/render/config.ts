import type { FieldRow, IssueTypeRow, LinkTypeRow, ProjectRow, StatusCategoryKey, StatusRow } from '../../store/rows';

/** JSON for configuration objects: statuses, issue types, projects, fields, link types. */

const CATEGORIES: Record<StatusCategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

export function statusCategoryJson(baseUrl: string, key: StatusCategoryKey) {
  const c = CATEGORIES[key];
  return { self: `${baseUrl}/rest/api/3/statuscategory/${c.id}`, id: c.id, key, colorName: c.colorName, name: c.name };
}

export function statusJson(baseUrl: string, s: StatusRow) {
  return {
    self: `${baseUrl}/rest/api/3/status/${s.id}`,
    description: s.description,
    iconUrl: `${baseUrl}/images/icons/status_generic.gif`,
    name: s.name,
    id: s.id,
    statusCategory: statusCategoryJson(baseUrl, s.category),
  };
}

export function issueTypeJson(baseUrl: string, t: IssueTypeRow) {
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: t.description,
    iconUrl: `${baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatar_id}?size=medium`,
    name: t.name,
    subtask: t.subtask === 1,
    avatarId: t.avatar_id,
    hierarchyLevel: t.hierarchy_level,
  };
}

function projectAvatars(baseUrl: string, p: ProjectRow): Record<string, string> {
  const url = (size: string): string => `${baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=${size}&pid=${p.id}`;
  return { '48x48': url('large'), '24x24': url('small'), '16x16': url('xsmall'), '32x32': url('medium') };
}

/** The project as embedded in an issue's `fields.project`. */
export function projectRefJson(baseUrl: string, p: ProjectRow) {
  return {
    self: `${baseUrl}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: p.project_type_key,
    simplified: false,
    avatarUrls: projectAvatars(baseUrl, p),
  };
}

/** The full `Project` bean of GET /project/{projectIdOrKey}. */
export function projectJson(baseUrl: string, p: ProjectRow, lead: unknown, issueTypes: IssueTypeRow[]) {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${baseUrl}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    description: p.description,
    lead,
    components: [],
    issueTypes: issueTypes.map((t) => issueTypeJson(baseUrl, t)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    name: p.name,
    roles: {},
    avatarUrls: projectAvatars(baseUrl, p),
    projectTypeKey: p.project_type_key,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

export interface FieldSchemaJson {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

export const fieldSchemaOf = (f: FieldRow): FieldSchemaJson => JSON.parse(f.schema_json) as FieldSchemaJson;

export function fieldJson(f: FieldRow) {
  const schema = fieldSchemaOf(f);
  const custom = f.custom === 1;
  const clauseNames = custom ? [`cf[${f.id.replace('customfield_', '')}]`, f.name] : [f.id];
  return {
    id: f.id,
    key: f.id,
    name: f.name,
    custom,
    orderable: f.orderable === 1,
    navigable: f.navigable === 1,
    searchable: f.searchable === 1,
    clauseNames,
    ...(schema.type ? { schema } : {}),
  };
}

export function linkTypeJson(baseUrl: string, t: LinkTypeRow) {
  return { id: t.id, name: t.name, inward: t.inward, outward: t.outward, self: `${baseUrl}/rest/api/3/issueLinkType/${t.id}` };
}
