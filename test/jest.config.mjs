// Three suites: API unit tests beside the code, API end-to-end tests and
// browser tests. The last two run against real PostgreSQL and Redis servers
// that support/global-setup.mjs finds or starts.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/../api/tsconfig.json', diagnostics: false }],
};
// The admin UI's modules that tests read (its catalogs) import the API's contracts as `@contract/…`, as Vite resolves it.
const contracts = new URL('../api/src/', import.meta.url).pathname;
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^@contract/(.*)$': `${contracts}$1` },
  transform,
  testEnvironment: 'node',
};

export default {
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  maxWorkers: process.env.TEST_WORKERS ?? 2,
  // Real databases, a real queue and a real browser on two cores: give each test room.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'api-unit',
      rootDir: '../api',
      // test/architecture/ runs the architecture rules over fixtures that break them.
      roots: ['<rootDir>/src', '<rootDir>/../test/architecture'],
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/../test/architecture/**/*.spec.ts'],
    },
    { ...common, displayName: 'api-e2e', rootDir: '.', testMatch: ['<rootDir>/api/**/*.e2e-spec.ts'] },
    {
      ...common,
      displayName: 'browser',
      rootDir: '.',
      testMatch: ['<rootDir>/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/support/browser-retries.ts'],
    },
  ],
};
