import { MY_DATA_EXPORT_FORMAT, MyDataExportSchema } from './my-data-export';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-20T09:12:00.000Z';
const editable = { version: 1, createdAt: at, updatedAt: at, deletedAt: null };

const document = {
  format: MY_DATA_EXPORT_FORMAT,
  exportedAt: at,
  person: {
    id: id(1),
    name: 'Priya Raman',
    email: 'priya@acme.test',
    title: 'Senior Product Marketing Manager',
    roles: ['member'],
    team: { id: id(2), name: 'Product Marketing' },
    manager: { id: id(3), name: 'Morgan Blake', email: 'morgan@acme.test', title: 'Director' },
    level: { id: id(4), name: 'Senior PMM' },
    hireDate: '2021-03-01',
    active: true,
    createdAt: at,
    updatedAt: at,
  },
  aspirations: [
    {
      id: id(5),
      targetLevel: { id: id(6), name: 'Manager, Product Marketing' },
      statement: 'Lead the team',
      motivations: '',
      strengths: '',
      horizon: null,
      sharedWithHr: true,
      ...editable,
    },
  ],
  growthPlans: [
    {
      id: id(7),
      status: 'active',
      goals: [
        {
          id: id(8),
          criterion: { id: id(9), name: 'Servant leadership' },
          title: 'Coach two new PMMs',
          notes: '',
          status: 'in_progress',
          position: 0,
          actions: [
            {
              id: id(10),
              kind: 'informational_interview',
              title: 'Talk to a PMM manager',
              notes: '',
              dueOn: '2026-12-01',
              status: 'planned',
              followUpOn: null,
              thankYouSent: false,
              ...editable,
            },
          ],
          ...editable,
        },
      ],
      ...editable,
    },
  ],
  evidence: [
    {
      id: id(11),
      title: 'Workshop',
      kind: 'teaching',
      occurredOn: '2026-09-20',
      challenge: 'c',
      actions: 'a',
      outcome: 'o',
      metrics: '',
      links: [],
      criteria: [{ id: id(9), name: 'Servant leadership' }],
      status: 'accepted',
      reviews: [
        {
          id: id(12),
          reviewer: { id: id(3), name: 'Morgan Blake' },
          decision: 'accepted',
          comment: 'Great',
          strength: 'exceeds',
          evidenceVersion: 1,
          reviewedAt: at,
        },
      ],
      ...editable,
    },
  ],
  reviewsWritten: [],
  conversations: [
    {
      id: id(13),
      report: { id: id(1), name: 'Priya Raman' },
      manager: { id: id(3), name: 'Morgan Blake' },
      requesterId: id(1),
      topic: 'aspiration',
      agenda: '',
      proposedTimes: [at],
      status: 'requested',
      scheduledAt: null,
      reason: null,
      heldAt: null,
      sharedNote: null,
      myPrivateNote: { body: 'mine', version: 1, lastEditedById: id(1), createdAt: at, updatedAt: at },
      actionItems: [],
      ...editable,
    },
  ],
  notifications: [],
  moves: [
    {
      id: id(14),
      kind: 'hire',
      occurredOn: '2021-03-01',
      internal: false,
      fromLevel: null,
      fromTeam: null,
      toLevel: { id: id(4), name: 'Senior PMM' },
      toTeam: { id: id(2), name: 'Product Marketing' },
    },
  ],
  auditEvents: [
    {
      id: id(15),
      actor: { id: id(3), name: 'Morgan Blake' },
      action: 'aspiration.read',
      targetType: 'aspiration',
      targetId: id(5),
      subjectPersonId: id(1),
      details: { as: 'direct_manager' },
      at,
      aboutMe: true,
      byMe: false,
    },
  ],
  sessions: [{ id: id(16), signedInAt: at, lastUsedAt: at, expiresAt: at, revokedAt: null, refreshes: 0 }],
};

describe('MyDataExportSchema', () => {
  it('should describe a whole export', () => {
    expect(MyDataExportSchema.parse(document)).toEqual(document);
  });

  it('should name its format, so that a reader knows which version it holds', () => {
    expect(MyDataExportSchema.safeParse({ ...document, format: 'trellis.export/v0' }).success).toBe(false);
  });

  it('should drop any field it does not define, so that no stray secret is ever sent', () => {
    const parsed = MyDataExportSchema.parse({
      ...document,
      person: { ...document.person, passwordHash: '$argon2id$…' },
      sessions: [{ ...document.sessions[0], tokenHash: 'abc' }],
    });
    expect(JSON.stringify(parsed)).not.toMatch(/passwordHash|tokenHash|argon2/);
  });
});
