// What if: take another option at a past decision and see what follows, on a copy. The first playthrough
// stays the record (timeline, account, autosave, LMS completion); a copy is rebuilt from the save's path up
// to that decision (a save is a path, so this is a replay, never a snapshot loaded into the story).
import { Playthrough } from '../playthrough';
import { followPassage, lastPassage, type HeardPassage } from '../heardPassage';
import type { DecisionRecord, SaveEnvelope } from '../types';

export interface Exploration {
  /** The copy, so the learner can keep going from here (what follows is heard on its stream). */
  playthrough: Playthrough;
  /** What followed the option tried, up to the next choice or the end, as the copy told it. */
  passage: HeardPassage;
  /** The decision as the copy recorded it: its moment, what people noticed and how it resolved. */
  decision: DecisionRecord | null;
  /** The words of the option tried. */
  optionText: string;
}

export type ExploreResult = { ok: true; exploration: Exploration } | { ok: false; reason: string };

const CHANGED = 'The story has changed since you played it, so this moment cannot be replayed.';

export function exploreOption(
  storyJson: string,
  save: SaveEnvelope,
  decision: Pick<DecisionRecord, 'pathIndex' | 'options'>,
  optionIndex: number,
): ExploreResult {
  const option = decision.options.find((each) => each.index === optionIndex);
  if (!option) return { ok: false, reason: 'That option was not on offer at this moment.' };
  // A fresh copy of the path: the record's own save object is never touched.
  const upToDecision: SaveEnvelope = {
    ...save,
    path: save.path.slice(0, decision.pathIndex).map((step) => ({ ...step })),
  };
  let resumed: ReturnType<typeof Playthrough.resume>;
  try {
    resumed = Playthrough.resume(storyJson, upToDecision);
  } catch {
    return { ok: false, reason: CHANGED };
  }
  const { playthrough, mismatch } = resumed;
  const here = lastPassage(playthrough.sofar.events);
  if (mismatch || here.ended || here.error || here.choices[optionIndex]?.text !== option.text) {
    return { ok: false, reason: CHANGED };
  }
  const before = playthrough.log.decisions.length;
  const heard = followPassage(playthrough);
  playthrough.choose(optionIndex);
  const passage = heard.now();
  heard.stop();
  const made = playthrough.log.decisions.length > before ? playthrough.log.decisions[before]! : null;
  return { ok: true, exploration: { playthrough, passage, decision: made, optionText: option.text } };
}

/** Each option practitioners disagree about, played on its own copy, for showing side by side. */
export function exploreContested(
  storyJson: string,
  save: SaveEnvelope,
  decision: Pick<DecisionRecord, 'pathIndex' | 'options'>,
): ExploreResult[] {
  return decision.options
    .filter((option) => option.contested)
    .map((option) => exploreOption(storyJson, save, decision, option.index));
}

/** A decision counts as contested for What if when two or more of its options carry `contested`. */
export function isContestedDecision(decision: Pick<DecisionRecord, 'options'>): boolean {
  return decision.options.filter((option) => option.contested).length >= 2;
}
