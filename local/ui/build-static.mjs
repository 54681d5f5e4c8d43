// Builds every Custom UI app under static/ that has a vite.config.ts, with Vite's JS API (`npm run build:static`).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../static');

const apps = readdirSync(staticDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(staticDir, d.name, 'vite.config.ts')))
  .map((d) => d.name)
  .sort();

if (apps.length === 0) console.warn(`No Custom UI apps with a vite.config.ts under ${staticDir}`);

for (const app of apps) {
  const root = join(staticDir, app);
  console.log(`Building static/${app}`);
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`  → static/${app}/build`);
}
