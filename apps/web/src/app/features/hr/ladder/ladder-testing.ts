import type { FrameworkDocument, FrameworkListItem } from '@trellis/domain';

// Fixtures of the ladder editor's specs.
export const id = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const aListItem = (overrides: Partial<FrameworkListItem> = {}): FrameworkListItem => ({
  id: id(1),
  name: 'Trellis career ladder',
  version: 1,
  status: 'published',
  revision: 1,
  publishedAt: '2026-01-15T09:00:00.000Z',
  current: true,
  supersededById: null,
  ...overrides,
});

export const aDocument = (overrides: Partial<FrameworkDocument> = {}): FrameworkDocument => ({
  format: 'trellis.framework/v1',
  name: 'Trellis career ladder',
  version: 2,
  disciplines: ['Product Marketing'],
  tracks: [
    {
      key: 'pmm-ic',
      name: 'Product Marketing (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { key: 'pmm-2', name: 'PMM II', rank: 2 },
        { key: 'senior-pmm', name: 'Senior PMM', rank: 3 },
      ],
    },
  ],
  paths: [],
  criteria: [
    {
      key: 'execution',
      name: 'Execution',
      theme: 'Craft',
      description: 'Ships.',
      expectations: [
        { level: 'pmm-2', proficiency: 2, description: 'Ships alone.' },
        { level: 'senior-pmm', proficiency: 3, description: 'Ships big things.' },
      ],
    },
  ],
  ...overrides,
});
