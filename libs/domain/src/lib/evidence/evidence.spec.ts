import {
  EVIDENCE_KINDS,
  EvidenceInputSchema,
  EvidencePatchSchema,
  EvidenceReviewInputSchema,
  EvidenceSchema,
} from './evidence';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const caseStudy = {
  title: 'Launch playbook for the EU rollout',
  kind: 'artifact_playbook',
  occurredOn: '2025-02-14',
  challenge: 'Every launch reinvented the checklist.',
  actions: 'Wrote the playbook with sales and support; ran two dry runs.',
  outcome: 'Three teams used it for Q1 launches.',
  criterionIds: [id(101), id(102)],
};

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('EvidenceInputSchema', () => {
  it('should accept a case study and default the optional parts', () => {
    expect(EvidenceInputSchema.parse(caseStudy)).toEqual({ ...caseStudy, metrics: '', links: [] });
  });

  it.each(EVIDENCE_KINDS)('should accept the kind %s', (kind) => {
    expect(EvidenceInputSchema.safeParse({ ...caseStudy, kind }).success).toBe(true);
  });

  it.each([
    [{ title: ' ' }, 'title', 'Give the evidence a title'],
    [{ kind: 'rumour' }, 'kind', undefined],
    [{ occurredOn: 'last spring' }, 'occurredOn', 'When did the work happen? (YYYY-MM-DD)'],
    [{ occurredOn: '0000-06-01' }, 'occurredOn', 'Give a date from 1900 on'],
    [{ challenge: '' }, 'challenge', 'Describe the challenge'],
    [{ actions: '' }, 'actions', 'Describe the steps you took'],
    [{ outcome: '' }, 'outcome', 'Describe the outcome'],
    [{ metrics: 'x'.repeat(8001) }, 'metrics', 'Keep the metrics under 8000 characters'],
    [{ links: ['javascript:alert(1)'] }, 'links.0', 'Links must be http(s) URLs'],
    [{ links: Array(11).fill('https://acme.test/doc') }, 'links', 'At most 10 links'],
    [{ criterionIds: [] }, 'criterionIds', 'Tie the evidence to at least one criterion'],
    [{ criterionIds: [id(101), id(101)] }, 'criterionIds', 'A criterion is listed twice'],
    [{ criterionIds: ['exceptional-work'] }, 'criterionIds.0', 'Unknown criterion'],
  ])('should reject %j at %s', (change, path, message) => {
    const issue = EvidenceInputSchema.safeParse({ ...caseStudy, ...change }).error?.issues.find(
      (candidate) => candidate.path.join('.') === path,
    );
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('should not let the author set the status, the review or the person', () => {
    expect(pathsOf(EvidenceInputSchema.safeParse({ ...caseStudy, status: 'accepted' }))).toEqual(['']);
    expect(EvidenceInputSchema.safeParse({ ...caseStudy, personId: id(1) }).success).toBe(false);
  });
});

describe('EvidencePatchSchema', () => {
  it('should take any subset of the fields and the version edited', () => {
    expect(EvidencePatchSchema.parse({ metrics: 'NPS +12', version: 2 })).toEqual({
      metrics: 'NPS +12',
      version: 2,
    });
  });

  it('should refuse an edit that changes nothing', () => {
    expect(EvidencePatchSchema.safeParse({ version: 2 }).error?.issues[0]?.message).toBe(
      'Nothing to change: send at least one field',
    );
  });

  it('should apply the same rules to a field as on creation', () => {
    expect(pathsOf(EvidencePatchSchema.safeParse({ criterionIds: [] }))).toContain('criterionIds');
  });
});

describe('EvidenceReviewInputSchema', () => {
  it.each([
    [
      { decision: 'accepted', strength: 'meets' },
      { decision: 'accepted', strength: 'meets', comment: '' },
    ],
    [
      { decision: 'needs_more', comment: ' Add the adoption numbers ' },
      { decision: 'needs_more', comment: 'Add the adoption numbers', strength: null },
    ],
    [
      { decision: 'declined', comment: 'This was Sam’s launch', strength: 'below', version: 3 },
      { decision: 'declined', comment: 'This was Sam’s launch', strength: 'below', version: 3 },
    ],
  ])('should accept the review %j', (input, parsed) => {
    expect(EvidenceReviewInputSchema.parse(input)).toEqual(parsed);
  });

  it.each([
    [
      { decision: 'accepted' },
      'strength',
      'Rate the evidence against the expectation: below, meets or exceeds',
    ],
    [{ decision: 'needs_more', comment: '  ' }, 'comment', 'Say what more you need'],
    [{ decision: 'declined' }, 'comment', 'Say why you decline it'],
    [{ decision: 'approved', strength: 'meets' }, 'decision', undefined],
    [{ decision: 'accepted', strength: 'outstanding' }, 'strength', undefined],
    [
      { decision: 'accepted', strength: 'meets', comment: 'x'.repeat(4001) },
      'comment',
      'Keep the comment under 4000 characters',
    ],
  ])('should reject %j at %s', (input, path, message) => {
    const issue = EvidenceReviewInputSchema.safeParse(input).error?.issues.find(
      (candidate) => candidate.path.join('.') === path,
    );
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('should not let the reviewer name themselves', () => {
    expect(
      EvidenceReviewInputSchema.safeParse({ decision: 'accepted', strength: 'meets', reviewerId: id(2) })
        .success,
    ).toBe(false);
  });
});

describe('EvidenceSchema', () => {
  it('should describe reviewed evidence', () => {
    const evidence = {
      ...caseStudy,
      id: id(50),
      personId: id(1),
      metrics: '3 teams',
      links: ['https://acme.test/playbook'],
      status: 'accepted',
      review: {
        decision: 'accepted',
        comment: 'Great',
        strength: 'exceeds',
        reviewerId: id(2),
        reviewedAt: '2025-02-20T08:00:00Z',
      },
      version: 2,
      createdAt: '2025-02-15T08:00:00Z',
      updatedAt: '2025-02-20T08:00:00Z',
    };
    expect(EvidenceSchema.parse(evidence)).toEqual(evidence);
  });
});
