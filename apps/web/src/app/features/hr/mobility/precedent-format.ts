// How the per-team figures read in a table cell.

export const percent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

// Days in words at the precision that matters for time in level.
export const duration = (days: number | null): string => {
  if (days === null) return '—';
  if (days < 45) return `${Math.round(days)} days`;
  if (days < 365) return `${Math.round(days / 30.4375)} months`;
  const years = Math.round((days / 365.25) * 10) / 10;
  return `${years} ${years === 1 ? 'year' : 'years'}`;
};
