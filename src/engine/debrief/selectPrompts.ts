// Keyed prompts (debrief.md v3 "Keyed prompts"): which reflective questions this playthrough earns. What the
// learner did comes first, then who it was done to, and only through facts the learner was shown. The triggers
// are data (src/content/prompts.json); this file scores and orders them, deterministically, so the same
// playthrough always gets the same questions, and a replay of the story the next wording of each.
import { talksPast } from '../talkedPast';
import { ACT_SCORES, HARM_ORDER } from '../contract/index.ts';
import type { ActName, DecisionRecord, PatternName } from '../types';
import { calledBy } from './curtainCallNames';
import type { CastMember, DecisionLog, StoryHeader } from './debriefSources';
import type { FacetCondition, Happening, Need, PromptFamily, PromptLibrary, Wording } from './promptLibrary';

export interface SelectedPrompt {
  id: string;
  /**
   * The family the prompt belongs to (its trigger). A debrief shows one of each, but for a harm as heavy as speaking
   * for someone, which its family may ask again in its other wording rather than leave unasked (session 15).
   */
  family: string;
  /**
   * Why it was chosen: "act:SPEAK_FOR", "facet:religion", "pattern", "happened:talkedPast", "reflect". Empty for
   * general questions.
   */
  keyedBy: string[];
  /** The question with its slots filled. */
  text: string;
  kind: 'story' | 'keyed' | 'general' | 'closing';
  /** Keyed prompts only: about a person the act touched, about the act, or about the learner's own position. */
  about: 'person' | 'act' | 'learner' | null;
  /** `index` of the decision the prompt was keyed on, if any. */
  decision: number | null;
  /** Cast id of the person the prompt is about, if any. */
  who: string | null;
  /** Internal ranking only; never shown to the learner. */
  score: number | null;
  /**
   * Ids of wordings this question re-words (prompts.json `replaces`), over its whole family: a family is one question
   * in several words, and which wording a learner meets turns on the rotation and the path, so an answer kept under
   * any retired wording of it is their earlier answer to this question, not another question.
   */
  earlierIds: string[];
}

export interface SelectOptions {
  /** Which wording of each family (and which closing question) this debrief offers: a replay takes the next. */
  rotation: number;
  /** Fewest and most prompts before the closing question (debrief.md: 3–5). */
  min?: number;
  max?: number;
}

/** debrief.md step 1's weights, and what a question loses when its decision is already asked about (our choice). */
const SCORE = { act: 4, pattern: 2, facet: 1, facetsAtMost: 2, hiddenFacets: 1, happened: 3, alreadyAsked: 3 } as const;
/** Story prompts (`reflect:`) offered first, at most this many. */
const STORY_PROMPTS_AT_MOST = 2;
/** Questions about any one decision, the author's included, so a path's questions cover what the learner did. */
const QUESTIONS_PER_DECISION_AT_MOST = 2;
/**
 * Library questions on what went well (`wentWell`), while the path earns others. Session 16: with a question for every
 * strength, S1's With path was asked about five things it did well and nothing practitioners would argue about, or
 * what Esther met (PEARLS asks the plus and the delta).
 */
const WENT_WELL_AT_MOST = 2;
/**
 * Marks of a facet that is easy to assume wrongly (hidden from view or voice, or shown only to some): debrief.md's
 * +1 for a person with two or more. Not the contract's HIDDEN_FACET_MARKS, which is what a person card keeps back.
 */
const ASSUMED_FACET_MARKS = ['invisible', 'unvoiced', 'selective'];
/** "Two or more marginalised facets" in debrief.md counts these marks. */
const MARGINALISED_MARKS = ['minoritised', 'insecure', 'invisible'];
/** `older`: an age the cast gives as a number at least this (born before 1976 in 2026; Section 28 until 2003). */
const OLDER_FROM = 50;
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

/** The acts that show a pattern, each with the family whose question is about that act. */
type AskedBy = Partial<Record<ActName, string>>;

/**
 * Step 4: the pattern's question is always there. Each pattern lists the acts that show it and the family that asks
 * about each, in tiers: a later tier only when the path has nothing of an earlier one. A Rescuer path whose only
 * rescuing act was an override gets the override question, which names what it did (the spec names speak_for and
 * doing_for, but "you acted for … without being asked" misreads an override).
 */
const PATTERN_QUESTION: Partial<Record<PatternName, AskedBy[]>> = {
  Bystander: [{ BYSTAND: 'bystand', COLLUDE: 'bystand' }],
  Rescuer: [{ SPEAK_FOR: 'speak_for', DOING_FOR: 'doing_for' }, { OVERRIDE: 'override' }],
  Performer: [{ CENTRE_SELF: 'centre_self' }],
};

interface Candidate {
  family: PromptFamily;
  /** The family's wordings true to this decision and person (a wording's `when`), in library order. */
  wordings: Wording[];
  order: number;
  decision: DecisionRecord;
  who: string | null;
  score: number;
  facetKey: string | null;
  keyedBy: string[];
  /** The most harmful act the prompt answers (its index in HARM_ORDER), or HARM_ORDER.length for none. */
  harm: number;
}

const harmRank = (act: ActName): number => {
  const i = HARM_ORDER.indexOf(act);
  return i === -1 ? HARM_ORDER.length : i;
};

/** The harms a decision did: `ACT|person` for each act of HARM_ORDER (what "asked about" is counted in). */
const harmsAt = (decision: DecisionRecord): string[] =>
  decision.acts.filter((act) => HARM_ORDER.includes(act.act)).map((act) => `${act.act}|${act.target ?? ''}`);

