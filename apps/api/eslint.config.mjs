import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Logging goes through Nest's Logger (JSON in production, one format everywhere).
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
];
