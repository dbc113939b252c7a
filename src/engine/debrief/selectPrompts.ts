// Keyed prompts: which reflective questions this playthrough earns, following debrief.md "Keyed prompts".
// The triggers are data (src/content/prompts.json); this file only scores and orders them, deterministically,
// so the same playthrough always gets the same questions.
import type { ActName, DecisionRecord } from '../types';
import { displayName, type CastMember, type DecisionLog, type StoryHeader } from './debriefSources';
import type { FacetCondition, KeyedPrompt, Need, PromptLibrary } from './promptLibrary';

export interface SelectedPrompt {
  id: string;
  /** The family the prompt belongs to (its trigger); a debrief shows at most one of each. */
  family: string;
  /** Why it was chosen: "act:SPEAK_FOR", "facet:religion", "pattern", "reflect". Empty for general questions. */
  keyedBy: string[];
  /** The question with its slots filled. */
  text: string;
  kind: 'keyed' | 'general' | 'closing';
  /** Keyed prompts only: about a person in the scene, or about the learner's own position. */
  about: 'person' | 'learner' | null;
  /** `index` of the decision the prompt was keyed on, if any. */
  decision: number | null;
  /** Cast id of the person the prompt is about, if any. */
  who: string | null;
  /** Internal ranking only; never shown to the learner. */
  score: number | null;
}

export interface SelectOptions {
  /** Picks which of a rotating group (and which closing question) this debrief offers. */
  rotation: number;
  /** Fewest and most prompts before the closing question (debrief.md: 3–5). */
  min?: number;
  max?: number;
}

/** Marks that hide a facet from view or voice: where assumptions happen. */
const HIDDEN_MARKS = ['invisible', 'unvoiced', 'selective'];
/** "Two or more marginalised facets" in debrief.md counts these marks. */
const MARGINALISED_MARKS = ['minoritised', 'insecure', 'invisible'];
/** Acts where the learner did something for or about a person (used by the hierarchy condition). */
const ACTING_ACTS: readonly ActName[] = [
  'AMPLIFY',
  'INVITE',
  'HOLD_SPACE',
  'CREDIT',
  'ASK_CONSENT',
  'DECIDE_WITH',
  'REMOVE_BARRIER',
  'ADVOCATE',
  'CHALLENGE',
  'INDIRECT',
  'SAFEGUARD',
  'REPAIR',
  'DOING_FOR',
];
/** Said in place of {name} when an act named nobody (e.g. a challenge to the room). */
const NOBODY_NAMED = 'the person affected';

interface Candidate {
  prompt: KeyedPrompt;
  order: number;
  decision: DecisionRecord;
  who: string | null;
  score: number;
  facetKey: string | null;
  keyedBy: string[];
}

// Step 1: a decision counts when it scored low (any dimension ≤ −1) or high (voice or power +2).
function isNotable(decision: DecisionRecord): boolean {
  return (
    decision.voice <= -1 || decision.power <= -1 || decision.courage <= -1 || decision.voice >= 2 || decision.power >= 2
  );
}

function facetMeets(facet: CastMember['facets'][number], condition: FacetCondition): boolean {
  const keyOk = condition.keys === undefined || (condition.keys as readonly string[]).includes(facet.key);
  const markOk =
    condition.marks === undefined || facet.marks.some((mark) => (condition.marks as readonly string[]).includes(mark));
  return keyOk && markOk;
}

/** The person's facets that meet the prompt's facet trigger, or null when the trigger as a whole fails. */
function matchingFacets(prompt: KeyedPrompt, person: CastMember | null): CastMember['facets'] | null {
  if (!prompt.facets) return [];
  if (!person) return null;
  const { match, of } = prompt.facets;
  const met = of.map((condition) => person.facets.some((facet) => facetMeets(facet, condition)));
  if (match === 'all' ? !met.every(Boolean) : !met.some(Boolean)) return null;
  return person.facets.filter((facet) => of.some((condition) => facetMeets(facet, condition)));
}

function countMarked(person: CastMember | null, marks: readonly string[]): number {
  return person ? person.facets.filter((facet) => facet.marks.some((mark) => marks.includes(mark))).length : 0;
}

function actsOn(decision: DecisionRecord, who: string | null): ActName[] {
  return decision.acts.filter((act) => act.target === who).map((act) => act.act);
}

function needMet(
  need: Need,
  log: DecisionLog,
  decision: DecisionRecord,
  who: string | null,
  person: CastMember | null,
): boolean {
  switch (need) {
    case 'public':
      return decision.moves.some((move) => move.target === who && move.flags.includes('public'));
    case 'contested':
      return decision.contested;
    case 'absent':
      // Presence defaults to absent (voice-model.md), so a person the scene never mentioned was not there.
      return who !== null && !(decision.context.people[who]?.present ?? false);
    case 'rankChanged':
      return new Set(log.decisions.map((each) => each.context.rank)).size > 1;
    case 'learnerMostPower':
      return decision.context.rank === 'above';
    case 'hierarchy':
      return (
        who !== null &&
        actsOn(decision, who).includes('BYSTAND') &&
        log.decisions.some((each) =>
          each.acts.some((act) => act.target !== null && act.target !== who && ACTING_ACTS.includes(act.act)),
        )
      );
    case 'twoMarginalised':
      return countMarked(person, MARGINALISED_MARKS) >= 2;
  }
}