/** The path's harms (on the decisions that count, step 1), each once, in story order. */
const harmsOnPath = (log: DecisionLog): string[] => [...new Set(log.decisions.filter(isNotable).flatMap(harmsAt))];

/**
 * Session 15 read 5 (S2 walk 189: taking Abena's credit asked only as "whose ideas get taken up first in your team"):
 * a family keyed on who someone is (a facet trigger: ideas_land, credibility, security…) asks about the person, not
 * about what the learner did, so it is never a harm's only question; the act's own family asks first.
 */
const asksWhoTheyAre = (family: PromptFamily): boolean => family.facets !== undefined;
/**
 * A harm that can give way to the path's one question on what went well: an act that takes less than speaking for
 * someone (ACT_SCORES), on choices that each scored less badly than speaking for someone does (S1 walk 200: leaving
 * Esther when the wait ran long scored courage −2, and stays asked).
 */
function isLight(harm: string, log: DecisionLog): boolean {
  const total = (d: DecisionRecord) => d.base.voice + d.base.power + d.base.courage;
  const where = log.decisions.filter((d) => isNotable(d) && harmsAt(d).includes(harm));
  return cost(actOf(harm)) < speakingForCost() && where.every((d) => total(d) > -speakingForCost());
}

const isHarm = (harm: string): boolean => HARM_ORDER.includes(actOf(harm));
const actOf = (harm: string) => harm.slice(0, harm.indexOf('|')) as ActName;
const personOf = (harm: string) => harm.slice(harm.indexOf('|') + 1);
/** How much an act takes, by its base scores (ACT_SCORES): BURDEN, DOING_FOR and BYSTAND each take one point. */
const cost = (act: ActName) => -(ACT_SCORES[act].voice + ACT_SCORES[act].power + ACT_SCORES[act].courage);
/** The line between light and heavy harms: what speaking for someone takes. */
const speakingForCost = () => cost('SPEAK_FOR');

/** The learner's own choice at the question's decision did harm (an act of HARM_ORDER) to the question's person. */
const harmedThere = (c: Pick<Candidate, 'decision' | 'who'>): boolean =>
  c.decision.acts.some((act) => act.target === c.who && HARM_ORDER.includes(act.act));

/** The acts on its person a keyed question asks about, as harms are counted (`ACT|person`). */
const actsAsked = (c: Pick<Candidate, 'family' | 'decision' | 'who'>): string[] =>
  actsOn(c.decision, c.who)
    .filter((act) => c.family.acts?.includes(act))
    .map((act) => `${act}|${c.who ?? ''}`);

// Step 1: a decision counts when what the learner did (its base scores, before any later repair) scored low
// (any dimension ≤ −1) or high (voice or power +2).
function isNotable(decision: DecisionRecord): boolean {
  const s = decision.base;
  return s.voice <= -1 || s.power <= -1 || s.courage <= -1 || s.voice >= 2 || s.power >= 2;
}

type Shown = Readonly<Record<string, readonly string[]>> | undefined;

/**
 * Step 2: the person as the learner knew them: only the facets they had been shown. At a decision that is what
 * was shown when it was offered (the decision's own record); looking back from the end (a `hindsight` family),
 * what the whole path showed. A hand-made log whose decisions don't say falls back on the path's.
 */
function asShown(person: CastMember | null, shown: Shown): CastMember | null {
  if (!person) return null;
  const keys = shown?.[person.id] ?? [];
  return { ...person, facets: person.facets.filter((facet) => keys.includes(facet.key)) };
}

/** Who had spoken (their lines, in the turns) between the previous decision being offered and this one. */
function spokeSinceLastDecision(log: DecisionLog, decision: DecisionRecord): Set<string> {
  const to = decision.turnsBefore;
  if (to === undefined) return new Set();
  const previous = log.decisions.find((each) => each.index === decision.index - 1);
  const from = previous?.turnsBefore ?? 0;
  return new Set(log.turns.slice(from, to).map((turn) => turn.who));
}

/**
 * Why this is not the stage's talkedPastBy (engine/talkedPast.ts), though both read talksPast: the curtain call
 * reads the decision log, which keeps each turn's speaker, `to:` and scene, and the decision's context (its harm, who
 * was there), but not what the stage reads line by line: whose matters the scene had named by then, whom the speaker
 * turned from, who had been doing the excluding. It asks only about someone the learner's choice acted on, which is
 * its own "whose matters". Measured over 200 walks of each story (session 18, stage4): every talked-past question it
 * asked was about someone the stage had also shown talked past in that scene (S1 95 walks, S2 7, S3 57). Where the two
 * differ, no question is asked: S2's Desmond at the planning meeting (113 walks) and Pastor Ruth on Sunday (47),
 * counted here but not on stage, have no `ability:` for the age + ability family; S1's Mrs Lee at the queue (13),
 * shown on stage, is not counted at the second decision there (the learner's repair after "You had no right"): the
 * curtain call reads only the lines since the decision before, and asks about her talked past at the first. One rule
 * for both would need the playthrough to record, on each turn, whom the stage's rule marks.
 *
 * Session 14 (S1, the desk, the booking and the new tablets): the person was talked past. Since the previous decision
 * someone else in the story (not the learner) spoke to another person (`to:`), not to them, while they were there and the scene's harm
 * was shutting them out (`harm: exclusion`): Dawn to the worker about Esther's cancelled clinic, Dr Shah to "her
 * carer" about Esther's tablets. Who was spoken to comes from the story's `to:` tags (debrief.md's airtime picture);
 * what talks past a person is declared once, in engine/talkedPast.ts, which the stage follows too.
 */
