// What the presenter's Next does from here, in words for the button, and a glimpse of what comes after,
// so the facilitator never has to guess what the room is about to see.
import { votesAt } from './sessionLog';
import { deciding } from './groupDebrief';
import { leadingOption } from './voteTally';
import type { VoteTaking, Workshop } from './workshop';

/** At an open vote: what has to happen before Next can move on, or (once counts are in the fields) what Next does. */
const AT_A_VOTE: Record<VoteTaking, string> = {
  counts: 'Enter the counts first',
  'counts-typed': 'Show the room',
  phones: 'Close the phone vote first',
  'phones-closed': 'Show the room',
};

export function describeNext(w: Workshop, taking: VoteTaking = 'counts'): string {
  const s = w.state;
  if (s.overlay) return 'Close the card';
  switch (s.screen) {
    case 'plan':
      return 'Start the session';
    case 'prebrief':
      return 'The ground rules';
    case 'ground-rules':
      return 'The content notes';
    case 'content-notes':
      return 'Begin the story';
    case 'debrief':
      return s.page + 1 < w.debriefParts() ? `Debrief part ${s.page + 2} of ${w.debriefParts()}` : 'Close the session';
    case 'ended':
      return 'The session is over';
    case 'story':
      break;
  }
  if (s.exploring)
    return s.exploring.page + 1 < w.explorePages().length ? 'Next page of the rewind' : 'Back to the room’s story';
  const pages = w.pages().length;
  if (s.page + 1 < pages) return `Page ${s.page + 2} of ${pages}`;
  if (s.page < pages) return w.passage.ended ? 'The curtain' : 'The options';
  if (w.passage.ended) return 'Start the debrief';
  if (w.passage.error) return 'End the session';
  const point = w.currentPoint();
  if (!point) return 'Next';
  if (point.vote) {
    switch (s.step) {
      case null:
        return 'Open the vote';
      case 'vote-1':
      case 'vote-2':
        return AT_A_VOTE[taking];
      case 'result-1':
        return 'The discussion card';
      case 'discuss':
        return votesAt(s.log, point.step).first ? 'Open the revote' : 'Close the discussion card';
      case 'result-2': {
        const leading = leadingOption(deciding(s, point.step)?.counts ?? []);
        return leading.kind === 'clear' ? `Play option ${leading.index + 1} (most votes)` : 'A tie: pick an option';
      }
    }
  }
  if (s.step === 'discuss') return 'Back to the options';
  return point.options.length === 1 ? 'Play the only option' : 'Pick an option';
}

/** The first words of the page after this one, when the room is reading. */
export function comingNext(w: Workshop): string | null {
  const s = w.state;
  if (s.screen !== 'story' || s.exploring) return null;
  const pages = w.pages();
  const next = pages[s.page + 1];
  if (!next) return null;
  const line = next[0]!;
  const text = `${line.speaker ? `${line.speaker}: ` : ''}${line.text}`;
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
