import { aLadder, anAspiration, LEVEL } from '../../../testing/career-ladder';
import { levelIn } from '../data/ladder-lookup';
import { aspirationAgenda } from './tell-manager';

describe('aspirationAgenda', () => {
  it('should write the target, the statement and a question', () => {
    const agenda = aspirationAgenda(
      anAspiration({ statement: '  I want to lead a product marketing team.  ' }),
      levelIn(aLadder(), LEVEL.pmmManager),
    );

    expect(agenda).toBe(
      [
        'I would like to talk about where I want to go next: Manager, Product Marketing (Product Marketing, management track).',
        '',
        'I want to lead a product marketing team.',
        '',
        'What do you think I would need to show, and how can we get there?',
      ].join('\n'),
    );
  });

  it('should still make sense when the target is not in the ladder', () => {
    expect(aspirationAgenda(anAspiration({ statement: '' }), null)).toBe(
      'I would like to talk about where I want to go next: my next role.\n\nWhat do you think I would need to show, and how can we get there?',
    );
  });
});