function talkedPast(log: DecisionLog, decision: DecisionRecord, who: string | null): boolean {
  if (who === null || decision.context.harm !== 'exclusion' || !decision.context.people[who]?.present) return false;
  const to = decision.turnsBefore;
  if (to === undefined) return false;
  const previous = log.decisions.find((each) => each.index === decision.index - 1);
  // Only the decision's own scene: a line in the scene before, said with them there, is not this scene's (educator
  // read 17: S1's "When the wait runs long" asked about Mrs Lee and Dawn at the desk, a scene earlier).
  return log.turns
    .slice(previous?.turnsBefore ?? 0, to)
    .some((turn) => (turn.scene === undefined || turn.scene === decision.context.scene) && talksPast(turn, who));
}

/**
 * Where the path showed someone talked past (talkedPast) before a decision the curtain call weighs (step 1) that acted
 * on them, with whether the learner's own choice there harmed them: what the tests count the talked-past question on.
 */
export function talkedPastOnPath(log: DecisionLog): { decision: number; who: string; harmed: boolean }[] {
  return log.decisions
    .filter(isNotable)
    .flatMap((decision) =>
      [...new Set(decision.acts.map((act) => act.target))]
        .filter((who): who is string => who !== null && talkedPast(log, decision, who))
        .map((who) => ({ decision: decision.index, who, harmed: harmedThere({ decision, who }) })),
    );
}

function happened(happening: Happening, log: DecisionLog, decision: DecisionRecord, who: string | null): boolean {
  switch (happening) {
    case 'talkedPast':
      return talkedPast(log, decision, who);
  }
}

/** The age the cast gives, and the learner was shown, is OLDER_FROM or more. */
function isOlder(person: CastMember | null): boolean {
  const age = person?.facets.find((facet) => facet.key === 'age');
  return age !== undefined && Number.parseInt(age.value, 10) >= OLDER_FROM;
}

/** A relay on the person that was the learner's guess or own view (voice-model R1: `source` not `expressed`). */
function guessedAbout(decision: DecisionRecord, who: string | null): boolean {
  return decision.moves.some(
    (move) =>
      move.move === 'relay' &&
      move.target === who &&
      (move.params.source === 'inferred' || move.params.source === 'own'),
  );
}

function facetMeets(facet: CastMember['facets'][number], condition: FacetCondition): boolean {
  const keyOk = condition.keys === undefined || (condition.keys as readonly string[]).includes(facet.key);
  const markOk =
    condition.marks === undefined || facet.marks.some((mark) => (condition.marks as readonly string[]).includes(mark));
  return keyOk && markOk;
}

