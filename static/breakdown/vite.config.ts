import { defineConfig } from 'vite';

// No @vitejs/plugin-react: esbuild's automatic JSX runtime is all this app needs.
export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'build',
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
});
