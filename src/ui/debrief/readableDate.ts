// Dates as a learner in England reads them ("14 April 2026"), and as a date field stores them (yyyy-mm-dd).
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function readableDate(date: Date): string {
  return LONG.format(date);
}

/** yyyy-mm-dd in the learner's own time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
