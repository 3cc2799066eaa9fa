import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Pure rules and types: nothing to print.
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
];
