import { isProblem } from './problem';

describe('isProblem', () => {
  it('should recognise an RFC 9457 problem with a correlation id', () => {
    expect(isProblem({ type: 'about:blank', title: 'Not Found', status: 404, correlationId: 'abc' })).toBe(
      true,
    );
  });

  it('should not mistake an arbitrary object for a problem', () => {
    expect(isProblem({ message: 'oops' })).toBe(false);
    expect(isProblem(null)).toBe(false);
  });
});
