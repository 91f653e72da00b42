import { defineConfig } from 'vite';
import { root, shared } from './vite.shared';

/**
 * The membership form at /join, built on its own after the admin (into the
 * same dist/, which it must not empty): without the admin's vendor chunks,
 * so that the page loads only the parts of React-Admin and MUI it uses.
 */
export default defineConfig({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    rollupOptions: { input: { join: `${root}join.html` } },
  },
});
