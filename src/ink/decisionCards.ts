// The decisions a learner meets, read from every walk, and what each lacks for the curtain call and the room: a
// decision with one option, no discuss: or note: card, an option after which no moment: or perspective: comes, a
// moment: that begins with "At" or that an earlier decision on the same path also has, an option with no move:
// where its neighbours have one. Option craft (optionCraft.ts) is judged from the same decisions.
import { splitTag } from '../engine/contract/index.ts';
import type { WalkRecord } from './exploreStory';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import { optionCraftWarnings, type DecisionSighting } from './optionCraft';
import type { StoryMap } from './storyMap';

function parentPath(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('.')));
}

/** The debrief's questions name a moment as "At “{moment}”", so a moment that starts with "At" says it twice. */
const MOMENT_SAYS_AT = /^at\s/i;

interface DecisionSeen extends DecisionSighting {
  noDiscuss: boolean;
  noNote: boolean;
  /** The most options any walk was offered here: one is no choice at all. */
  mostOptions: number;
}

interface OptionSeen {
  noMoment: boolean;
  noPerspective: boolean;
  /** A moment: that begins with "At", which the debrief's questions already say ("At “At the desk”"). */
  momentSaysAt: string | null;
}

/**
 * The distinct decisions the walks met (choice points with a move:, or every choice point in an unscored story),
 * and, for a scored story, what each lacks (`cast`: the ids option craft checks a move's person against).
 */
export function judgeDecisions(
  file: string,
  map: StoryMap,
  walks: readonly WalkRecord[],
  scored: boolean,
  cast: ReadonlySet<string>,
): { diagnostics: CheckDiagnostic[]; decisions: number } {
  const out: CheckDiagnostic[] = [];
  const decisions = new Map<string, DecisionSeen>();
  const options = new Map<string, OptionSeen>();
  const untagged = new Set<string>();
  /** A decision whose moment: an earlier decision on the same path also has, and that decision. */
  const sameMoment = new Map<string, { moment: string; other: string }>();
  const placeOf = (sourcePath: string) => map.choices.get(sourcePath);

  for (const walk of walks) {
    let k = 0;
    /** This walk's moments: each names one decision, or the timeline shows two of the same name. */
    const momentsHere = new Map<string, string>();
    for (const step of walk.steps) {
      const chosenPath = step.offered[step.chosen];
      if (!step.isDecision) continue;
      const record = walk.log.decisions[k++];
      const first = step.offered[0];
      if (!record || first === undefined) continue;
      const key = parentPath(first);
      const lines = step.offered.map((p) => placeOf(p)).filter((p) => p !== undefined);
      const label = lines.reduce(
        (a, b) => ((b.line ?? Infinity) < (a.line ?? Infinity) ? b : a),
        lines[0] ?? { file, line: null },
      );
      const seen = decisions.get(key) ?? {
        file: label.file,
        line: label.line,
        options: record.options,
        optionLines: step.offered.map((p) => placeOf(p)?.line ?? null),
        noDiscuss: false,
        noNote: false,
        mostOptions: 0,
      };
      seen.mostOptions = Math.max(seen.mostOptions, step.offered.length);
      seen.noDiscuss ||= record.discuss.length === 0;
      seen.noNote ||= record.notes.length === 0;
      decisions.set(key, seen);
      if (scored) {
        const someMoves = step.tags.some((tags) => tags.some((t) => splitTag(t).key === 'move'));
        step.tags.forEach((tags, i) => {
          if (someMoves && !tags.some((t) => splitTag(t).key === 'move') && step.offered[i])
            untagged.add(step.offered[i]);
        });
      }
      if (walk.outcome === 'ended' && record.moment !== null) {
        const other = momentsHere.get(record.moment);
        if (other !== undefined && other !== key && !sameMoment.has(key))
          sameMoment.set(key, { moment: record.moment, other });
        momentsHere.set(record.moment, key);
      }
      // A decision's moment and perspectives can come until the next decision: judge them on finished walks.
      if (walk.outcome === 'ended' && chosenPath) {
        const option = options.get(chosenPath) ?? { noMoment: false, noPerspective: false, momentSaysAt: null };
        option.noMoment ||= record.moment === null;
        if (record.moment !== null && MOMENT_SAYS_AT.test(record.moment)) option.momentSaysAt = record.moment;
        option.noPerspective ||= record.perspectives.length === 0;
        options.set(chosenPath, option);
      }
    }
  }

  if (scored) {
    out.push(...optionCraftWarnings(file, [...decisions.values()], cast));
    for (const seen of decisions.values()) {
      if (seen.mostOptions === 1)
        out.push(
          diagnostic(
            'one-option',
            seen.file,
            seen.line,
            'warning',
            'this decision offers only one option, so the learner has no choice to make: add at least one more, each with its own move: (a line starting with a single minus sign between two options ends the decision there, and the options after it start a new one: move it below the last option)',
          ),
        );
      if (seen.noDiscuss)
        out.push(
          diagnostic(
            'card-discuss',
            seen.file,
            seen.line,
            'warning',
            'this decision has no discuss: card (a question for the group, written before the choices)',
          ),
        );
      const contested = seen.options.some((o) => o.contested);
      if (seen.noNote)
        out.push(
          diagnostic(
            'card-note',
            seen.file,
            seen.line,
            'warning',
            `this decision has no note: for the facilitator (written before the choices)${contested ? ', and an option is marked #contested: the note: is where the facilitator reads what practitioners disagree about, so say it there' : ''}`,
          ),
        );
    }
    for (const [key, { moment, other }] of sameMoment) {
      const seen = decisions.get(key);
      const before = decisions.get(other);
      if (!seen || !before) continue;
      out.push(
        diagnostic(
          'moment-repeated',
          seen.file,
          seen.line,
          'warning',
          `after this decision the moment: is "${moment}", the same as after the decision${before.line !== null ? ` on line ${before.line}` : ''} earlier on the same path: the debrief's timeline and questions ("At “${moment}”, …") tell decisions apart by their moment, so give each its own name`,
        ),
      );
    }
    for (const [path, seen] of options) {
      const place = placeOf(path);
      if (!place) continue;
      if (seen.noMoment)
        out.push(
          diagnostic(
            'card-moment',
            place.file,
            place.line,
            'warning',
            "after this option no moment: names the decision for the debrief timeline (write it in the option's consequence)",
          ),
        );
      if (seen.momentSaysAt !== null)
        out.push(
          diagnostic(
            'card-moment-at',
            place.file,
            place.line,
            'warning',
            `after this option the moment: "${seen.momentSaysAt}" begins with "At", and the debrief asks "At “${seen.momentSaysAt}”, …": name the moment without it (e.g. "The desk")`,
          ),
        );
      if (seen.noPerspective)
        out.push(
          diagnostic(
            'card-perspective',
            place.file,
            place.line,
            'warning',
            "after this option no perspective: says what someone noticed or felt (write it in the option's consequence)",
          ),
        );
    }
    for (const path of untagged) {
      const place = placeOf(path);
      if (place)
        out.push(
          diagnostic(
            'untagged-option',
            place.file,
            place.line,
            'warning',
            'this option has no move: tag, but other options of the same decision do, so it scores nothing: add the move it makes',
          ),
        );
    }
  }

  return { diagnostics: out, decisions: decisions.size };
}
