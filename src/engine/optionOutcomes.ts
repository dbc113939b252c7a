// What every option on offer would have resolved to, in the context the learner chose in. The debrief's What if,
// `play --json`, the author preview and `check`'s option craft all read these, so each option is resolved once,
// by the same rules as the option taken (resolveChoice), never by its words.
import { resolveChoice, type ChoiceResult } from './resolveChoice';
import type { ContextSnapshot, OptionOffered, OptionOutcome } from './types';

export function resolveOptions(options: readonly OptionOffered[], ctx: ContextSnapshot): OptionOutcome[] {
  return options.map((option) => optionOutcome(option, resolveChoice(option.moves, ctx)));
}

/** One option's outcome from its resolution (for a caller that keeps the resolution itself too). */
export function optionOutcome(option: OptionOffered, resolved: ChoiceResult): OptionOutcome {
  return {
    ...option,
    acts: resolved.acts,
    voice: resolved.voice,
    power: resolved.power,
    courage: resolved.courage,
  };
}

/**
 * An order over options for authors' tools only (option craft, the best and worst path a test plays): the
 * three scores summed, then the lowest of them. Never shown to a learner, who sees bands, not numbers
 * (voice-model.md: scores are never totalled for them).
 */
function optionStanding(o: { voice: number; power: number; courage: number }): number {
  const sum = o.voice + o.power + o.courage;
  return sum * 10 + Math.min(o.voice, o.power, o.courage);
}

/** Index (into `options`) of the highest-standing option; the first on a tie. */
export function bestOption(options: readonly OptionOutcome[]): number {
  return options.reduce((best, o, i) => (optionStanding(o) > optionStanding(options[best]!) ? i : best), 0);
}

/** Indices (into `options`) of every option that shares the highest standing: all the best, on a tie. */
export function bestOptions(options: readonly OptionOutcome[]): number[] {
  const top = Math.max(...options.map(optionStanding));
  return options.flatMap((o, i) => (optionStanding(o) === top ? [i] : []));
}

/** Index (into `options`) of the lowest-standing option; the first on a tie. */
export function worstOption(options: readonly OptionOutcome[]): number {
  return options.reduce((worst, o, i) => (optionStanding(o) < optionStanding(options[worst]!) ? i : worst), 0);
}
