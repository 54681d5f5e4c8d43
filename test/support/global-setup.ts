import chromium from '@sparticuz/chromium';

/**
 * Runs once before the Jest workers start. Checks the runtime (the app ships on Forge's `nodejs24.x`, so the
 * tests run on Node 24: `npm test` puts node_modules/.bin, with the `node-linux-*` package's node, first on PATH)
 * and unpacks the browser the browser suites drive: `@sparticuz/chromium` from the npm registry, extracted once
 * here so parallel workers never race to write it.
 */
export default async function globalSetup(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    throw new Error(
      `The tests run on Node 24 (Forge's nodejs24.x); this is ${process.version}. Run them with \`npm test\`, which uses node_modules/.bin/node.`,
    );
  }
  process.env.CHROMIUM_PATH ??= await chromium.executablePath();
}
