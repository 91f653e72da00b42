// `npm run bench:sync`: the mailing-sync benchmark, on the test servers the
// suites use (support/global-setup.mjs). Not part of `npm test`: the main
// config matches only *.spec.ts, *.e2e-spec.ts and *.browser-spec.ts files.
export default {
  rootDir: '..',
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/../api/tsconfig.json', diagnostics: false }] },
  testEnvironment: 'node',
  testTimeout: 900000,
  maxWorkers: 1,
};
