import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

// Resolve paths from this file, not from the shell's cwd, so `vite build`
// works the same from admin-ui/ and from the workspace root (Nx, npm -w).
export const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

/** What the admin's build and the public pages' build have in common. */
export const shared: UserConfig = {
  root,
  base: '/',
  plugins: [react()],
  // The API's contract modules: enumerations and rules the API and the admin share (tsconfig.json "paths").
  resolve: { alias: { '@contract': `${root}../api/src` } },
};
