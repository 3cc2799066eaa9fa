import type { CriterionStatus, ReadinessDetail } from '@trellis/domain';

import type { BarChartDatum, BarTone } from '../../../shared/charts/bar-chart';
import { CRITERION_STATUS_LABELS } from '../data/vocabulary';

// The ordinal scale of the chart: each status a step further along.
export const STATUS_STEP: Readonly<Record<CriterionStatus, number>> = {
  not_started: 0,
  developing: 1,
  demonstrating: 2,
  exceeding: 3,
};
export const STATUS_TONE: Readonly<Record<CriterionStatus, BarTone>> = {
  not_started: 'none',
  developing: 'low',
  demonstrating: 'mid',
  exceeding: 'high',
};

export const readinessBars = (readiness: ReadinessDetail): BarChartDatum[] =>
  readiness.criteria.map((criterion) => ({
    key: criterion.criterionId,
    label: criterion.name,
    value: STATUS_STEP[criterion.status],
    valueLabel: criterion.required ? CRITERION_STATUS_LABELS[criterion.status] : 'Not expected',
    tone: STATUS_TONE[criterion.status],
    muted: !criterion.required,
  }));

// The chart's accessible name: the story in a sentence; the table has the rest.
export const readinessSummary = (readiness: ReadinessDetail): string => {
  const required = readiness.criteria.filter((criterion) => criterion.required);
  const counts = (Object.keys(STATUS_STEP) as CriterionStatus[])
    .slice()
    .reverse()
    .map((status) => ({ status, count: required.filter((criterion) => criterion.status === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${count} ${CRITERION_STATUS_LABELS[status].toLowerCase()}`);
  return (
    `Readiness by criterion toward ${readiness.target.levelName}: ` +
    `${counts.length > 0 ? counts.join(', ') : 'no criteria required'}, ` +
    `out of ${required.length} required criteria. The table below lists each one.`
  );
};
