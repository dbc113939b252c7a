// What `check` reports: a compiler-style diagnostic with a code, so tests, the story QA and the author preview
// can pick out one kind ("no untagged options") without matching the words of the message.
import type { Diagnostic } from '../engine/types';

export type CheckCode =
  | 'compile' // ink's own compiler
  | 'tag' // a tag the grammar rejects, or an unknown tag key
  | 'header-missing' // a required header tag is missing
  | 'header-reminder' // a story listed in the foyer with no content_note: or no review: (a warning, with a line to copy in)
  | 'header-lost' // header tags ink does not see as the story's (something, often an INCLUDE, comes before them)
  | 'cast-thin' // fewer than three facets, or none invisible or unvoiced
  | 'move-outside' // a choice's tag (move:, contested, reflect:) written outside its brackets
  | 'line-tag-in-choice' // a line's tag (discuss:, moment:, speaker: …) written inside an option's brackets
  | 'tag-text' // -> or // inside a tag's words
  | 'float' // 2.0 in ink code
  | 'lookalike-arrow' // –> or —> (a dash an editor put in for the minus sign), which ink shows as text
  | 'speaker-narration' // a speaker: line with narration the player would show after the speaker's name
  | 'consent-and-action' // ask_consent and an action on the same person on one choice
  | 'exclusion-names-nobody' // harm: exclusion in a scene whose access:, mandate:, wants: and consent: name nobody
  | 'cast-undeclared' // an id used in a tag but not in the cast
  | 'cast-unused' // a cast member no tag mentions
  | 'reveal' // reveal: names a facet the person does not have, or one the learner sees from the start
  | 'next-scene' // next_scene: names a knot or stitch the story does not have ("Skip this scene" would lead nowhere)
  | 'untagged-option' // an option without move: in a decision whose other options have one
  | 'card-discuss'
  | 'card-note'
  | 'card-moment'
  | 'card-moment-at'
  | 'moment-repeated' // two decisions on one path with the same moment: (the debrief's timeline can't tell them apart)
  | 'card-perspective'
  | 'unreached-knot'
  | 'unreached-choice'
  | 'unreached-ending'
  | 'no-ending' // a path that runs out of text at the top of the story, with no -> END: ink ends it without a word
  | 'runtime' // an error while playing
  | 'runtime-warning' // a warning ink gave while playing (e.g. a variable read before it is set)
  | 'one-option' // a decision that offers one option: no choice at all
  | 'minutes' // the header's minutes: is less than the median path, or far more
  | 'too-many-minutes' // the median path is longer than a session slot
  | 'too-few-minutes' // a story listed in the foyer whose median path is shorter than a session slot plans on
  | 'reflect-long' // a reflect: too long to be one question a learner can hold
  | 'card-misplaced' // a moment: or perspective: written just before a decision's choices
  | 'content' // a curtain-call data file (src/content/*.json) the page cannot read
  | 'too-long' // a walk that never ended
  | 'too-slow' // walking the story took longer than check's time budget
  | 'save-size' // the largest save against SCORM 1.2's limit
  | 'craft-no-harm' // option craft: no option of a decision scores below 0
  | 'craft-no-with' // option craft: no option scores +1 or more on voice and power
  | 'craft-length' // option craft: one option over three times the length of another
  | 'craft-excuse' // option craft: an option that states its own reason or excuse ("She is busy", "because of his dementia")
  | 'craft-best-longest' // option craft: the best option is the longest in too many decisions
  | 'craft-wording-tell' // option craft: picking the option with most ally words finds the best too often
  | 'craft-same-best-act' // option craft: one act is the best option's in most decisions
  | 'craft-best-place'; // option craft: the best option sits at the same place in the list in most decisions

export interface CheckDiagnostic extends Diagnostic {
  code: CheckCode;
}

export function diagnostic(
  code: CheckCode,
  file: string,
  line: number | null,
  severity: 'error' | 'warning',
  message: string,
): CheckDiagnostic {
  return { code, file, line, severity, message };
}

/** Sorts by file, then line, errors before warnings on the same line; the order a compiler prints in. */
export function byPlace(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  return a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1;
}