/** The person's facets that meet the family's facet trigger, or null when the trigger as a whole fails. */
function matchingFacets(family: PromptFamily, person: CastMember | null): CastMember['facets'] | null {
  if (!family.facets) return [];
  if (!person) return null;
  const { match, of } = family.facets;
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

function askedInPerson(decision: DecisionRecord, who: string | null): boolean {
  const present = who !== null && (decision.context.people[who]?.present ?? false);
  return actsOn(decision, who).includes('INVITE') || (present && actsOn(decision, who).includes('BURDEN'));
}

function carriedTheirWish(decision: DecisionRecord, who: string | null): boolean {
  return actsOn(decision, who).includes('ADVOCATE');
}

/** Where a family is weighed: the log, the decision, the person (as shown then) and the author's questions asked. */
interface At {
  log: DecisionLog;
  decision: DecisionRecord;
  who: string | null;
  person: CastMember | null;
  /** Decisions whose `reflect:` is among the questions already chosen (step 3). */
  authorAsked: ReadonlySet<number>;
}

function needMet(need: Need, at: At): boolean {
  const { log, decision, who, person } = at;
  switch (need) {
    case 'public':
      return decision.moves.some((move) => move.target === who && move.flags.includes('public'));
    case 'contested':
      return decision.contested;
    case 'settled':
      return !decision.contested;
    case 'noStandingBy':
      return !decision.acts.some((act) => act.act === 'BYSTAND' || act.act === 'COLLUDE');
    case 'accessAtStake':
      return (
        who !== null &&
        ((decision.context.people[who]?.access ?? 'able') !== 'able' || decision.context.harm === 'exclusion')
      );
    case 'absent':
      // Presence defaults to absent (voice-model.md), so a person the scene never mentioned was not there.
      return who !== null && !(decision.context.people[who]?.present ?? false);
    case 'present':
      return who !== null && (decision.context.people[who]?.present ?? false);
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
    case 'older':
      return isOlder(person);
    // Session 18 (S3's Daniel, 30, talked past at bed 12 on every walk and never asked about it): "did anyone talk
    // to you instead of to Daniel?" asks about what happened to him, which has nothing to do with his age; the
    // family's question on assumptions about age or disability (asked where nobody talked past the person) still
    // waits for someone 50 or over (the educator read that added `older`: it had asked a 30-year-old mechanic).
    case 'olderUnlessTalkedPast':
      return isOlder(person) || talkedPast(log, decision, who);
    // Session 13 (S3 Handover): a contested option's own reflect: already asks what practitioners weigh there,
    // in the story's words, so the library's generic "practitioners disagree" doesn't ask it again beside it.
    case 'authorSilent':
      return !at.authorAsked.has(decision.index);
    // Session 13 (S3 bay 3: refusing Diane with Chiamaka's CV): telling someone's own story or words for them,
    // while they were there, is not guessing what they wanted; the relay's source says which it was.
    case 'guessed':
      return guessedAbout(decision, who);
    case 'relayedTheirs':
      return !guessedAbout(decision, who);
    // Session 13 (S1 "You had no right", S4's front door and forum): pushing back on someone who has just had
    // their say answers their words; it does not take their place.
    case 'spokeFirst':
      return who !== null && spokeSinceLastDecision(log, decision).has(who);
    case 'notYetSpoken':
      return who === null || !spokeSinceLastDecision(log, decision).has(who);
    // Session 13 (S4's paid co-chair offer): an ask that came as an invitation was an offer the person could turn
    // down; nothing in a move says whether it was paid, so no wording says either way.
    // Session 14 (S4 "Ask Hawa if she'd come with you…, her fare paid"): an ask that went to the person in person,
    // with them there to answer it, could be turned down as an invitation can; "what did it call on" reads as if
    // their time was taken without asking. Asked in their absence, or promised for them (Joy's network time), it was.
    case 'invited':
      return askedInPerson(decision, who);
    case 'uninvited':
      return !askedInPerson(decision, who);
    // Session 14 (S4 "Hawa's letter"): the same choice carried out what the person had asked for or wanted (an
    // ADVOCATE on them), so the override was something of theirs shared beyond what they had agreed to (R6, R10's
    // `info=`), not a judgement put in place of theirs.
    case 'carriedTheirWish':
      return carriedTheirWish(decision, who);
    case 'notTheirWish':
      return !carriedTheirWish(decision, who);
    // Session 14 read (S2 "Asking Alan", walks 58, 99, 136): "did anyone talk to you … instead of to Alan?" came up
    // on his age and ability alone, where the learner had asked Alan himself and nobody had talked past him (the
    // scene's harm was off: Abena's joke to Desmond, which Alan laughed at, is not that). It is asked only where the
    // path showed it, and names the choice it came before (S1: it read as the desk, already asked about twice).
    case 'wasTalkedPast':
      return talkedPast(log, decision, who);
    case 'notTalkedPast':
      return !talkedPast(log, decision, who);
  }
}

/** The family's wordings true to this decision and person: those without `when`, or whose `when` holds. */
function wordingsFor(family: PromptFamily, at: At): Wording[] {
  return family.wordings.filter((wording) => wording.when === undefined || needMet(wording.when, at));
}

/** Step 1's score of one family on one (decision, person), with why; null when the family does not fit. */
function score(
  family: PromptFamily,
  at: At,
): Pick<Candidate, 'score' | 'facetKey' | 'keyedBy' | 'harm' | 'wordings'> | null {
  const { log, decision, who, person } = at;
  const acts = actsOn(decision, who);
  const named = family.acts ? acts.filter((act) => family.acts!.includes(act)) : [];
  if (family.acts && named.length === 0) return null;
  // Session 16: a question on what went well is only about a choice that harmed nobody (S4 walk 2: carrying Hawa's
  // wishes while standing by at her letter; and, the educator read, "what could you do again tomorrow?" on the choice
  // that spoke over Samir while crediting Lorna): asked beside a harm, to anyone, it reads as praise for the harm.
  if (family.wentWell && decision.acts.some((act) => HARM_ORDER.includes(act.act))) return null;
  if (family.anyAct && acts.length === 0) return null;
  const facets = matchingFacets(family, person);
  if (facets === null) return null;
  if (family.needs && !family.needs.every((need) => needMet(need, at))) return null;
  const wordings = wordingsFor(family, at);
  if (wordings.length === 0) return null;
  // A question that names a facet needs a facet the learner was shown to name.
  if (wordings.some((w) => w.text.includes('{facet}')) && facets.length === 0) return null;
  // A question that names the person needs a person.
  if (who === null && wordings.some((w) => w.text.includes('{name}'))) return null;

  const speaksToPattern = log.pattern !== null && family.patterns?.includes(log.pattern) === true;
  const facetPoints = Math.min(SCORE.facetsAtMost, facets.length * SCORE.facet);
  const hidden = countMarked(person, ASSUMED_FACET_MARKS) >= 2 ? SCORE.hiddenFacets : 0;
  // Session 14: what the path showed happening to the person (talked past) counts for the question that asks about
  // it; candidates() holds it to the best question about what the learner did to the same person on the same
  // decision, which still ranks ahead of it there (ranking: the harm answered).
  const seen = family.happened !== undefined && happened(family.happened, log, decision, who);
  const total =
    (named.length > 0 ? SCORE.act : 0) +
    (speaksToPattern ? SCORE.pattern : 0) +
    (seen ? SCORE.happened : 0) +
    facetPoints +
    hidden;
  const keyedBy = [
    ...named.map((act) => `act:${act}`),
    ...facets.map((facet) => `facet:${facet.key}`),
    ...(speaksToPattern ? ['pattern'] : []),
    ...(seen ? [`happened:${family.happened}`] : []),
  ];
  return {
    wordings,
    score: total,
    facetKey: facets[0]?.key ?? null,
    keyedBy: [...new Set(keyedBy)],
    harm: Math.min(HARM_ORDER.length, ...named.map(harmRank)),
  };
}

/** Higher score first; then the more harmful act answered; then the earlier decision; then library order. */
function ranking(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.harm - b.harm || a.decision.index - b.decision.index || a.order - b.order;
}

/**
 * Each family's best fit for each person, over the notable decisions and the people their acts touched (`best`), and
 * every fit (`fits`: a family's question about an act may be asked on another decision where the best is not free).
 */
function candidates(
  log: DecisionLog,
  cast: readonly CastMember[],
  library: PromptLibrary,
  authorAsked: ReadonlySet<number>,
  rotation: number,
): { best: Map<string, Candidate>; fits: Candidate[] } {
  const best = new Map<string, Candidate>();
  const all: Candidate[] = [];
  const disputed = new Map<string, Candidate[]>();
  const authorsOwn = (c: Candidate) => (authorAsked.has(c.decision.index) ? 1 : 0);
  const better = (a: Candidate, b: Candidate) =>
    b.score - a.score || a.harm - b.harm || authorsOwn(a) - authorsOwn(b) || ranking(a, b);
  for (const decision of log.decisions.filter(isNotable)) {
    const people = [...new Set(decision.acts.map((act) => act.target))];
    for (const who of people) {
      const member = who === null ? null : (cast.find((each) => each.id === who) ?? null);
      const then = asShown(member, decision.shown ?? log.shown);
      const byTheEnd = asShown(member, log.shown);
      const fits: Candidate[] = [];
      library.families.forEach((family, order) => {
        const person = family.hindsight ? byTheEnd : then;
        const fit = score(family, { log, decision, who, person, authorAsked });
        if (fit) fits.push({ family, order, decision, who, ...fit });
      });
      // What happened to the person lifts a question with no act trigger at most to the best question about what the
      // learner did to them there, which still ranks first there (step 1); with none of those, it adds nothing. Held
      // to the least of them, S1's talked-past question never came up in 200 walks (session 14).
      const onActs = fits.filter((c) => c.family.acts !== undefined).map((c) => c.score);
      for (const fit of fits) {
        const seen = fit.family.acts === undefined && fit.keyedBy.some((k) => k.startsWith('happened:'));
        const atMost = onActs.length > 0 ? Math.max(...onActs) : fit.score - SCORE.happened;
        const candidate = seen ? { ...fit, score: Math.min(fit.score, atMost) } : fit;
        const family = candidate.family;
        if (asksAboutTheDispute(family)) {
          const moments = disputed.get(family.family) ?? [];
          if (!moments.some((each) => each.decision.index === decision.index)) moments.push(candidate);
          disputed.set(family.family, moments);
          continue;
        }
        // The best fit of each family for each person; a debrief still asks one question of a family at most.
        // Among equal fits, one on a decision the author's own question isn't asking about (session 14: S1's
        // talked-past question sat on the desk, where Esther's reflect was always asked, and never came up).
        all.push(candidate);
        const key = `${family.family}|${who ?? ''}`;
        const previous = best.get(key);
        if (!previous || better(candidate, previous) < 0) best.set(key, candidate);
      }
    }
  }
  // Session 14 (S1: "Practitioners disagree … Mrs Lee at the desk" on 23 of 40 walks): a question about a disputed
  // moment itself, not a person, goes to the path's disputed decisions in story order, the next one on each replay,
  // so a learner who plays again meets another moment, not the same one in other words.
  for (const [family, fits] of disputed) best.set(`${family}|`, fits[turn(rotation, fits.length)]!);
  return { best, fits: all };
}

/** A family asked because practitioners disagree about the decision, about the act rather than a person. */
const asksAboutTheDispute = (family: PromptFamily): boolean =>
  family.about === 'act' && (family.needs ?? []).includes('contested');

/** The pattern's own question, from what was earned or, failing that, built on the latest decision that shows it. */
function patternQuestion(
  log: DecisionLog,
  cast: readonly CastMember[],
  library: PromptLibrary,
  earned: Map<string, Candidate>,
  covered: ReadonlySet<number | null>,
  authorAsked: ReadonlySet<number>,
): Candidate | null {
  const asked = (c: Candidate) => (covered.has(c.decision.index) ? 1 : 0);
  const tiers = log.pattern === null ? undefined : PATTERN_QUESTION[log.pattern];
  for (const asks of tiers ?? []) {
    const families = Object.values(asks);
    const have = [...earned.values()].filter((c) => families.includes(c.family.family));
    if (have.length > 0) return have.sort((a, b) => asked(a) - asked(b) || ranking(a, b))[0]!;
    const decision = [...log.decisions].reverse().find((d) => d.acts.some((a) => asks[a.act] !== undefined));
    if (!decision) continue;
    const act = decision.acts.find((a) => asks[a.act] !== undefined)!;
    const order = library.families.findIndex((f) => f.family === asks[act.act]);
    if (order === -1) continue;
    const family = library.families[order]!;
    const who = family.about === 'person' ? act.target : null;
    if (family.about === 'person' && who === null) continue;
    const member = who === null ? null : (cast.find((each) => each.id === who) ?? null);
    const person = asShown(member, family.hindsight ? log.shown : (decision.shown ?? log.shown));
    const wordings = wordingsFor(family, { log, decision, who, person, authorAsked });
    if (wordings.length === 0) continue;
    const keyedBy = ['pattern'];
    return { family, wordings, order, decision, who, score: SCORE.pattern, facetKey: null, keyedBy, harm: 99 };
  }
  return null;
}

/** "she/her" → them "her", their "her"; "he/him" → "him", "his"; "they/them" → "them", "their"; "ze/zir/zirs". */
export function pronounWords(pronouns: string | null | undefined): { them: string; their: string } | null {
  if (!pronouns) return null;
  const parts = pronouns
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const [subject, object] = [parts[0]!.toLowerCase(), parts[1]!];
  const possessive: Record<string, string> = { she: 'her', he: 'his', they: 'their' };
  return { them: object, their: parts[2] && !possessive[subject] ? parts[2] : (possessive[subject] ?? object) };
}

/**
 * A moment as it sits inside a question's own quotation marks (“{moment}”): a label that is itself a quotation
 * ("Or she can book online") loses its outer marks, so it isn't quoted twice, and a quotation inside a label
 * (The desk: "we rang her") takes single marks, as British English nests them.
 */
export function quotableMoment(moment: string): string {
  const unwrapped = /^["“]([^"“”]*)["”]$/.exec(moment.trim());
  if (unwrapped) return unwrapped[1]!;
  return moment.replace(/"([^"]*)"/g, '‘$1’');
}

