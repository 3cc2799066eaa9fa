import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  FRAMEWORK_DOCUMENT_JSON_SCHEMA_FILE,
  frameworkDocumentJsonSchema,
} from './framework-document-json-schema';

const file = join(__dirname, FRAMEWORK_DOCUMENT_JSON_SCHEMA_FILE);
const REGENERATE = [
  'Regenerate it from the zod schema, then format it:',
  '  UPDATE_FRAMEWORK_SCHEMA=1 npx nx test domain -- framework-document-json-schema',
  `  npx prettier --write libs/domain/src/lib/frameworks/${FRAMEWORK_DOCUMENT_JSON_SCHEMA_FILE}`,
  'and commit it. A change to a published format is a new format version (trellis.framework/v2), not an edit of v1.',
].join('\n');

describe(FRAMEWORK_DOCUMENT_JSON_SCHEMA_FILE, () => {
  if (process.env['UPDATE_FRAMEWORK_SCHEMA'] === '1')
    it('is rewritten from the zod schema', () => {
      writeFileSync(file, JSON.stringify(frameworkDocumentJsonSchema(), null, 2) + '\n');
    });

  // Compared as JSON, not as text: the committed file is formatted by Prettier.
  it('should be the JSON Schema generated from FrameworkDocumentSchema', () => {
    const committed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (JSON.stringify(committed) !== JSON.stringify(frameworkDocumentJsonSchema()))
      throw new Error(
        `${FRAMEWORK_DOCUMENT_JSON_SCHEMA_FILE} is out of date with framework-document.ts.\n${REGENERATE}`,
      );
  });

  it('should describe the format it belongs to', () => {
    const schema = frameworkDocumentJsonSchema() as { properties: { format: { const: string } } };
    expect(schema.properties.format.const).toBe('trellis.framework/v1');
  });
});
