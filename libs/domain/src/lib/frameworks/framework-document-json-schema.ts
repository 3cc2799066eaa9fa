import { z } from 'zod';

import { FrameworkDocumentSchema } from './framework-document';

export const FRAMEWORK_DOCUMENT_JSON_SCHEMA_FILE = 'framework-document.schema.json';

// The JSON Schema of the exchange format, committed beside this file as
// framework-document.schema.json (a spec keeps the two equal). It describes the
// fields; the cross-reference rules (unique keys, known levels and tracks) are
// checked by parseFrameworkDocument only.
export const frameworkDocumentJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(FrameworkDocumentSchema, { target: 'draft-2020-12', io: 'input' });
