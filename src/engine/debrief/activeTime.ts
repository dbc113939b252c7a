// Time spent on a story as CPD counts it: the time the learner was playing, not the clock from the first line to
// the ending. A gap between two steps counts at most five minutes (they were reading, or had gone for a cup of tea);
// a hidden page stops the clock; a play resumed the next day carries on from the time it had. The clock is given:
// the engine never reads one.
import { z } from '../zod';

/** The most a gap between two steps can add: longer than this and the learner had stopped playing. */
export const GAP_CAP_MS = 5 * 60_000;

export interface ActiveTime {
  /** Time counted so far. */
  ms: number;
  /** When the clock last ran from, or null while it is stopped (the page hidden, the play left). */
  at: number | null;
}

const schema = z.object({ ms: z.number().check(z.minimum(0)), at: z.nullable(z.number()) });

export function startActiveTime(now: number): ActiveTime {
  return { ms: 0, at: now };
}

/** A step (a choice, a place reached): the gap since the clock last ran counts, up to the cap. */
export function stepActiveTime(time: ActiveTime, now: number): ActiveTime {
  if (time.at === null) return { ms: time.ms, at: now };
  return { ms: time.ms + Math.min(GAP_CAP_MS, Math.max(0, now - time.at)), at: now };
}

/** The page hidden or the play left: the gap so far counts (up to the cap), then the clock stops. */
export function pauseActiveTime(time: ActiveTime, now: number): ActiveTime {
  return { ms: stepActiveTime(time, now).ms, at: null };
}

/** The play resumed or the page shown again: the clock runs from now; the time away never counts. */
export function resumeActiveTime(time: ActiveTime | null, now: number): ActiveTime {
  return { ms: time?.ms ?? 0, at: now };
}

/** Whole minutes counted, for the account. */
export function activeMinutes(time: Pick<ActiveTime, 'ms'>): number {
  return Math.round(time.ms / 60_000);
}

/** Stored text read back, or null when it is missing or not an active time. */
export function parseActiveTime(raw: string | null): ActiveTime | null {
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
