import { z } from 'zod';

import { ProficiencySchema, TrackKindSchema, type Framework } from '../frameworks/framework';
import { findLevel } from '../frameworks/framework-levels';
import { diffLevels, LevelDiffSchema } from '../frameworks/level-diff';
import {
  computeReadiness,
  CriterionReadinessSchema,
  readinessCriteriaFor,
  ReadinessSchema,
  ReadinessSummarySchema,
  summarizeReadiness,
  type ReadinessEvidenceInput,
} from './readiness';

// GET /api/people/:id/readiness answers one of two views: the person and their
// management chain get the full, self-explaining readiness; HR gets the summary
// alone (never which evidence is behind it), and only for an aspiration shared with HR.

export const READINESS_VIEWS = ['full', 'summary'] as const;
export type ReadinessView = (typeof READINESS_VIEWS)[number];

export const CriterionReadinessDetailSchema = CriterionReadinessSchema.extend({
  name: z.string(),
  theme: z.string(),
  // What the target level expects of this criterion: the bar the evidence is rated against.
  expectation: z.object({ proficiency: ProficiencySchema, description: z.string() }),
}).meta({ id: 'CriterionReadinessDetail' });
export type CriterionReadinessDetail = z.infer<typeof CriterionReadinessDetailSchema>;

export const ReadinessTargetSchema = z.object({
  levelId: z.uuid(),
  levelName: z.string(),
  trackId: z.uuid(),
  trackName: z.string(),
  trackKind: TrackKindSchema,
  discipline: z.string(),
});

export const ReadinessDetailSchema = ReadinessSchema.extend({
  view: z.literal('full'),
  criteria: z.array(CriterionReadinessDetailSchema),
  criteriaDemonstrated: z.number().int().min(0),
  criteriaRequired: z.number().int().min(0),
  // The framework version the target level belongs to; level and criterion ids below are of it.
  frameworkId: z.uuid(),
  target: ReadinessTargetSchema,
  // The person's level in that framework, or null when they have none there.
  currentLevelId: z.uuid().nullable(),
  // The target is in another discipline (e.g. Product Marketing → Product Management).
  lateral: z.boolean(),
  // What changes per criterion from the current level to the target; null without a current level.
  diff: LevelDiffSchema.nullable(),
}).meta({ id: 'ReadinessDetail' });
export type ReadinessDetail = z.infer<typeof ReadinessDetailSchema>;

export const ReadinessSummaryViewSchema = ReadinessSummarySchema.extend({
  view: z.literal('summary'),
}).meta({ id: 'ReadinessSummaryView' });
export type ReadinessSummaryView = z.infer<typeof ReadinessSummaryViewSchema>;

export const ReadinessAnswerSchema = z
  .discriminatedUnion('view', [ReadinessDetailSchema, ReadinessSummaryViewSchema])
  .meta({ id: 'ReadinessAnswer' });
export type ReadinessAnswer = z.infer<typeof ReadinessAnswerSchema>;

export interface ReadinessDetailInput {
  personId: string;
  // The framework version of the target level.
  framework: Framework;
  targetLevelId: string;
  // The person's current level, as a level of `framework` (or null).
  currentLevelId: string | null;
  // Evidence with criterion ids of `framework` (the caller maps older versions' criteria).
  evidence: readonly ReadinessEvidenceInput[];
}

export type ReadinessDetailResult =
  | { ok: true; readiness: ReadinessDetail }
  | { ok: false; error: { code: 'unknown_level'; levelId: string; message: string } };

// The full view: computeReadiness, explained with the criteria's names, the bar
// of the target level, and what changes from the current level.
export const explainReadiness = ({
  personId,
  framework,
  targetLevelId,
  currentLevelId,
  evidence,
}: ReadinessDetailInput): ReadinessDetailResult => {
  const target = findLevel(framework, targetLevelId);
  if (!target) {
    return {
      ok: false,
      error: {
        code: 'unknown_level',
        levelId: targetLevelId,
        message: `No level ${targetLevelId} in this framework`,
      },
    };
  }
  const criteria = readinessCriteriaFor(framework, targetLevelId);
  const readiness = computeReadiness({ personId, targetLevelId, criteria, evidence });
  const { criteriaDemonstrated, criteriaRequired } = summarizeReadiness(readiness);
  const byId = new Map(framework.criteria.map((criterion) => [criterion.id, criterion]));
  const expectationOf = new Map(criteria.map((criterion) => [criterion.criterionId, criterion.expectation]));

  const current = currentLevelId ? findLevel(framework, currentLevelId) : undefined;
  const diff = current ? diffLevels(framework, current.level.id, targetLevelId) : undefined;

  return {
    ok: true,
    readiness: {
      view: 'full',
      ...readiness,
      criteria: readiness.criteria.map((criterion) => ({
        ...criterion,
        // Both lookups hit: readinessCriteriaFor drew these criteria from the framework.
        name: byId.get(criterion.criterionId)?.name ?? '',
        theme: byId.get(criterion.criterionId)?.theme ?? '',
        expectation: expectationOf.get(criterion.criterionId) ?? { proficiency: 0, description: '' },
      })),
      criteriaDemonstrated,
      criteriaRequired,
      frameworkId: framework.id,
      target: {
        levelId: target.level.id,
        levelName: target.level.name,
        trackId: target.track.id,
        trackName: target.track.name,
        trackKind: target.track.kind,
        discipline: target.track.discipline,
      },
      currentLevelId: current ? current.level.id : null,
      lateral: current !== undefined && current.track.discipline !== target.track.discipline,
      diff: diff?.ok ? diff.diff : null,
    },
  };
};

// What HR may see of a readiness.
export const readinessSummaryView = (readiness: ReadinessDetail): ReadinessSummaryView => ({
  view: 'summary',
  ...summarizeReadiness(readiness),
});
