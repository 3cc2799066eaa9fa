import { z } from 'zod';

import { MyDataExportSchema } from '../exports/my-data-export';

// GET /api/admin/people/:id/export: a person's data as an admin hands it over for a
// GDPR access request. It is the person's own export (GET /api/exports/me), built by
// the same code, with one exception: it holds no private note at all. DESIGN.md:
// private notes are readable by their author alone, "not an admin, not an export
// made by someone else" — so neither the person's own private notes (this export is
// made by someone else) nor anyone else's. Every conversation's myPrivateNote is
// therefore null. Who made it is named in exportedBy, and the export is audited.

export const ADMIN_PERSON_EXPORT_FORMAT = 'trellis.admin-export/v1';

// What this document leaves out compared with the person's own export.
export const ADMIN_EXPORT_EXCLUDED = ['private-notes'] as const;

export const AdminPersonExportSchema = MyDataExportSchema.extend({
  format: z.literal(ADMIN_PERSON_EXPORT_FORMAT),
  exportedBy: z.object({ id: z.uuid(), name: z.string() }),
  excluded: z.array(z.enum(ADMIN_EXPORT_EXCLUDED)),
}).meta({ id: 'AdminPersonExport' });
export type AdminPersonExport = z.infer<typeof AdminPersonExportSchema>;