/** The wording this rotation takes, with the person's name once, their pronouns or none, the moment and facet. */
function fill(
  wording: Wording,
  library: PromptLibrary,
  cast: readonly CastMember[],
  candidate: Pick<Candidate, 'who' | 'decision' | 'facetKey'>,
): string {
  const person = candidate.who === null ? undefined : cast.find((member) => member.id === candidate.who);
  const pronouns = pronounWords(person?.pronouns);
  const text = pronouns || wording.plain === undefined ? wording.text : wording.plain;
  // The short name: the curtain call's reading gives the full one where it first names them (curtainCallAsRead).
  const name = candidate.who === null ? '' : calledBy(candidate.who, cast);
  const moment = quotableMoment(candidate.decision.moment ?? candidate.decision.choice.text);
  const facet =
    candidate.facetKey === null
      ? 'identity'
      : (library.facetWords[candidate.facetKey] ?? candidate.facetKey.replace(/_/g, ' '));
  return text
    .replaceAll('{name}', name)
    .replaceAll('{moment}', moment)
    .replaceAll('{facet}', facet)
    .replaceAll('{them}', pronouns?.them ?? '')
    .replaceAll('{their}', pronouns?.their ?? '');
}

const turn = (rotation: number, n: number): number => ((rotation % n) + n) % n;

