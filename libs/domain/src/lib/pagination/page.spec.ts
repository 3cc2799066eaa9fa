import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageQuerySchema } from './page';

describe('PageQuerySchema', () => {
  it('should default the page size', () => {
    expect(PageQuerySchema.parse({})).toEqual({ limit: DEFAULT_PAGE_SIZE });
  });

  it('should coerce a numeric query string', () => {
    expect(PageQuerySchema.parse({ limit: '10', cursor: 'abc' })).toEqual({ limit: 10, cursor: 'abc' });
  });

  it('should cap the page size', () => {
    expect(PageQuerySchema.safeParse({ limit: String(MAX_PAGE_SIZE + 1) }).success).toBe(false);
  });
});
