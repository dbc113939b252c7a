// A discussion timer as the room reads it. It counts down to zero and then just says so: nothing moves on
// by itself (a timed choice fails WCAG 2.2.1 unless the room opted in).
export function timerText(endsAt: number, now: number): string {
  const left = Math.max(0, Math.ceil((endsAt - now) / 1000));
  if (left === 0) return 'Time';
  const m = Math.floor(left / 60);
  const s = left % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
