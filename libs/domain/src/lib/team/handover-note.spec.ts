import { HANDOVER_NOTE_BODY_MAX, HandoverNoteInputSchema } from './handover-note';

describe('HandoverNoteInputSchema', () => {
  it('should take a trimmed body', () => {
    expect(HandoverNoteInputSchema.parse({ body: '  Priya leads the launch council.  ' })).toEqual({
      body: 'Priya leads the launch council.',
    });
  });

  it.each([
    [{ body: '   ' }, 'Write the note'],
    [{}, 'Write the note'],
    [
      { body: 'x'.repeat(HANDOVER_NOTE_BODY_MAX + 1) },
      `Keep the note under ${HANDOVER_NOTE_BODY_MAX} characters`,
    ],
  ])('should refuse %o', (input, message) => {
    const result = HandoverNoteInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('should refuse unknown fields', () => {
    expect(HandoverNoteInputSchema.safeParse({ body: 'x', personId: 'y' }).success).toBe(false);
  });
});
