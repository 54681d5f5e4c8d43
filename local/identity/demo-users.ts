/**
 * The demo site's people. Account ids use Atlassian's `712020:<uuid>` shape.
 * `role` is what the person does in the marketing team; `jira` are their grants on MKT (and the same on EVT), `confluence` on space MKT.
 */
export type JiraPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS';
export type SpacePermission = 'read' | 'write';

export interface DemoUser {
  accountId: string;
  email: string;
  displayName: string;
  locale: 'fr_FR' | 'en_US';
  role: string;
  jira: JiraPermission[];
  /** Jira's global ADMINISTER permission (a site administrator: the portfolio settings are theirs). */
  siteAdmin?: boolean;
  confluence: SpacePermission[];
  accountType?: 'atlassian' | 'customer';
}

const EDITOR: JiraPermission[] = ['BROWSE_PROJECTS', 'EDIT_ISSUES'];

export const DEMO_USERS: readonly DemoUser[] = [
  {
    accountId: '712020:0c3f2f7e-1a11-4c6e-9b1e-camille00001',
    email: 'camille.martin@demo.local',
    displayName: 'Camille Martin',
    locale: 'fr_FR',
    role: 'Marketing PM',
    jira: [...EDITOR, 'ADMINISTER_PROJECTS'],
    siteAdmin: true,
    confluence: ['read', 'write'],
  },
  {
    accountId: '712020:1d4a3b8f-2b22-4d7f-8c2f-lea000000002',
    email: 'lea.dubois@demo.local',
    displayName: 'Léa Dubois',
    locale: 'fr_FR',
    role: 'Legal approver',
    jira: EDITOR,
    confluence: ['read'],
  },
  {
    accountId: '712020:2e5b4c90-3c33-4e80-9d30-hugo00000003',
    email: 'hugo.bernard@demo.local',
    displayName: 'Hugo Bernard',
    locale: 'fr_FR',
    role: 'Brand approver',
    jira: EDITOR,
    confluence: ['read'],
  },
  {
    accountId: '712020:3f6c5da1-4d44-4f91-ae41-sophie000004',
    email: 'sophie.laurent@demo.local',
    displayName: 'Sophie Laurent',
    locale: 'fr_FR',
    role: 'Leadership approver',
    jira: EDITOR,
    confluence: ['read', 'write'],
  },
  {
    accountId: '712020:4a7d6eb2-5e55-40a2-bf52-alex00000005',
    email: 'alex.partner@partner.example',
    displayName: 'Alex Partner',
    locale: 'en_US',
    role: 'External partner approver',
    jira: EDITOR,
    confluence: ['read'],
  },
  {
    accountId: '712020:5b8e7fc3-6f66-41b3-8063-noah00000006',
    email: 'noah.petit@demo.local',
    displayName: 'Noah Petit',
    locale: 'fr_FR',
    role: 'Designer',
    jira: EDITOR,
    confluence: ['read'],
  },
  {
    accountId: '712020:6c9f80d4-7077-42c4-9174-ines00000007',
    email: 'ines.moreau@demo.local',
    displayName: 'Inès Moreau',
    locale: 'fr_FR',
    role: 'Read-only viewer',
    jira: ['BROWSE_PROJECTS'],
    confluence: ['read'],
  },
  {
    accountId: '712020:7da091e5-8188-43d5-a285-sam000000008',
    email: 'sam.outsider@demo.local',
    displayName: 'Sam Outsider',
    locale: 'en_US',
    role: 'No access to MKT',
    jira: [],
    confluence: [],
  },
];

export const demoUser = (email: string): DemoUser => {
  const u = DEMO_USERS.find((x) => x.email === email);
  if (!u) throw new Error(`No demo user ${email}`);
  return u;
};

export const CAMILLE = demoUser('camille.martin@demo.local');
export const LEA = demoUser('lea.dubois@demo.local');
export const HUGO = demoUser('hugo.bernard@demo.local');
export const SOPHIE = demoUser('sophie.laurent@demo.local');
export const ALEX = demoUser('alex.partner@partner.example');
export const NOAH = demoUser('noah.petit@demo.local');
export const INES = demoUser('ines.moreau@demo.local');
export const SAM = demoUser('sam.outsider@demo.local');
