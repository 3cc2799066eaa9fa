import { MY_DATA_EXPORT_FORMAT, MyDataExportSchema, type MyDataExport } from '../exports/my-data-export';
import { ADMIN_PERSON_EXPORT_FORMAT, AdminPersonExportSchema } from './admin-person-export';

const at = '2026-11-20T09:12:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const mine: MyDataExport = {
  format: MY_DATA_EXPORT_FORMAT,
  exportedAt: at,
  person: {
    id: id(1),
    name: 'Priya Raman',
    email: 'priya@acme.test',
    title: 'Senior PMM',
    roles: ['member'],
    team: null,
    manager: null,
    level: null,
    hireDate: null,
    active: true,
    createdAt: at,
    updatedAt: at,
  },
  aspirations: [],
  growthPlans: [],
  evidence: [],
  reviewsWritten: [],
  conversations: [],
  notifications: [],
  moves: [],
  auditEvents: [],
  sessions: [],
};

describe('AdminPersonExportSchema', () => {
  const document = {
    ...mine,
    format: ADMIN_PERSON_EXPORT_FORMAT,
    exportedBy: { id: id(2), name: 'Avery Stone' },
    excluded: ['private-notes'],
  };

  it('should be the person’s own export plus who made it and what it leaves out', () => {
    expect(AdminPersonExportSchema.parse(document)).toEqual(document);
    expect(Object.keys(AdminPersonExportSchema.shape).sort()).toEqual(
      [...Object.keys(MyDataExportSchema.shape), 'exportedBy', 'excluded'].sort(),
    );
  });

  it('should not pass for the person’s own export, nor name anything but private notes as excluded', () => {
    expect(AdminPersonExportSchema.safeParse({ ...document, format: MY_DATA_EXPORT_FORMAT }).success).toBe(
      false,
    );
    expect(AdminPersonExportSchema.safeParse({ ...document, excluded: ['evidence'] }).success).toBe(false);
  });
});
