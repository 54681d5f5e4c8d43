/** Row shapes of the Confluence tables (see ../schema.ts). */
export interface SpaceRow {
  id: number;
  key: string;
  name: string;
  type: string;
  status: string;
  author_id: string;
  created_at: string;
  homepage_id: number | null;
  description: string;
}

/** A page joined with its current (highest) version. */
export interface PageRow {
  id: number;
  space_id: number;
  space_key: string;
  parent_id: number | null;
  title: string;
  status: string;
  author_id: string;
  owner_id: string;
  created_at: string;
  version_number: number;
  version_author: string;
  version_at: string;
  version_message: string;
  minor_edit: number;
  storage: string;
}

export interface PropertyRow {
  id: number;
  page_id: number;
  key: string;
  value_json: string;
  version_number: number;
  version_author: string;
  version_at: string;
  version_message: string;
}

/** The account id Confluence shows for content the Forge app itself wrote (asApp). */
export const APP_ACCOUNT_ID = '557058:campaign-control-app';
