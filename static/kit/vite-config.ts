import { defineConfig } from 'vite';

/**
 * The one Vite config of every Custom UI app: each app's `vite.config.ts` re-exports it, and `npm run build:static`
 * (local/ui/build-static.mjs) builds each app with its own folder as `root`, so `build/` lands beside its sources.
 * No @vitejs/plugin-react: esbuild's automatic JSX runtime is all the apps need.
 */
export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'build',
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
});
