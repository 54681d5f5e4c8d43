import { defineConfig, type Plugin } from 'vite';

/**
 * Every app's page is this one template: an app's own `index.html` holds only its `<title>`, and the rest (meta tags,
 * the React root, the `src/main.tsx` entry) comes from here, before Vite reads the page's scripts.
 */
function pageTemplate(): Plugin {
  return {
    name: 'campaign-control:page-template',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    ${html.trim()}
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./src/main.tsx"></script>
  </body>
</html>
`,
    },
  };
}

/**
 * The one Vite config of every Custom UI app: each app's `vite.config.ts` re-exports it, and `npm run build:static`
 * (local/ui/build-static.mjs) builds each app with its own folder as `root`, so `build/` lands beside its sources.
 * No @vitejs/plugin-react: esbuild's automatic JSX runtime is all the apps need.
 */
export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  plugins: [pageTemplate()],
  build: {
    outDir: 'build',
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
});
