import { aLadder, LEVEL } from '../../../testing/career-ladder';
import { describeMove, trackGroups } from './target-move';

describe('describeMove', () => {
  const ladder = aLadder();

  it.each([
    [LEVEL.seniorPmm, LEVEL.leadPmm, 'A step up your track.'],
    [LEVEL.pmm2, LEVEL.leadPmm, '2 steps up your track.'],
    [LEVEL.seniorPmm, LEVEL.seniorPmm, 'This is your level now: aim for growth in scope.'],
    [LEVEL.leadPmm, LEVEL.pmm2, 'A step back on your track, which is sometimes the right move.'],
    [LEVEL.seniorPmm, LEVEL.pmmManager, 'A move into management, in your own discipline.'],
    [LEVEL.pmmManager, LEVEL.leadPmm, 'A move back to individual contribution, in your own discipline.'],
    [LEVEL.pmm2, LEVEL.pm, 'A sideways move, from Product Marketing into Product Management.'],
  ])('from %s to %s should read "%s"', (current, target, words) => {
    expect(describeMove(ladder, current, target)).toBe(words);
  });

  it('should name the target alone when the current level is unknown', () => {
    expect(describeMove(ladder, null, LEVEL.pm)).toBe(
      'Product Manager, on the individual contributor track of Product Management.',
    );
    expect(describeMove(ladder, null, LEVEL.pmmManager)).toBe(
      'Manager, Product Marketing, on the management track of Product Marketing.',
    );
  });

  it('should say nothing without a target or a ladder', () => {
    expect(describeMove(ladder, LEVEL.pm, null)).toBeNull();
    expect(describeMove(null, LEVEL.pm, LEVEL.seniorPm)).toBeNull();
  });
});

describe('trackGroups', () => {
  it("should list the person's discipline first, IC before management, levels by rank", () => {
    const groups = trackGroups(aLadder(), LEVEL.seniorPmm);

    expect(groups.map((group) => group.label)).toEqual([
      'Product Marketing · Individual contributor',
      'Product Marketing · Management',
      'Product Management · Individual contributor',
    ]);
    expect(groups[2]?.track.levels.map((level) => level.name)).toEqual([
      'Product Manager',
      'Senior Product Manager',
    ]);
  });

  it('should keep the ladder order when the current level is unknown', () => {
    expect(trackGroups(aLadder(), null).map((group) => group.label)[0]).toBe(
      'Product Management · Individual contributor',
    );
  });

  it('should be empty without a ladder', () => {
    expect(trackGroups(null, LEVEL.pm)).toEqual([]);
  });
});
