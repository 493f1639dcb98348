/** Tests are TypeScript compiled by swc (fast; type-checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/harness/global-setup.js',
  reporters: ['default', '<rootDir>/test/harness/summary-reporter.js'],
};
