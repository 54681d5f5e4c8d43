/** What the browser tests share: the npm-shipped Chromium, its flags, the build check and the page-problem log. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '../../..');
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails with the fix when chromium or the Custom UI build is missing; creates test-results/. */
export function checkBrowserPrerequisites(resource: string): void {
  if (!existsSync(chromiumPath()))
    throw new Error(
      `Chromium is missing at ${chromiumPath()}: run the tests with \`npm test\` (Jest's global setup unpacks @sparticuz/chromium).`,
    );
  if (!existsSync(join(ROOT, 'static', resource, 'build', 'index.html')))
    throw new Error(`static/${resource}/build/index.html is missing: run \`npm run build:static\` first.`);
  mkdirSync(RESULTS, { recursive: true });
}

/** Set by Jest's global setup (test/support/global-setup.ts), which unpacks @sparticuz/chromium once. */
const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/tmp/chromium';

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/**
 * A browser of a French user: its date inputs show French dates (11/12/2026 for the 11th of December). A page's
 * `locale: 'fr-FR'` alone does not do it: Chromium takes the date input's format from the process's language.
 */
export const launchFrenchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--lang=fr-FR'],
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr' },
  });

/** Collects page errors and console errors into `problems`, so a test can assert there were none. */
export function recordProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
}

/**
 * Runs `trigger` and returns what the app's `functionKey` resolver answered to it, read from the page's own
 * /local/invoke call (the host's envelope wraps the resolver's `{ok, data}` one). Throws with the refusal.
 */
export async function resolverAnswer<T>(page: Page, functionKey: string, trigger: () => Promise<unknown>, timeout = 30_000): Promise<T> {
  return resolverAnswerWhere<T>(page, functionKey, () => true, trigger, timeout);
}

interface InvokeAnswer<T> {
  ok: boolean;
  result?: { ok: boolean; data?: T; error?: { code: string; message: string } };
  error?: { code: string; message: string };
}

/**
 * The first answer of `functionKey` after `trigger` that `accept` takes (a refusal or a host failure is always taken,
 * and throws): for screens that ask again by themselves, e.g. the panel while its forecast is computed.
 */
export async function resolverAnswerWhere<T>(
  page: Page,
  functionKey: string,
  accept: (data: T) => boolean,
  trigger: () => Promise<unknown>,
  timeout = 30_000,
): Promise<T> {
  const invoked = page.waitForResponse(
    async (r) => {
      if (!r.url().endsWith('/local/invoke') || r.request().method() !== 'POST') return false;
      if ((JSON.parse(r.request().postData() ?? '{}') as { functionKey?: string }).functionKey !== functionKey) return false;
      const answer = (await r.json()) as InvokeAnswer<T>;
      return !answer.ok || !answer.result?.ok || accept(answer.result.data as T);
    },
    { timeout },
  );
  const [response] = await Promise.all([invoked, trigger()]);
  const answer = (await response.json()) as InvokeAnswer<T>;
  if (!answer.ok) throw new Error(`${functionKey} failed in the host: ${answer.error?.code} ${answer.error?.message}`);
  if (!answer.result?.ok) throw new Error(`${functionKey} refused: ${answer.result?.error?.code} ${answer.result?.error?.message}`);
  return answer.result.data as T;
}

/** The panel's answer once its forecast is current (the panel asks again while the forecast consumer computes it). */
export const currentPanelAnswer = <T extends { mode: string; forecast?: { status: string } }>(
  page: Page,
  trigger: () => Promise<unknown>,
  timeout = 60_000,
): Promise<T> =>
  resolverAnswerWhere<T>(
    page,
    'getCampaignPanel',
    (p) => p.mode === 'none' || (p.forecast?.status ?? 'current') === 'current',
    trigger,
    timeout,
  );

/**
 * axe-core's serious and critical violations in a frame, worded for a failure message. axe.min.js is evaluated in
 * the frame rather than added as a <script> tag: the Custom UI pages' CSP (script-src 'self') blocks inline scripts,
 * and the test should not switch the CSP off.
 */
export async function seriousAxeViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.slice(0, 5).join(', ')})`);
}

/** Screenshots a Custom UI iframe whole: the viewport grows to fit it first, so the host's sticky header never covers it. */
export async function screenshotFrame(page: Page, frameSelector: string, path: string): Promise<void> {
  const frame = page.locator(frameSelector);
  const viewport = page.viewportSize();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await frame.boundingBox();
  if (viewport && box)
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(Math.max(viewport.height, box.y + box.height + 40)) });
  await frame.screenshot({ path });
  if (viewport) await page.setViewportSize(viewport);
}

/** The frame inside an iframe of the page (a module's Custom UI), for axe and other frame-level checks. */
export async function frameOf(page: Page, iframeSelector: string): Promise<Frame> {
  const frame = await page
    .locator(iframeSelector)
    .elementHandle()
    .then((h) => h.contentFrame());
  if (!frame) throw new Error(`The iframe ${iframeSelector} is missing`);
  return frame;
}

/**
 * Closes what a browser test's beforeAll opened, in order. Either may still be unset when beforeAll failed half way
 * (the file's `let browser: Browser` is only assigned there), so a missing one is skipped.
 */
export async function closeOpened(...opened: ({ close(): Promise<void> } | undefined)[]): Promise<void> {
  for (const o of opened) await o?.close();
}
