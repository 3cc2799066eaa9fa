import { aConversation } from '../../../testing/conversations';
import { conversationLink, otherParticipant } from './conversation-labels';

describe('otherParticipant', () => {
  const conversation = aConversation({ reportName: 'Priya Raman', managerName: 'Morgan Blake' });

  it('should name the manager to the report', () => {
    expect(otherParticipant(conversation, { id: conversation.reportId })).toBe('Morgan Blake');
  });

  it('should name the report to the manager', () => {
    expect(otherParticipant(conversation, { id: conversation.managerId })).toBe('Priya Raman');
  });
});

describe('conversationLink', () => {
  const conversation = aConversation();

  it("should open the report's own conversation page", () => {
    expect(conversationLink(conversation, { id: conversation.reportId })).toEqual([
      '/me/conversations',
      conversation.id,
    ]);
  });

  it("should open the manager's workspace in the Team area", () => {
    expect(conversationLink(conversation, { id: conversation.managerId })).toEqual([
      '/team/conversations',
      conversation.id,
    ]);
  });
});
