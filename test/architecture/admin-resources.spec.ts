import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const adminSrc = join(dirname(fileURLToPath(import.meta.url)), '../../admin-ui/src');

/** Each folder whose index declares a ResourceDefinition, with the name it exports. */
function declaredResources(): Array<{ folder: string; exported: string }> {
  return readdirSync(adminSrc, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const index = ['index.ts', 'index.tsx'].map((file) => join(adminSrc, entry.name, file)).find((path) => existsSync(path));
      if (!index) return [];
      const exported = /export const (\w+): ResourceDefinition\b/.exec(readFileSync(index, 'utf8'))?.[1];
      return exported ? [{ folder: entry.name, exported }] : [];
    });
}

describe('the admin resource registry', () => {
  const registry = readFileSync(join(adminSrc, 'resources.ts'), 'utf8');
  const listed =
    /RESOURCES[^=]*=\s*\[([^\]]*)\]/
      .exec(registry)?.[1]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean) ?? [];

  it('lists every resource folder once in resources.ts, so none is left out of the app, the menu and the access rules', () => {
    const declared = declaredResources();
    expect(declared.length).toBeGreaterThanOrEqual(10);
    for (const { folder, exported } of declared) {
      expect({ folder, imported: registry.includes(`import { ${exported} } from './${folder}';`) }).toEqual({ folder, imported: true });
    }
    expect([...listed].sort()).toEqual(declared.map(({ exported }) => exported).sort());
  });

  it('gives every resource its own messages, typed so that Spanish and French must have exactly the English keys', () => {
    for (const { folder } of declaredResources()) {
      const messages = readFileSync(join(adminSrc, folder, 'messages.ts'), 'utf8');
      // ResourceCatalogs<typeof en> (or of the English module of a resource split per language) maps every LocaleCode to the English shape: the type check does the rest.
      expect({ folder, typed: /: ResourceCatalogs<typeof \w+> = \{/.test(messages) }).toEqual({ folder, typed: true });
    }
  });
});
