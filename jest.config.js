/** Unit, integration, contract and browser tests. Type checking runs separately (`npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/local'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.tools.json' }],
  },
  // Checks the Node version and unpacks the npm-shipped Chromium once for every worker.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30000,
  // The contract specs are big; parse them once per worker, not once per file.
  maxWorkers: 2,
};
