// Proves that the module boundaries in eslint.config.mjs constrain something: each
// case lints a few lines of code as if they were a file inside a project, with the
// ESLint config that `nx lint <project>` uses for it. Run: `npm run test:boundaries`.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import devkit from '@nx/devkit';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULE = '@nx/enforce-module-boundaries';

// The rule reads the cached project graph and silently skips itself when there is
// none (a fresh clone), so build it first.
before(async () => {
  await devkit.createProjectGraphAsync({ exitOnError: true });
});

async function boundaryErrors(projectRoot, file, code) {
  const eslint = new ESLint({
    cwd: join(root, projectRoot),
    // These files exist only in memory, so no tsconfig lists them: lint without type
    // information (type-aware rules are irrelevant to imports).
    overrideConfig: tseslint.configs.disableTypeChecked,
    ruleFilter: ({ ruleId }) => ruleId === RULE,
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, projectRoot, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], `${file} could not be linted`);
  return result.messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

describe('module boundaries', () => {
  it('stop the web from importing NestJS', async () => {
    const errors = await boundaryErrors(
      'apps/web',
      'src/app/x.ts',
      "import { Controller } from '@nestjs/common';\nexport const decorator = Controller;\n",
    );
    assert.match(errors.join('\n'), /"scope:web" is not allowed to import "@nestjs\/common"/);
  });

  it('stop the web from importing the database driver', async () => {
    const errors = await boundaryErrors(
      'apps/web',
      'src/app/x.ts',
      "import pg from 'pg';\nexport const db = pg;\n",
    );
    assert.match(errors.join('\n'), /"scope:web" is not allowed to import "pg"/);
  });

  it('stop the api from importing Angular', async () => {
    const errors = await boundaryErrors(
      'apps/api',
      'src/x.ts',
      "import { Component } from '@angular/core';\nexport const decorator = Component;\n",
    );
    assert.match(errors.join('\n'), /"scope:api" is not allowed to import "@angular\/core"/);
  });

  it('stop the domain from importing anything but zod', async () => {
    const errors = await boundaryErrors(
      'libs/domain',
      'src/lib/x.ts',
      "import express from 'express';\nexport const app = express;\n",
    );
    assert.match(errors.join('\n'), /"scope:domain" is not allowed to import "express"/);
  });

  it('let the domain import zod', async () => {
    const errors = await boundaryErrors(
      'libs/domain',
      'src/lib/x.ts',
      "import { z } from 'zod';\nexport const Name = z.string();\n",
    );
    assert.deepEqual(errors, []);
  });

  it('let domain tests, and only tests, import fast-check', async () => {
    const code = "import fc from 'fast-check';\nexport const names = fc.string();\n";
    assert.deepEqual(await boundaryErrors('libs/domain', 'src/lib/x.spec.ts', code), []);
    const errors = await boundaryErrors('libs/domain', 'src/lib/x.ts', code);
    assert.match(errors.join('\n'), /"scope:domain" is not allowed to import "fast-check"/);
  });

  it('stop the domain from importing an app', async () => {
    const errors = await boundaryErrors(
      'libs/domain',
      'src/lib/x.ts',
      "import { bootstrap } from '../../../../apps/api/src/main';\nexport const start = bootstrap;\n",
    );
    assert.notDeepEqual(errors, []);
  });
});