/** Steps 1 and 2: every (prompt, decision, person) that fits, with its score; null when it does not fit. */
function score(
  prompt: KeyedPrompt,
  log: DecisionLog,
  decision: DecisionRecord,
  who: string | null,
  person: CastMember | null,
): { score: number; facetKey: string | null; keyedBy: string[] } | null {
  const acts = actsOn(decision, who);
  const actMatches = prompt.anyAct
    ? acts.length > 0
    : prompt.acts
      ? acts.some((act) => prompt.acts!.includes(act))
      : false;
  if ((prompt.acts || prompt.anyAct) && !actMatches) return null;
  const facets = matchingFacets(prompt, person);
  if (facets === null) return null;
  if (prompt.needs && !prompt.needs.every((need) => needMet(need, log, decision, who, person))) return null;
  // A question that names a facet needs a real person with that facet to name.
  if (prompt.text.includes('{facet}') && facets.length === 0) return null;

  let total = actMatches ? 3 : 0;
  total += 2 * facets.length;
  if (countMarked(person, HIDDEN_MARKS) >= 2) total += 2;
  const speaksToPattern = log.pattern !== null && prompt.patterns?.includes(log.pattern) === true;
  if (speaksToPattern) total += 1;
  const keyedBy = [
    ...(actMatches && !prompt.anyAct
      ? acts.filter((act) => prompt.acts!.includes(act)).map((act) => `act:${act}`)
      : []),
    ...facets.map((facet) => `facet:${facet.key}`),
    ...(speaksToPattern ? ['pattern'] : []),
  ];
  return { score: total, facetKey: facets[0]?.key ?? null, keyedBy: [...new Set(keyedBy)] };
}

function fill(text: string, library: PromptLibrary, cast: readonly CastMember[], candidate: Candidate): string {
  const name = candidate.who === null ? NOBODY_NAMED : displayName(candidate.who, cast);
  const moment = candidate.decision.moment ?? candidate.decision.choice.text;
  const facet =
    candidate.facetKey === null
      ? 'identity'
      : (library.facetWords[candidate.facetKey] ?? candidate.facetKey.replace(/_/g, ' '));
  return text.replaceAll('{name}', name).replaceAll('{moment}', moment).replaceAll('{facet}', facet);
}

/** Of each rotating group, keep the member this rotation points at, or the next one along that fits. */
function keepOnePerGroup(best: Candidate[], library: PromptLibrary, rotation: number): Candidate[] {
  const groups = new Map<string, string[]>();
  for (const prompt of library.prompts) {
    if (prompt.rotateGroup) groups.set(prompt.rotateGroup, [...(groups.get(prompt.rotateGroup) ?? []), prompt.id]);
  }
  const keep = new Set<string>();
  for (const members of groups.values()) {
    const start = ((rotation % members.length) + members.length) % members.length;
    for (let step = 0; step < members.length; step++) {
      const id = members[(start + step) % members.length]!;
      if (best.some((candidate) => candidate.prompt.id === id)) {
        keep.add(id);
        break;
      }
    }
  }
  return best.filter((candidate) => !candidate.prompt.rotateGroup || keep.has(candidate.prompt.id));
}

function plain(id: string, text: string, kind: 'general' | 'closing'): SelectedPrompt {
  return { id, family: kind, keyedBy: [], text, kind, about: null, decision: null, who: null, score: null };
}

export function closingQuestion(library: PromptLibrary, rotation: number): SelectedPrompt {
  const questions = library.closingQuestions;
  const chosen = questions[((rotation % questions.length) + questions.length) % questions.length]!;
  return plain(chosen.id, chosen.text, 'closing');
}

export function selectPrompts(
  log: DecisionLog,
  header: Pick<StoryHeader, 'cast'>,
  library: PromptLibrary,
  opts: SelectOptions,
): SelectedPrompt[] {
  const min = opts.min ?? 3;
  const max = opts.max ?? 5;
  const chosen: SelectedPrompt[] = [];

  if (log.scored) {
    const best = new Map<string, Candidate>();
    for (const decision of log.decisions.filter(isNotable)) {
      const people = [...new Set(decision.acts.map((act) => act.target))];
      for (const who of people) {
        const person = who === null ? null : (header.cast.find((member) => member.id === who) ?? null);
        library.prompts.forEach((prompt, order) => {
          const fit = score(prompt, log, decision, who, person);
          if (!fit) return;
          const previous = best.get(prompt.id);
          // Keep each prompt's best fit; on a tie the earlier decision wins (decisions are walked in order).
          if (!previous || fit.score > previous.score) {
            best.set(prompt.id, { prompt, order, decision, who, ...fit });
          }
        });
      }
    }
    const ranked = keepOnePerGroup([...best.values()], library, opts.rotation).sort(
      (a, b) => b.score - a.score || a.order - b.order,
    );
    // Step 3: the top few, with at most one question about the learner's own position.
    let aboutLearner = 0;
    for (const candidate of ranked) {
      if (chosen.length >= max) break;
      if (candidate.prompt.about === 'learner' && aboutLearner++ >= 1) continue;
      chosen.push({
        id: candidate.prompt.id,
        family: candidate.prompt.rotateGroup ?? candidate.prompt.id,
        keyedBy: candidate.keyedBy,
        text: fill(candidate.prompt.text, library, header.cast, candidate),
        kind: 'keyed',
        about: candidate.prompt.about,
        decision: candidate.decision.index,
        who: candidate.who,
        score: candidate.score,
      });
    }
  }

  // A plain story, or a quiet playthrough, still gets a few general questions to reflect on.
  for (const question of library.general) {
    if (chosen.length >= min) break;
    chosen.push(plain(question.id, question.text, 'general'));
  }
  // Step 4: always close with one of the two questions from seed 000, taking turns.
  chosen.push(closingQuestion(library, opts.rotation));
  return chosen;
}
