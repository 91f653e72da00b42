import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Resolve paths from this file, not from the shell's cwd, so `vite build`
// works the same from admin-ui/ and from the workspace root (Nx, npm -w).
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

// API_PROXY_TARGET lets a developer point the dev server at another API.
const apiProxy = {
  '/api': {
    target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000',
    changeOrigin: true,
  },
};

// Vendor libraries change far less often than our code: separate chunks keep
// the browser cache useful across deployments and keep each chunk small.
const vendorChunk = (id: string): string | undefined => {
  if (!id.includes('node_modules')) return undefined;
  // Loaded on demand where a password is chosen: megabytes of dictionaries that must stay out of the start-up chunks.
  if (id.includes('node_modules/@zxcvbn-ts/')) return undefined;
  if (/node_modules\/(@mui|@emotion)\//.test(id)) return 'vendor-mui';
  if (/node_modules\/(react-admin|ra-[a-z-]+)\//.test(id)) return 'vendor-react-admin';
  if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'vendor-react';
  return 'vendor';
};

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The API's contract modules: enumerations and rules the API and the admin share (tsconfig.json "paths").
  resolve: { alias: { '@contract': `${root}../api/src` } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks: vendorChunk,
      },
    },
  },
  server: {
    port: 5173,
    proxy: apiProxy,
  },
  preview: {
    port: 4173,
    proxy: apiProxy,
  },
});
