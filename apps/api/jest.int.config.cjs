// Integration tier: HTTP → Nest → a real Postgres. One server per run (global
// set-up), one database per spec file.
module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  globalSetup: '<rootDir>/test/int/global-setup.ts',
  globalTeardown: '<rootDir>/test/int/global-teardown.ts',
  testTimeout: 30_000,
  coverageDirectory: '../../coverage/apps/api-int',
};
