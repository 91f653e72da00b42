import { defineConfig } from 'vite';

import { root, shared } from './vite.shared';

// API_PROXY_TARGET lets a developer point the dev server at another API.
const apiProxy = {
  '/api': {
    target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000',
    changeOrigin: true,
  },
};

// Each language's words (the application's, every resource's, React-Admin's and
// the server errors') travel in a chunk of their own, fetched only when the
// reader uses that language.
const WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\\/]src[\\/](i18n[\\/](en|server-errors\.en)|[a-z-]+[\\/]messages-en)\.ts$|[\\/]node_modules[\\/]ra-language-english[\\/]/, 'words-en'],
  [/[\\/]src[\\/](i18n[\\/](es|server-errors\.es|ra-spanish)|[a-z-]+[\\/]messages-es)\.ts$/, 'words-es'],
  [/[\\/]src[\\/](i18n[\\/](fr|server-errors\.fr)|[a-z-]+[\\/]messages-fr)\.ts$|[\\/]node_modules[\\/]ra-language-french[\\/]/, 'words-fr'],
];
const wordsChunk = (id: string): string | null => WORDS.find(([pattern]) => pattern.test(id))?.[1] ?? null;

// What the admin runs before its first page (every module index.html's script
// imports statically: the tag `$initial`) is sent as two chunks, the libraries'
// (which change less often, so they stay cached across deployments) and ours.
// Everything else is left to the bundler, which puts a module in the chunk of
// the pages that use it: a part of MUI or React-Admin that only one form uses
// loads with that form. (Named chunks per library family, as before, kept every
// part any page used in the start-up chunks: 50 KB compressed that signing in
// never ran; and 94 small files compressed 25 KB worse than one.)
const CHUNK_GROUPS = [
  { name: 'start-libraries', test: /[\\/]node_modules[\\/]/, tags: ['$initial' as const], priority: 3 },
  { name: 'start', tags: ['$initial' as const], priority: 2 },
  // Below the start-up groups: a word table the start-up code also reads (a contract's) stays in theirs.
  { name: wordsChunk, priority: 1 },
];

export default defineConfig({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The admin only: the public pages (join.html, map.html) are built by vite.public.config.ts, sharing none of its chunks.
      input: { main: `${root}index.html` },
      output: { codeSplitting: { groups: CHUNK_GROUPS } },
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