function plain(id: string, text: string, kind: 'general' | 'closing'): SelectedPrompt {
  return {
    id,
    family: kind,
    keyedBy: [],
    text,
    kind,
    about: null,
    decision: null,
    who: null,
    score: null,
    earlierIds: [],
  };
}

function closingQuestion(library: PromptLibrary, rotation: number): SelectedPrompt {
  const questions = library.closingQuestions;
  const chosen = questions[turn(rotation, questions.length)]!;
  return plain(chosen.id, chosen.text, 'closing');
}

/**
 * Where a decision stands for step 3: first those where the learner's act scored low (the most harmful first), then
 * the rest by how much they did across voice, power and courage (so a costly act of courage counts as well as a
 * strong one of voice); among equals the later decision, where these stories put their larger moments. Chosen where
 * the spec is silent: every option can carry a `reflect:`, and taking the first two in story order left the
 * questions on every later decision unread.
 */
function storyWeight(decision: DecisionRecord): [number, number, number, number] {
  const { voice, power, courage } = decision.base;
  const total = voice + power + courage;
  // Among equal harms, the one where the learner stood by most (S5: keeping Gareth's swap, which all else follows).
  if (Math.min(voice, power, courage) <= -1) return [0, total, courage, -decision.index];
  return [1, -total, 0, -decision.index];
}

