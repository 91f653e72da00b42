import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const fixtures = join(here, 'fixtures');

/** The project's own rules, run over a small tree that breaks some of them on purpose. */
async function cruiseFixtures(): Promise<ICruiseResult> {
  const { forbidden, options } = await extractDepcruiseConfig(join(root, '.dependency-cruiser.cjs'));
  // The project's own options too: an option that hides what a rule looks for must fail here.
  const { output } = await cruise(['api/src', 'admin-ui/src'], { ...options, baseDir: fixtures, validate: true, ruleSet: { forbidden } });
  if (typeof output === 'string') throw new Error('dependency-cruiser answered with a report, not a cruise result');
  return output;
}

describe('architecture rules', () => {
  it('report each broken rule where it is broken, and nothing in the modules that keep them', async () => {
    const result = await cruiseFixtures();
    const violations = result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`).sort();

    expect(violations).toEqual([
      // Paths are relative to the fixtures; typeorm is the repository's own.
      'controllers-without-orm: api/src/things/things.controller.ts → ../../../node_modules/typeorm/index.mjs',
      'cross-cutting-knows-no-feature: api/src/list/list-things.ts → api/src/things/things.service.ts',
      'join-page-stays-light: admin-ui/src/join/main.ts → ../../../node_modules/react-admin/dist/index.js',
      'no-cycles: api/src/list/list-direction.ts → api/src/list/list-order.ts',
      'ui-imports-only-api-contracts: admin-ui/src/things/thing-service.ts → api/src/things/things.service.ts',
      'words-load-per-language: admin-ui/src/things/thing-title.ts → admin-ui/src/things/messages-en.ts',
    ]);
  });
});
