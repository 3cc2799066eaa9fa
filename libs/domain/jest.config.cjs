module.exports = {
  displayName: 'domain',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // The pure rules are the product's promises: their coverage is a gate, not a report.
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/index.ts'],
  coverageReporters: ['text-summary', 'html'],
  coverageThreshold: { global: { lines: 95, statements: 95, branches: 90, functions: 95 } },
  coverageDirectory: '../../coverage/libs/domain',
};
