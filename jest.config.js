/** Unit, integration, contract and browser tests. Type checking runs separately (`npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/local'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 30000,
  // The contract specs are big; parse them once per worker, not once per file.
  maxWorkers: 2,
};
