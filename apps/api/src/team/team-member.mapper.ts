import type { TeamMember, TrackKind } from '@trellis/domain';

import type { TeamMemberRow } from './team-overview.repository';

const track = (id: string | null, name: string | null, kind: TrackKind | null, discipline: string | null) =>
  id && name && kind && discipline ? { id, name, kind, discipline } : null;

/** Builds the TeamMember shape field by field from the overview's row. */
export const toTeamMember = (row: TeamMemberRow, readiness: number | null): TeamMember => {
  const targetTrack = track(
    row.target_track_id,
    row.target_track_name,
    row.target_track_kind,
    row.target_track_discipline,
  );
  return {
    person: {
      id: row.id,
      name: row.name,
      title: row.title,
      teamId: row.team_id,
      levelId: row.level_id,
      levelName: row.level_name,
      track: track(row.track_id, row.track_name, row.track_kind, row.track_discipline),
    },
    manager: { id: row.manager_id, name: row.manager_name },
    depth: row.depth,
    aspiration:
      row.target_level_id && row.target_level_name && targetTrack && row.aspiration_updated_at
        ? {
            targetLevelId: row.target_level_id,
            targetLevelName: row.target_level_name,
            track: targetTrack,
            updatedAt: row.aspiration_updated_at.toISOString(),
          }
        : null,
    readiness: row.target_level_id ? readiness : null,
    evidenceAwaitingReview: row.evidence_awaiting_review,
    lastConversationAt: row.last_held_at ? row.last_held_at.toISOString() : null,
    conversationDueAt: row.conversation_due_at.toISOString(),
    openRequests: row.open_requests,
    flags: row.flags,
  };
};
