import type { Route } from '../../http/types';
import { attachmentRoutes } from './attachments';
import { bulkRoutes } from './bulk';
import { changelogRoutes } from './changelog';
import { commentRoutes } from './comments';
import { issueRoutes } from './issues';
import { linkRoutes } from './links';
import { metaRoutes } from './meta';
import { myPermissionsRoutes } from './my-permissions';
import { bulkPermissionRoutes } from './bulk-permissions';
import { propertyRoutes } from './properties';
import { searchRoutes } from './search';
import { transitionRoutes } from './transitions';
import { userRoutes } from './users';
import { assignableUserRoutes } from './assignable-users';

/** Every Jira Cloud REST v3 route the emulator serves. */
export function jiraRoutes(): Route[] {
  return [
    ...userRoutes(),
    ...assignableUserRoutes(),
    ...metaRoutes(),
    ...issueRoutes(),
    ...bulkRoutes(),
    ...searchRoutes(),
    ...transitionRoutes(),
    ...propertyRoutes(),
    ...commentRoutes(),
    ...attachmentRoutes(),
    ...changelogRoutes(),
    ...linkRoutes(),
    ...myPermissionsRoutes(),
    ...bulkPermissionRoutes(),
  ];
}
