// The decisions a story offers, listed before anyone plays, so a facilitator can plan which become room votes.
// A breadth-first walk replays paths through a real Playthrough (a save is a path) and visits each distinct
// choice point once, trying every option there. A point is known by the words of its options. A point that
// some paths never reach (a repair scene after one particular option) is marked with what leads to it.
import { Playthrough } from '../engine/playthrough';
import type { PathStep, StoryChoice } from '../engine/types';
import { lastPassage } from '../engine/heardPassage';

export interface DecisionPoint {
  key: string;
  /** 1-based, in the order a room would meet them. */
  number: number;
  /** The last words the room hears before it chooses, to name the decision in a plan (never a knot's name). */
  moment: string | null;
  options: string[];
  discuss: string[];
  notes: string[];
  /** Empty when every path meets this point; else the choices that lead to it. */
  onlyAfter: { number: number; option: string }[];
}

export interface DecisionPlan {
  points: DecisionPoint[];
  /** False when the walk stopped at its budget, so some later points may be missing. */
  complete: boolean;
}

/** The key of a choice point: its options' words, one a line. */
export function pointKey(choices: readonly Pick<StoryChoice, 'text'>[]): string {
  return choices.map((c) => c.text).join('\n');
}

const START = '\u0000start';
const END = '\u0000end';

interface Found {
  key: string;
  order: number;
  moment: string | null;
  options: string[];
  discuss: string[];
  notes: string[];
  parents: { key: string; option: number }[];
}

export function listDecisionPoints(
  storyJson: string,
  opts: { storyId?: string; maxReplays?: number } = {},
): DecisionPlan {
  const maxReplays = opts.maxReplays ?? 400;
  const storyId = opts.storyId ?? 'walk';
  const found = new Map<string, Found>();
  const edges = new Map<string, Set<string>>();
  const addEdge = (from: string, to: string) => {
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  };
  const seenChoicePoints = new Set<string>();
  // `from` is the last decision (and option) on the way here; pacing choices pass it through.
  const queue: { path: PathStep[]; from: { key: string; option: number } | null }[] = [{ path: [], from: null }];
  let replays = 0;
  let complete = true;

  while (queue.length > 0) {
    if (replays >= maxReplays) {
      complete = false;
      break;
    }
    const { path, from } = queue.shift()!;
    replays += 1;
    const { playthrough, mismatch } = Playthrough.resume(storyJson, {
      format: 1,
      storyId,
      storyHash: '',
      seed: 0,
      path,
    });
    // Heard as the room would hear it: the same stream the facilitator's screen follows.
    const passage = lastPassage(playthrough.sofar.events);
    if (mismatch) continue;
    if (passage.ended || passage.error || passage.choices.length === 0) {
      addEdge(from?.key ?? START, END);
      continue;
    }
    const key = pointKey(passage.choices);
    if (passage.isDecision) {
      addEdge(from?.key ?? START, key);
      const point = found.get(key);
      if (point) {
        if (from && !point.parents.some((p) => p.key === from.key && p.option === from.option))
          point.parents.push(from);
        continue;
      }
      found.set(key, {
        key,
        order: found.size,
        moment: momentOf(passage.lines),
        options: passage.choices.map((c) => c.text),
        discuss: [...passage.discuss],
        notes: [...passage.notes],
        parents: from ? [from] : [],
      });
    } else {
      // A pacing choice is walked once for each way into it, so the edges through it stay right.
      const via = `${from?.key ?? START}|${from?.option ?? -1}|${key}`;
      if (seenChoicePoints.has(via)) continue;
      seenChoicePoints.add(via);
    }
    passage.choices.forEach((choice, index) => {
      queue.push({
        path: [...path, { index, text: choice.text }],
        from: passage.isDecision ? { key, option: index } : from,
      });
    });
  }

  // A point is on every path when the end cannot be reached from the start without passing through it.
  const avoidable = (key: string): boolean => {
    const seen = new Set<string>([START]);
    const stack = [START];
    while (stack.length) {
      const here = stack.pop()!;
      if (here === END) return true;
      for (const next of edges.get(here) ?? []) {
        if (next === key || seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return false;
  };

  // Order: the points every path meets, in the order first met; each conditional point straight after the
  // point whose option leads to it, so the list reads like the story.
  const all = [...found.values()].sort((a, b) => a.order - b.order);
  const conditional = new Set(complete ? all.filter((p) => avoidable(p.key)).map((p) => p.key) : []);
  const ordered: Found[] = [];
  const place = (point: Found) => {
    if (ordered.includes(point)) return;
    ordered.push(point);
    for (const child of all) {
      if (conditional.has(child.key) && child.parents[0]?.key === point.key) place(child);
    }
  };
  for (const point of all) if (!conditional.has(point.key) || !found.has(point.parents[0]?.key ?? '')) place(point);

  const numberOf = new Map(ordered.map((p, i) => [p.key, i + 1]));
  return {
    complete,
    points: ordered.map((p) => ({
      key: p.key,
      number: numberOf.get(p.key)!,
      moment: p.moment,
      options: p.options,
      discuss: p.discuss,
      notes: p.notes,
      onlyAfter: conditional.has(p.key)
        ? p.parents.map((parent) => ({
            number: numberOf.get(parent.key) ?? 0,
            option: found.get(parent.key)?.options[parent.option] ?? '',
          }))
        : [],
    })),
  };
}

/** The default plan: a room vote at the first three decisions every path meets (about 45 minutes). */
export function defaultVotePoints(points: readonly DecisionPoint[], how = 3): string[] {
  return points
    .filter((p) => p.onlyAfter.length === 0)
    .slice(0, how)
    .map((p) => p.key);
}

/** "…can she not just ring in the morning?": the last shown line before a choice, short enough for a heading. */
function momentOf(lines: readonly { text: string; hidden: boolean }[]): string | null {
  const last = [...lines].reverse().find((l) => !l.hidden && l.text.trim() !== '');
  if (!last) return null;
  const text = last.text.trim();
  if (text.length <= 70) return text;
  const cut = text.slice(text.length - 68);
  return `…${cut.slice(cut.indexOf(' ') + 1)}`;
}
