import { addBusinessDays, addDays, format } from 'date-fns';
import { CAMILLE, HUGO, LEA, NOAH, SOPHIE } from '../identity/demo-users';
import type { RunningLocalHost } from '../forge/local-host';
import type { PayloadOf } from '../../src/contracts/registry';
import { call, createThroughApp } from './demo-campaign';

/**
 * The rest of the demo portfolio, created after the demo campaign (`MKT-12`) by Camille with the app itself, as she
 * would from the planner: three more campaigns, in MKT and EVT, worked on by the same people. Their audiences and
 * channels are chosen so that the portfolio shows one collision (the EVT webinars speak to existing customers two
 * business days after Black Friday does), and their plans put more design work on Noah in one week than he can do.
 */
export interface DemoPortfolioCampaign {
  requestId: string;
  projectKey: 'MKT' | 'EVT';
  preview: (today: Date) => PayloadOf<'previewCampaign'>;
}

const iso = (d: Date): string => format(d, 'yyyy-MM-dd');

/** The demo campaign launches 25 business days after today (`seedDemoCampaign`). */
const demoLaunch = (today: Date): Date => addBusinessDays(today, 25);

/** Role → people on EVT: the same team as MKT (whose mapping the site stores), given at planning. */
const EVT_ROLES = {
  pm: [CAMILLE.accountId],
  copywriter: [CAMILLE.accountId],
  designer: [NOAH.accountId],
  legal: [LEA.accountId],
  brand: [HUGO.accountId],
  leadership: [SOPHIE.accountId],
  finance: [SOPHIE.accountId],
};

export const DEMO_PORTFOLIO: readonly DemoPortfolioCampaign[] = [
  {
    // Two business days after Black Friday, to the same existing customers: the portfolio's audience collision.
    requestId: 'demo-campaign-webinaires-fidelite',
    projectKey: 'EVT',
    preview: (today) => ({
      templateId: 'webinar-series',
      launchDate: iso(addBusinessDays(demoLaunch(today), 2)),
      budget: { amount: 18000, currency: 'EUR' },
      holidayCalendar: 'FR',
      name: 'Webinaires fidélité — clients existants',
      audiences: ['existing-customers'],
      channels: ['webinar', 'partner'],
      roleAssignments: EVT_ROLES,
      projectKey: 'EVT',
    }),
  },
  {
    requestId: 'demo-campaign-ebook-b2b',
    projectKey: 'MKT',
    preview: (today) => ({
      templateId: 'ebook-leadgen',
      launchDate: iso(addBusinessDays(demoLaunch(today), 20)),
      budget: { amount: 25000, currency: 'EUR' },
      holidayCalendar: 'FR',
      name: 'E-book B2B — le commerce omnicanal',
      audiences: ['b2b-decision-makers'],
      channels: ['content', 'paid-social'],
      projectKey: 'MKT',
    }),
  },
  {
    // Far enough out that its six months of preparation start from today.
    requestId: 'demo-campaign-salon-retail',
    projectKey: 'EVT',
    preview: (today) => ({
      templateId: 'trade-show',
      launchDate: iso(addBusinessDays(addDays(today, 185), 0)),
      budget: { amount: 90000, currency: 'EUR' },
      holidayCalendar: 'FR',
      name: 'Salon Retail Tech Paris',
      audiences: ['event-attendees', 'b2b-decision-makers'],
      channels: ['event', 'sales'],
      roleAssignments: EVT_ROLES,
      projectKey: 'EVT',
    }),
  },
];

/** Plans and creates the demo portfolio's other campaigns through the real resolvers; answers their epic keys. */
export async function seedDemoPortfolio(host: RunningLocalHost, today = new Date()): Promise<string[]> {
  const keys: string[] = [];
  for (const c of DEMO_PORTFOLIO) {
    const as = { accountId: CAMILLE.accountId, projectKey: c.projectKey };
    const { plan } = await call(host, 'previewCampaign', c.preview(today), as);
    // Work the preview says should have started already is the PM's to confirm, as in the planner.
    const acceptedErrorCodes = [...new Set(plan.warnings.filter((w) => w.severity === 'error').map((w) => w.code ?? w.kind))];
    const confirmation = acceptedErrorCodes.length > 0 ? { acceptErrors: true, acceptedErrorCodes } : {};
    const { epicKey } = await createThroughApp(host, { requestId: c.requestId, plan, ...confirmation }, c.projectKey);
    keys.push(epicKey);
  }
  return keys;
}
