// Proposed times travel as ISO 8601 instants; people type them into
// `datetime-local` inputs, which speak the browser's local time.

const pad = (value: number) => String(value).padStart(2, '0');

// "2026-12-01T10:00", as a datetime-local input expects it.
export const toLocalInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

// The instant a datetime-local value means here, or null when it is not one.
export const fromLocalInput = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

const isWorkingDay = (date: Date) => date.getDay() !== 0 && date.getDay() !== 6;

// Suggestions to start from: the next working days after today, at 10:00.
export const suggestedTimes = (now: Date, count = 3, hour = 10): Date[] => {
  const times: Date[] = [];
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  while (times.length < count) {
    day.setDate(day.getDate() + 1);
    if (isWorkingDay(day)) times.push(new Date(day));
  }
  return times;
};
