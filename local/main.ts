import { resolve } from 'node:path';
import { startLocalHost } from './forge/local-host';
import { faultsFromEnv } from './server/faults';
import { DEMO_USERS } from './identity/demo-users';
import { findDemoCampaign, seedDemoCampaign, waitForForecast } from './seed/demo-campaign';
import { exchangeLogWriter } from './server/exchange-log';
import { seedDemoPortfolio } from './seed/demo-portfolio';

/**
 * `npm start` — the local Forge host on the demo site.
 *   --reset        start from a fresh database (deletes .data/campaign-control.sqlite)
 *   --port N       listen on N (default 8787, or $PORT)
 *   --data DIR     keep the SQLite file in DIR (default .data/)
 *   --exchange-log FILE  append one JSON line per Jira/Confluence request (the soak run counts calls from it)
 *   --bundle DIR   run the app from this @forge/bundler output (what `forge deploy` uploads; `npm start` builds
 *                  it first with `npm run bundle`); without it the app runs from src/ through tsx
 *   --no-rovo      the site has no Rovo: `rovo.isEnabled()` answers false (default: on; `POST /local/rovo {enabled}`)
 * CC_FAULTS='{"rate429":0.1,"error5xx":0.05,"latencyMs":40}' switches fault injection on.
 */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  if (process.versions.node.split('.')[0] !== '24') {
    throw new Error(
      `The local host runs on Node 24, like Forge's nodejs24.x; this is ${process.version}. Start it with \`npm start\`, which uses node_modules/.bin/node.`,
    );
  }
  const root = resolve(__dirname, '..');
  const port = Number(argValue('--port') ?? process.env.PORT ?? 8787);
  const dataDir = resolve(argValue('--data') ?? resolve(root, '.data'));
  const exchangeLog = argValue('--exchange-log');
  const bundle = argValue('--bundle');
  const bundleDir = bundle ? resolve(bundle) : undefined;
  const host = await startLocalHost({
    dbFile: resolve(dataDir, 'campaign-control.sqlite'),
    ...(exchangeLog ? { onExchange: exchangeLogWriter(resolve(exchangeLog)).onExchange } : {}),
    ...(bundleDir ? { bundleDir } : {}),
    reset: process.argv.includes('--reset'),
    port,
    hostname: process.env.HOST ?? '127.0.0.1',
    faults: faultsFromEnv(process.env),
    rovoEnabled: !process.argv.includes('--no-rovo'),
  });
  if (host.seeded) console.log('Fresh demo site: Camille is creating the demo campaign with the app…');
  const demoEpic = host.seeded ? await seedDemoCampaign(host) : await findDemoCampaign(host);
  // The rest of the portfolio (three campaigns in MKT and EVT, same people): one collision, one over-allocated week.
  if (host.seeded) await seedDemoPortfolio(host);
  if (demoEpic) await waitForForecast(host, demoEpic);
  const lines = [
    '',
    `Campaign Control local host — ${host.baseUrl}   (Node ${process.version}, as Forge's nodejs24.x)`,
    `  App functions from:   ${bundleDir ? `${bundleDir} (the @forge/bundler bundle forge deploy ships)` : 'src/ (through tsx)'}`,
    ...(demoEpic ? [`  Demo campaign (issue panel): ${host.baseUrl}/browse/${demoEpic}`] : []),
    `  Campaign planner:     ${host.baseUrl}/projects/MKT/apps/campaigns`,
    `  Dashboard gadget:     ${host.baseUrl}/jira/dashboards/local`,
    `  A campaign run by hand, before the app: ${host.baseUrl}/browse/MKT-1`,
    `  Jira REST v3:         ${host.baseUrl}/rest/api/3/...   (Basic auth: <demo email>:<any token>)`,
    `  Confluence REST v2:   ${host.baseUrl}/wiki/api/v2/...`,
    `  Invoke a resolver:    POST ${host.baseUrl}/local/invoke`,
    `  Rovo agent and chat:  ${host.baseUrl}/local/rovo   (scripted model: POST /local/rovo/script, then /local/rovo/chat)`,
    `  Rate-limit points:    ${host.baseUrl}/local/stats     Faults: POST ${host.baseUrl}/local/faults`,
    '  Demo users:',
    ...DEMO_USERS.map((u) => `    ${u.displayName.padEnd(16)} ${u.email.padEnd(30)} ${u.role}`),
    '',
  ];
  console.log(lines.join('\n'));
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
