import fc from 'fast-check';

import { initialsOf } from './display-name';

describe('initialsOf', () => {
  it.each([
    ['Priya Raman', 'PR'],
    ['Morgan', 'M'],
    ['  lee   van der berg ', 'LB'],
    ['', '?'],
  ])('should turn %j into %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('should never return more than two characters for any name', () => {
    fc.assert(fc.property(fc.string(), (name) => initialsOf(name).length <= 2 || initialsOf(name) === '?'));
  });
});
