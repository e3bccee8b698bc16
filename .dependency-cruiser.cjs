// @ts-check
/**
 * The import rules of docs/ARCHITECTURE.md ("What may import what"), checked by `npm test`.
 * A feature is a folder directly under server/src that has a feature.ts.
 */
const FEATURES =
  '(admin|analysis|audit|auth|exchange|mail|notifications|plans|privacy|programme|projects|search|sso|training|workspaces)';

/** Who is asking, and when a session ends: infrastructure every path needs, kept in auth/. */
const IDENTITY = '^server/src/auth/(actor|session-events)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a circle: one of them should not know the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-nothing-of-ours',
      severity: 'error',
      comment: 'The contract package is imported by both ends and imports neither.',
      from: { path: '^packages/shared/src' },
      to: { path: '^(server|client|tests|packages/collab-client)/' },
    },
    {
      name: 'client-and-server-apart',
      severity: 'error',
      comment: 'Client and server share code only through packages/.',
      from: { path: '^client/src' },
      to: { path: '^server/' },
    },
    {
      name: 'server-and-client-apart',
      severity: 'error',
      comment: 'Client and server share code only through packages/.',
      from: { path: '^server/src' },
      to: { path: '^client/' },
    },
    {
      name: 'only-the-list-imports-features',
      severity: 'error',
      comment:
        'Only server/src/features.ts assembles the features (one list, no side-effect wiring).',
      from: { path: '^server/src', pathNot: '^server/src/features\\.ts$' },
      to: { path: `^server/src/${FEATURES}/feature\\.ts$` },
    },
    {
      name: 'no-other-features-routes-or-handlers',
      severity: 'error',
      comment:
        "A feature builds on another's policies, models and services, never on its routes or realtime handlers.",
      from: { path: `^server/src/${FEATURES}/` },
      to: {
        path: `^server/src/${FEATURES}/.+\\.(routes|realtime)\\.ts$`,
        pathNot: '^server/src/$1/',
      },
    },
    {
      name: 'collab-core-knows-no-feature',
      severity: 'error',
      comment:
        'Features plug into the collaboration core through AuthorizeDocument and the registry.',
      from: { path: '^server/src/realtime/collab/' },
      to: { path: `^server/src/${FEATURES}/`, pathNot: IDENTITY },
    },
    {
      name: 'infrastructure-knows-no-feature',
      severity: 'error',
      comment: 'http/, db/, files/ and scale/ serve every feature and depend on none.',
      from: { path: '^server/src/(http|db|files|scale)/' },
      to: { path: `^server/src/${FEATURES}/`, pathNot: IDENTITY },
    },
    {
      name: 'product-code-imports-no-tests',
      severity: 'error',
      comment: 'Test helpers stay out of what ships.',
      from: { path: '^(server|client|packages/[^/]+)/src', pathNot: '\\.test\\.tsx?$' },
      to: { path: '(^tests/|\\.test\\.tsx?$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.turbo|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    combinedDependencies: false,
  },
};
