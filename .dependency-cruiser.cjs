// Architecture rules of the API, checked in `npm test` (see README, "For developers").
const CROSS_CUTTING = '^api/src/(common|list|audit|config|database|logging|request-context|redis|queue|outbox)/';
const FEATURE =
  '^api/src/(affiliations|auth|countries|demo-data|duplicates|exports|imports|mail|me|membership-applications|notes|organizations|people|users|working-groups)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Imports flow one way; a cycle means two modules know each other too well.',
      from: { path: '^api/src/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
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
      comment: 'Cross-cutting code serves every feature and so may import none of them.',
      from: { path: CROSS_CUTTING, pathNot: '\\.spec\\.ts$' },
      // Access rules and roles are the contract every controller shares.
      to: { path: FEATURE, pathNot: '^api/src/(auth/access\\.decorators|users/user-role)\\.ts$' },
    },
    {
      name: 'one-owner-per-table',
      severity: 'error',
      comment:
        "A feature's services and controllers reach another feature's table through that feature's service (which audits the write), " +
        'never through its entity; a type-only import (to name a parameter or a result) is fine.',
      from: { path: `${FEATURE}.+\\.(service|controller)\\.ts$` },
      to: { path: `${FEATURE}.+\\.entity\\.ts$`, pathNot: '^api/src/$1/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsConfig: { fileName: require('node:path').join(__dirname, 'api/tsconfig.json') },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
