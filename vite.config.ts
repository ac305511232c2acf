import { defineConfig } from 'vite'

// The web UI (web/), built into web/dist so `overture serve` needs no dev server.
// Preact's JSX through esbuild: no framework plugin needed.
export default defineConfig({
  root: 'web',
  base: '/',
  publicDir: 'public',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  server: { proxy: { '/api': 'http://127.0.0.1:4317' } },
})
