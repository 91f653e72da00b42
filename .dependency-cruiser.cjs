// Architecture rules of the API, the admin UI and the tests, checked in `npm test`
// (see README, "For developers"). test/architecture/ proves that each rule bites.
const { join } = require('node:path');

// Code that serves every feature. Every other folder under api/src/ is a feature,
// so a new feature folder is covered without editing this file.
const CROSS_CUTTING_FOLDERS = ['common', 'list', 'audit', 'config', 'database', 'logging', 'request-context', 'redis', 'queue', 'outbox', 'openapi'];
const CROSS_CUTTING = `^api/src/(${CROSS_CUTTING_FOLDERS.join('|')})/`;
const ANY_API_FOLDER = '^api/src/[^/]+/';

// Pure modules, free of Nest and TypeORM, that state what both sides of the API share
// (roles, statuses, transitions…); the admin UI reaches them through a path alias.
const CONTRACT = '\\.contract\\.ts$';

// What a cross-cutting module may still know of a feature: the access rules and roles
// every controller shares.
const SHARED_BY_EVERY_CONTROLLER = '^api/src/auth/access\\.decorators\\.ts$';

const TESTS = '(\\.spec\\.ts$|^test/)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Imports flow one way; a cycle means two modules know each other too well.',
      from: { path: '^(api/src|admin-ui/src|test)/' },
      to: { circular: true, dependencyTypesNot: ['type-only', 'dynamic-import'], viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'controllers-without-orm',
      severity: 'error',
      comment: 'Controllers validate and delegate; the ORM belongs to services.',
      from: { path: '\\.controller\\.ts$' },
      to: { path: 'node_modules/typeorm/' },
    },
    {
      name: 'cross-cutting-knows-no-feature',
      severity: 'error',
      comment: 'Cross-cutting code serves every feature and so may import none of them (any api/src/ folder not listed as cross-cutting is a feature).',
      from: { path: CROSS_CUTTING, pathNot: TESTS },
      to: { path: ANY_API_FOLDER, pathNot: [CROSS_CUTTING, CONTRACT, SHARED_BY_EVERY_CONTROLLER] },
    },
    {
      name: 'contracts-stay-pure',
      severity: 'error',
      comment:
        'A *.contract.ts module (enumerations and rules) is imported by the admin UI too (@contract/*): it may import only other contract modules, no Nest, TypeORM, class-validator or Node.',
      from: { path: '\\.contract\\.ts$' },
      to: { pathNot: '\\.contract\\.ts$' },
    },
    {
      name: 'ui-imports-only-api-contracts',
      severity: 'error',
      comment: 'The admin UI shares only the pure contract modules of the API: anything else would pull Nest or TypeORM into the browser.',
      from: { path: '^admin-ui/' },
      to: { path: '^(api/src|migrations)/', pathNot: CONTRACT },
    },
    {
      name: 'api-knows-no-ui',
      severity: 'error',
      comment: 'The API serves the admin UI and never depends on it.',
      from: { path: '^(api/src|migrations)/' },
      to: { path: '^admin-ui/' },
    },
    {
      name: 'code-knows-no-tests',
      severity: 'error',
      comment: 'Tests import the code, never the other way round.',
      from: { path: '^(api/src|admin-ui/src|migrations)/', pathNot: TESTS },
      to: { path: TESTS },
    },
    {
      name: 'imports-resolve',
      severity: 'error',
      comment: 'An import the cruise cannot follow escapes every rule here: a new path alias must lead to its files.',
      from: { path: '^(api/src|admin-ui/src|test|migrations)/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'one-owner-per-table',
      severity: 'error',
      comment:
        "A feature's services and controllers reach another feature's table through that feature's service (which audits the write), " +
        'never through its entity; a type-only import (to name a parameter or a result) is fine.',
      from: { path: '^api/src/([^/]+)/.+\\.(service|controller)\\.ts$' },
      to: { path: `${ANY_API_FOLDER}.+\\.entity\\.ts$`, pathNot: ['^api/src/$1/', CROSS_CUTTING], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'join-page-stays-light',
      severity: 'error',
      comment:
        'The public membership form (/join, admin-ui/src/join/) is React and native controls, held under 150 KB of JavaScript: ' +
        'nothing it loads, directly or through a shared module, may bring React-Admin, MUI, emotion or the router along.',
      from: { path: '^admin-ui/src/join/' },
      to: { path: 'node_modules/(react-admin|ra-[^/]+|@mui/[^/]+|@emotion/[^/]+|react-router)/', reachable: true },
    },
    {
      name: 'words-load-per-language',
      severity: 'error',
      comment:
        "A language's words (a resource's messages-<language>.ts, the application's i18n/<language>.ts) are fetched when the reader uses " +
        "that language, so they are imported only with import() (by the resource's messages.ts, the i18n provider, the /join page): a " +
        "static import would put that language in every reader's start-up code. Their types may be imported anywhere.",
      from: {},
      to: { path: '^admin-ui/src/([a-z-]+/messages-(en|es|fr)|i18n/(en|es|fr))\\.ts$', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The fixtures break the rules on purpose, for test/architecture/ to cruise on their own.
    exclude: { path: ['^(api|admin-ui|test|migrations)/dist/', '^test/architecture/fixtures/'] },
    tsConfig: { fileName: join(__dirname, 'api/tsconfig.json') },
    // The admin UI's path aliases (to the API's contract modules), for the rules to see where they lead.
    webpackConfig: { fileName: join(__dirname, '.dependency-cruiser.resolve.cjs') },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
  },
};
