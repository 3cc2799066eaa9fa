import { parseFrameworkDocument, type FrameworkDocument } from '@trellis/domain';

import ladder from './seed/career-ladder.v1.json';

const parsed = parseFrameworkDocument(ladder, { requireAllExpectations: true });
if (!parsed.ok) {
  throw new Error(
    `The seed career ladder is invalid: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
  );
}

/** The career ladder every demo organization starts with (trellis.framework/v1). */
export const SEED_LADDER: FrameworkDocument = parsed.document;
