/** Unit tests live beside the code; integration tests in tests/integration run against a real database. */
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

/**
 * openid-client (v6) with its dependencies and the OpenAPI validator ship only as ES modules; jest runs CommonJS, so these
 * few packages are compiled like our own sources. Everything else in node_modules is left alone.
 */
const esmOnlyPackages = [
  'openid-client',
  'oauth4webapi',
  'jose',
  '@seriousme/openapi-schema-validator',
];
const esmTransform = {
  [`/node_modules/(${esmOnlyPackages.join('|')})/.+\\.js$`]: [
    '@swc/jest',
    { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { ...transform, ...esmTransform },
      transformIgnorePatterns,
      testMatch: ['<rootDir>/server/src/**/*.test.ts', '<rootDir>/packages/*/src/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { ...transform, ...esmTransform },
      transformIgnorePatterns,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
  testTimeout: 30_000,
};