const byWeight = (a: DecisionRecord, b: DecisionRecord): number => {
  const [x, y] = [storyWeight(a), storyWeight(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
};

/**
 * Step 3: the author's own questions (`reflect:` on the options taken), first, at most two, in story order. Session 15
 * (S4 walk 1): first those on decisions with a harm no question asks yet (`asked`: the pattern's question, which is
 * always there), so the author's two and the pattern's don't all ask about Hawa while standing by at the board goes
 * unasked; then the rest by weight, as before.
 */
function storyPrompts(log: DecisionLog, asked: ReadonlySet<string>): SelectedPrompt[] {
  const withReflect = log.decisions.filter((decision) => (decision.reflect ?? []).length > 0).sort(byWeight);
  const covered = new Set(asked);
  const addsHarm = withReflect.filter((decision) => {
    const fresh = harmsAt(decision).some((harm) => !covered.has(harm));
    if (fresh) harmsAt(decision).forEach((harm) => covered.add(harm));
    return fresh;
  });
  const out: SelectedPrompt[] = [];
  for (const decision of new Set([...addsHarm.slice(0, STORY_PROMPTS_AT_MOST), ...withReflect])) {
    (decision.reflect ?? []).forEach((text, k) => {
      if (out.length >= STORY_PROMPTS_AT_MOST) return;
      out.push({
        id: `reflect-${decision.index}-${k}`,
        family: 'story',
        keyedBy: ['reflect'],
        text,
        kind: 'story',
        about: 'act',
        decision: decision.index,
        who: decision.acts.find((act) => act.target !== null)?.target ?? null,
        score: null,
        earlierIds: [],
      });
    });
  }
  return out.sort((a, b) => a.decision! - b.decision!);
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
    // The pattern's question is always there (step 4); what it will ask about is known before the author's are
    // chosen, so theirs go first to harms it leaves unasked.
    const ahead = candidates(log, header.cast, library, new Set(), opts.rotation);
    const patternAhead = patternQuestion(log, header.cast, library, ahead.best, new Set(), new Set());
    chosen.push(...storyPrompts(log, new Set(patternAhead ? actsAsked(patternAhead) : [])));
    const authorAsked = new Set(chosen.map((prompt) => prompt.decision!));
    const { best: earned, fits } = candidates(log, header.cast, library, authorAsked, opts.rotation);
    // Steps 4 and 5: the pattern's question, then a question on each harm of the path no question asks yet, the
    // worst first, then the best of the rest, one per family, at most one about the learner's own position; shown
    // best first.
    const picked: Candidate[] = [];
    const families = new Set<string>();
    // The harms a question asks about: the author's asks about the whole choice; a keyed one about its acts.
    const harmsAsked = new Set(log.decisions.filter((d) => authorAsked.has(d.index)).flatMap(harmsAt));
    let aboutLearner = 0;
    const full = () => chosen.length + picked.length >= max;
    const onDecision = (index: number) =>
      chosen.filter((prompt) => prompt.decision === index).length +
      picked.filter((candidate) => candidate.decision.index === index).length;
    // Session 15 (S4 walk 155: "Immigration status … at Hawa's letter" beside "How free can a yes to you be … at
    // Hawa's letter"): a decision never gets two library questions on the same act on the same person; a learner
    // reads the second as the game asking the same thing twice. The family's question may still be asked about that
    // act where the learner did it on another decision (below). Like the two-a-decision cap, it holds while anything
    // else is left to ask: a short story with nothing else gets a second angle on its one act, not a general question.
    const asksAgain = (c: Candidate) => {
      const acts = actsAsked(c);
      const asked = new Set(picked.filter((p) => p.decision.index === c.decision.index).flatMap(actsAsked));
      return acts.length > 0 && acts.every((act) => asked.has(act));
    };
    const take = (candidate: Candidate | null, capped = true, again = false): boolean => {
      if (!candidate || full() || (!again && families.has(candidate.family.family))) return false;
      if (capped && (onDecision(candidate.decision.index) >= QUESTIONS_PER_DECISION_AT_MOST || asksAgain(candidate)))
        return false;
      if (capped && candidate.family.wentWell && picked.filter((c) => c.family.wentWell).length >= WENT_WELL_AT_MOST)
        return false;
      if (candidate.family.about === 'learner' && aboutLearner++ >= 1) return false;
      families.add(candidate.family.family);
      picked.push(candidate);
      return true;
    };
    // A decision already asked about counts for less, so the questions spread over what the learner did rather
    // than pile onto one moment (the readers of session 12 found all five on a path's first two decisions).
    const covered = new Set(chosen.map((prompt) => prompt.decision));
    const weight = (c: Candidate) => c.score - (covered.has(c.decision.index) ? SCORE.alreadyAsked : 0);
    const takeAndCover = (candidate: Candidate | null, capped = true, again = false): boolean => {
      if (!take(candidate, capped, again)) return false;
      covered.add(candidate!.decision.index);
      actsAsked(candidate!).forEach((harm) => harmsAsked.add(harm));
      return true;
    };
    // The pattern's question is always there (step 4), however many questions its decision already has.
    takeAndCover(patternQuestion(log, header.cast, library, earned, covered, authorAsked), false);
    // Session 15 (S4 walk 1: standing by at the board unasked, while two questions asked about Hawa): every harm on the
    // path (HARM_ORDER's acts, on each person) is asked about once before any question about what went well or who
    // someone is, the worst first, so when the five run out (debrief.md step 5) the worst harms are the ones asked.
    // A light harm no unused family can ask about goes unasked rather than twice-asked (a heavy one: read 6, below).
    // Among harms that take as much (ACT_SCORES), one on a person no question is about yet comes first, so everyone
    // the path harmed can be the subject of a question (issue 15); then the contract's order of harm (HARM_ORDER).
    // Session 15 read 5 (S4 walk 1: deciding the script with Samir at "The front door" never mentioned; PEARLS' plus
    // and delta, Gibbs' "what was good"): a mixed path that earns a question on what went well (a `wentWell` family,
    // or the author's own on a choice that did no harm) keeps one. The last slot is kept for it, and the harms the loop
    // would ask last, the lightest (less than speaking for someone: BURDEN, DOING_FOR, BYSTAND), give way; a harm that
    // takes as much as speaking for someone or more never does. Five questions on harm read as an interrogation to
    // someone who did half of it well, and the harms that give way are the ones the path least needs asked.
    const plusAsked = () =>
      chosen.some(
        (p) => p.kind === 'story' && harmsAt(log.decisions.find((d) => d.index === p.decision)!).length === 0,
      ) || picked.some((c) => c.family.wentWell === true);
    const plusFits = (c: Candidate) =>
      c.family.wentWell === true &&
      !families.has(c.family.family) &&
      onDecision(c.decision.index) < QUESTIONS_PER_DECISION_AT_MOST &&
      !asksAgain(c);
    const plusWaiting = () => !plusAsked() && fits.some(plusFits);
    const lastSlot = () => chosen.length + picked.length === max - 1;
    const unasked = harmsOnPath(log).filter((harm) => !harmsAsked.has(harm));
    while (unasked.length > 0 && !full()) {
      const about = new Set(picked.map((c) => c.who ?? ''));
      const fresh = (harm: string) => (about.has(personOf(harm)) ? 1 : 0);
      unasked.sort(
        (a, b) => cost(actOf(b)) - cost(actOf(a)) || fresh(a) - fresh(b) || harmRank(actOf(a)) - harmRank(actOf(b)),
      );
      const harm = unasked.shift()!;
      if (harmsAsked.has(harm)) continue;
      if (isLight(harm, log) && lastSlot() && plusWaiting()) break;
      // The act's own family asks (asksWhoTheyAre): a question on who someone is may follow where a slot is left.
      const askers = fits
        .filter((c) => actsAsked(c).includes(harm) && !asksWhoTheyAre(c.family))
        .sort((a, b) => weight(b) - weight(a) || ranking(a, b));
      if (askers.some((c) => takeAndCover(c))) continue;
      // Session 15 read 6 (M1, S3 walk 8: speaking for Daniel unasked, because speak_for already asked about
      // Chiamaka): a harm that takes as much as speaking for someone or more is never left unasked while a slot is
      // free. Its act's own family asks a second time, in its other wording, about this decision and person; the
      // question still names the act, so a question on who someone is still never stands alone for it.
      if (cost(actOf(harm)) >= speakingForCost()) askers.some((c) => takeAndCover(c, true, true));
    }
    // The plus goes first to a decision that did no harm: "what could you do again tomorrow" about the choice that
    // also overrode someone (S4 walk 1: crediting Samir while offering Hawa's winter) reads as praise for the harm.
    const didHarm = (c: Candidate) => (harmsAt(c.decision).length > 0 ? 1 : 0);
    const plus = fits
      .filter(plusFits)
      .sort((a, b) => didHarm(a) - didHarm(b) || weight(b) - weight(a) || ranking(a, b));
    if (!plusAsked()) takeAndCover(plus[0] ?? null);
    // Session 17 (S1: Esther talked past at the desk asked on 10 of 200 walks, behind a second question on what went
    // well): where the learner's own choice harmed someone who had just been talked past, and that harm is asked about
    // on that decision (its act's question or the author's own, so step 1 holds: a question on who someone is never
    // outranks one on what the learner did there), the question on their being talked past comes next, before the rest.
    // debrief.md's So what: "whose voice filled the scene and who was talked past are the point".
    const harmAskedThere = (c: Candidate) =>
      authorAsked.has(c.decision.index) ||
      picked.some((p) => p.decision.index === c.decision.index && p.who === c.who && p.harm < HARM_ORDER.length);
    // The family's best fit for the person (where the rest would ask it), so it moves ahead, never to another decision.
    const talkedPastAfterHarm = [...earned.values()]
      .filter((c) => c.keyedBy.includes(`happened:talkedPast`) && harmedThere(c) && harmAskedThere(c))
      .sort((a, b) => weight(b) - weight(a) || ranking(a, b));
    talkedPastAfterHarm.some((c) => takeAndCover(c));
    // Then the best of the rest; among equals, one about a person no question has been about yet, so that
    // everyone the path harmed can be the subject of a question (issue 15: outing Mrs Lee earned none).
    // At most two questions on one decision while other decisions have questions to ask; a short story whose
    // decisions are all asked about may then have more.
    // Session 14 (S4 "Hawa's letter", walks 1 and 12): a question about an act a decision's questions already ask
    // about (the author's own asks about the whole choice) gives way, while the cap holds, to one on a decision
    // nobody has asked about where the learner did harm: security and the override on the same shared letter, while
    // the first visit's ask and standing by at the board went unasked.
    const repeats = (c: Candidate) => {
      if (!covered.has(c.decision.index)) return false;
      const acts = actsAsked(c);
      const asked = new Set(picked.filter((p) => p.decision.index === c.decision.index).flatMap(actsAsked));
      if (authorAsked.has(c.decision.index)) c.decision.acts.forEach((a) => asked.add(`${a.act}|${a.target ?? ''}`));
      return acts.length > 0 && acts.every((act) => asked.has(act));
    };
    const unaskedHarm = (c: Candidate) =>
      c.harm < HARM_ORDER.length && !covered.has(c.decision.index) && !families.has(c.family.family);
    for (const capped of [true, false]) {
      const rest = [...earned.values()];
      const moved = new Set<Candidate>();
      while (rest.length > 0 && !full()) {
        const about = new Set(picked.map((c) => c.who));
        const fresh = (c: Candidate) => (c.who !== null && !about.has(c.who) ? 0 : 1);
        rest.sort((a, b) => weight(b) - weight(a) || fresh(a) - fresh(b) || ranking(a, b));
        const top = rest[0]!;
        // A family's question that would ask again about an act goes to its next fit for the person, on another
        // decision (S4 walk 155: security, beside the override at Hawa's letter, asks about the chair's office).
        if (capped && asksAgain(top) && !families.has(top.family.family)) {
          rest.shift();
          const next = fits
            .filter((c) => c.family === top.family && c.who === top.who && !moved.has(c) && !asksAgain(c))
            .sort(ranking)[0];
          if (next) {
            rest.push(next);
            moved.add(next);
          }
          continue;
        }
        // A question on who someone is never stands alone for a harm nothing else asks about (asksWhoTheyAre).
        if (asksWhoTheyAre(top.family) && actsAsked(top).some((act) => isHarm(act) && !harmsAsked.has(act))) {
          rest.shift();
          continue;
        }
        const instead = capped && repeats(top) ? rest.find(unaskedHarm) : undefined;
        takeAndCover(instead ? rest.splice(rest.indexOf(instead), 1)[0]! : rest.shift()!, capped);
      }
    }
    // A family asked twice (a heavy harm above) asks the second time in a wording not used yet, where it has one.
    const wordingsUsed = new Set<string>();
    for (const candidate of [...picked].sort(ranking)) {
      const wordings = candidate.wordings;
      const turned = wordings.map((_, i) => wordings[(turn(opts.rotation, wordings.length) + i) % wordings.length]!);
      const wording = turned.find((w) => !wordingsUsed.has(w.id)) ?? turned[0]!;
      wordingsUsed.add(wording.id);
      chosen.push({
        id: wording.id,
        family: candidate.family.family,
        keyedBy: candidate.keyedBy,
        text: fill(wording, library, header.cast, candidate),
        kind: 'keyed',
        about: candidate.family.about,
        decision: candidate.decision.index,
        who: candidate.family.about === 'learner' ? null : candidate.who,
        score: candidate.score,
        earlierIds: candidate.family.wordings.flatMap((each) => each.replaces ?? []),
      });
    }
  }

  // A plain story, or a quiet playthrough, still gets a few general questions to reflect on.
  for (const question of library.general) {
    if (chosen.length >= min) break;
    chosen.push(plain(question.id, question.text, 'general'));
  }
  // Step 6: always close with one of the two questions from seed 000, taking turns.
  chosen.push(closingQuestion(library, opts.rotation));
  return chosen;
}
