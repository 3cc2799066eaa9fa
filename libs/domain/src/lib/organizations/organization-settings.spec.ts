import {
  CONVERSATION_INTERVAL_MAX_DAYS,
  CONVERSATION_INTERVAL_MIN_DAYS,
  conversationIntervalProblem,
  OrganizationSettingsInputSchema,
} from './organization-settings';

describe('conversationIntervalProblem', () => {
  it.each([CONVERSATION_INTERVAL_MIN_DAYS, 90, CONVERSATION_INTERVAL_MAX_DAYS])(
    'should accept %i days',
    (days) => {
      expect(conversationIntervalProblem(days)).toBeNull();
    },
  );

  it.each([0, 6, 366, -90, 7.5, 2 ** 40])('should refuse %d days', (days) => {
    expect(conversationIntervalProblem(days)).toBe('Choose between 7 and 365 days');
  });
});

describe('OrganizationSettingsInputSchema', () => {
  it('should take a whole number of days and nothing else', () => {
    expect(OrganizationSettingsInputSchema.parse({ conversationIntervalDays: 30 })).toEqual({
      conversationIntervalDays: 30,
    });
    expect(OrganizationSettingsInputSchema.safeParse({ conversationIntervalDays: '30' }).success).toBe(false);
    expect(OrganizationSettingsInputSchema.safeParse({ conversationIntervalDays: 30.5 }).success).toBe(false);
    expect(
      OrganizationSettingsInputSchema.safeParse({ conversationIntervalDays: 30, name: 'Acme' }).success,
    ).toBe(false);
  });
});
