import { defineConfig } from 'vite';
import { root, shared } from './vite.shared';

/**
 * The public pages, built on their own after the admin (into the same dist/,
 * which they must not empty), so that they share none of the admin's chunks:
 * the membership form at /join and the ratification map at /map (embeddable
 * in the coalition's website), each loading only the code it runs.
 */
export default defineConfig({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    rolldownOptions: { input: { join: `${root}join.html`, map: `${root}map.html` } },
  },
});
