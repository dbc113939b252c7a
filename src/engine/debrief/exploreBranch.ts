// What if: take another option at a past decision and see what follows, on a copy. The first playthrough
// stays the record (timeline, account, autosave, LMS completion); a copy is rebuilt from the save's path up
// to that decision (a save is a path, so this is a replay, never a snapshot loaded into the story).
import { followPassage, type HeardPassage } from '../heardPassage';
import type { StoryPerformance } from '../storyPerformance';
import type { DecisionRecord, SaveEnvelope } from '../types';

export interface Exploration {
  /** The copy, so the learner can keep going from here (what follows is heard on its stream). */
  playthrough: StoryPerformance;
  /** What followed the option tried, up to the next choice or the end, as the copy told it. */
  passage: HeardPassage;
  /** The decision as the copy recorded it: its moment, what people noticed and how it resolved. */
  decision: DecisionRecord | null;
  /** The words of the option tried. */
  optionText: string;
}

export type ExploreResult = { ok: true; exploration: Exploration } | { ok: false; reason: string };

const CHANGED = 'The story has changed since you played it, so this moment cannot be replayed.';

/** A decision counts as contested for What if when two or more of its options carry `contested`. */
export function isContestedDecision(decision: Pick<DecisionRecord, 'options'>): boolean {
  return decision.options.filter((option) => option.contested).length >= 2;
}

/**
 * A fresh copy of the story to explore on, not yet started: on the page's thread for a shipped story, in a worker
 * the page can stop for a story file opened from disk (ui/performStory.ts). It starts when it is reset.
 */
export type StoryCopy = () => StoryPerformance;

/**
 * Ask a performance for one step (a reset, a choice) and wait until it has told what follows: the passage, and
 * whether a reset stopped short because the story changed. On this thread it is told before the step returns;
 * from a worker, a moment later. Whatever ends the step (options, the end, an error, a stop) ends the wait.
 */
export function afterStep(
  performance: StoryPerformance,
  step: () => void,
): Promise<{ passage: HeardPassage; mismatch: boolean }> {
  return new Promise((resolve) => {
    const heard = followPassage(performance);
    const done = (mismatch: boolean) => {
      heard.stop();
      for (const off of offs) off();
      resolve({ passage: heard.now(), mismatch });
    };
    // Subscribed after followPassage, so it has heard each event before these read it.
    const offs = [
      performance.events.on('choices', () => done(false)),
      performance.events.on('ended', () => done(false)),
      performance.events.on('reset', (reset) => done(reset.mismatch !== null)),
    ];
    step();
  });
}

/**
 * Play another option at a past decision, on a fresh copy replayed up to it: what followed, and the decision as
 * the copy recorded it. The copy may answer at once or a moment later (a worker's), so this waits for it.
 */
export async function exploreOption(
  copy: StoryCopy,
  save: SaveEnvelope,
  decision: Pick<DecisionRecord, 'pathIndex' | 'options'>,
  optionIndex: number,
): Promise<ExploreResult> {
  const option = decision.options.find((each) => each.index === optionIndex);
  if (!option) return { ok: false, reason: 'That option was not on offer at this moment.' };
  const upToDecision: SaveEnvelope = {
    ...save,
    path: save.path.slice(0, decision.pathIndex).map((step) => ({ ...step })),
  };
  let performance: StoryPerformance;
  try {
    performance = copy();
  } catch {
    return { ok: false, reason: CHANGED };
  }
  const { passage: here, mismatch } = await afterStep(performance, () => performance.reset(upToDecision));
  if (mismatch || here.ended || here.error || here.choices[optionIndex]?.text !== option.text) {
    performance.close?.();
    return { ok: false, reason: here.error && !mismatch ? STOPPED : CHANGED };
  }
  const before = performance.log.decisions.length;
  const { passage } = await afterStep(performance, () => performance.choose(optionIndex));
  const made = performance.log.decisions.length > before ? performance.log.decisions[before]! : null;
  return { ok: true, exploration: { playthrough: performance, passage, decision: made, optionText: option.text } };
}

const STOPPED = 'The story stopped with a problem before this moment, so it cannot be replayed.';

/** Each option practitioners disagree about, played on its own copy, for showing side by side. */
export function exploreContested(
  copy: StoryCopy,
  save: SaveEnvelope,
  decision: Pick<DecisionRecord, 'pathIndex' | 'options'>,
): Promise<ExploreResult[]> {
  return Promise.all(
    decision.options
      .filter((option) => option.contested)
      .map((option) => exploreOption(copy, save, decision, option.index)),
  );
}
