import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root, found by walking up from this file: the same answer
 * whether the code runs compiled from api/dist or as TypeScript in tests.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'api', 'package.json')) && existsSync(join(dir, 'admin-ui')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Coalition CRM checkout above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const adminUiDist = (): string => join(repoRoot(), 'admin-ui', 'dist');
