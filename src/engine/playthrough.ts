// A playthrough: the runner, the scene context, the voice model and the decision log, kept in step.
// This is the one object the screens, the CLI, the debrief and the facilitator view hold. It speaks through one
// stream of events (storyEvents.ts) and exposes state; it never touches the DOM. A save is its path, and resuming
// is replaying that path.
import { StoryRunner, StoryRunError, type PlayedAhead, type RunResult, type RunnerOptions } from './storyRunner';
import { SceneContext } from './sceneContext';
import { ourTags, parseLineTag, type LineTag, type StoryHeader } from './contract/index.ts';
import { resolveChoice } from './resolveChoice';
import { optionOutcome } from './optionOutcomes';
import { decisionLog, enteringLog } from './decisionLog';
import { playthroughPattern } from './playthroughPattern';
import { resolvedFromSilence } from './debrief/airtime';
import { Emitter } from './emitter';
import {
  frozen,
  type DecisionNote,
  type PerformanceEvents,
  type StageCue,
  type StoryEvent,
  type StoryEvents,
  type StoryReset,
  type StorySoFar,
} from './storyEvents';
import { compiledStory, type CompiledStory } from './compiledStory.ts';
import { showLine, type ShownFacets } from './shownFacets';
import { weighedBy } from './talkedPast.ts';
import { storyAudience } from './storyAudience';
import type {
  ContextSnapshot,
  DecisionLog,
  DecisionRecord,
  DecisionMade,
  MoveSpec,
  OptionOffered,
  PathStep,
  SaveEnvelope,
  StoryChoice,
  StoryLine,
  Turn,
} from './types';

export interface PlaythroughOptions extends RunnerOptions {
  storyId: string;
  /** SHA-256 of the compiled JSON, written at build time; '' when unknown (e.g. a file opened by an author). */
  storyHash?: string;
}

/**
 * Where the last step of play left the story: what the performance needs to act on the next choice. Not handed
 * out: whoever needs the text or the options hears them on the stream (heardPassage.ts follows a passage from it).
 */
interface Passage {
  choices: StoryChoice[];
  /** True when these choices are a decision (logged, voted on, carded), false for pacing choices. */
  isDecision: boolean;
  ended: boolean;
  error: StoryRunError | null;
}

export interface PlaythroughSnapshot {
  ink: string;
  context: ContextSnapshot;
  path: number;
  made: number;
  open: DecisionMade | null;
  turns: number;
  theory: number;
  shown: ShownFacets;
  pendingDiscuss: string[];
  pendingNotes: string[];
  current: Passage | null;
  currentScene: string | null;
  sceneName: string | null;
  nextSceneOverride: string | null;
  heard: number;
  /** The decision on offer, worked out once for every option the walk comes back to take (see snapshot()). */
  foreseen: Foreseen | null;
}

export interface ResumeResult {
  playthrough: Playthrough;
  /** Set when the story has changed since the save and replay stopped early. */
  mismatch: StoryReset['mismatch'];
  /**
   * ink's runtime warnings met while the path replayed, each once, as ink worded them: a replay says nothing on
   * the stream, so whoever asked for it (the author preview) hears them here.
   */
  warnings: string[];
}

/** The stage directions a tag gives, if any (the learner's own `speaker: you` included: the stage decides). */
function cueOf(tag: LineTag): StageCue | null {
  switch (tag.key) {
    case 'scene':
      return { kind: 'scene', name: tag.name };
    case 'enter':
    case 'exit':
    case 'speaker':
      return { kind: tag.key, id: tag.id };
    case 'prop':
      return { kind: 'prop', id: tag.id, item: tag.item };
    case 'harm':
      return { kind: 'harm', harm: tag.harm };
    default: {
      const weighed = weighedBy(tag);
      return weighed === null ? null : { kind: 'weighs', id: weighed };
    }
  }
}

/**
 * What each option of a decision on offer would do, in the context it is offered in (Playthrough.foresee): for
 * each option, the decision as it would be made (the record its window still adds to) and as it would be told
 * (frozen), so taking one only picks it.
 */
interface Foreseen {
  passage: Passage;
  made: DecisionMade[];
  told: DecisionRecord[];
}

/**
 * The passage after each option on offer, played ahead on a copy of ink's state (Playthrough.readAhead), so that
 * taking one adopts it instead of running ink: null where it could not be (its passage ends in an error, or the
 * story is in a shape ink's copy cannot hold), undefined where it has not been played yet.
 */
interface PlayedOn {
  passage: Passage;
  options: (PlayedAhead | null | undefined)[];
}

/** A copy of an open decision's parts that its window still adds to. */
const openCopy = (d: DecisionMade): DecisionMade => ({
  ...d,
  perspectives: [...d.perspectives],
  theory: [...d.theory],
});

/** The idle milliseconds that must be left to start playing an option ahead (a passage of ink is one or two here). */
const AHEAD_MS = 4;

export class Playthrough {
  readonly header: StoryHeader;
  readonly scored: boolean;
  readonly storyId: string;
  private hash: string;
  private seedUsed: number;
  private replayDepth = 0;
  /** Runtime warnings met during the latest replay (see ResumeResult.warnings). */
  private replayWarnings = new Set<string>();
  /**
   * The one stream (storyEvents.ts). A listener subscribes once: restart, resume and rewind reset this same
   * playthrough in place and say so with one `reset` event.
   */
  readonly events = new Emitter<PerformanceEvents>();
  /** Every story event since the playthrough (re)started: a reset's history, a late listener's catch-up. */
  private readonly heard: StoryEvent[] = [];
  private readonly runner: StoryRunner;
  private readonly context: SceneContext;
  private readonly json: string;
  private readonly options: PlaythroughOptions;
  private readonly path: PathStep[] = [];
  /** Decisions whose window has closed: emitted, never changed again. */
  private readonly made: DecisionMade[] = [];
  /** The last decision while its consequence plays (`moment:`, `perspective:`, `theory:` still join it). */
  private open: DecisionMade | null = null;
  private readonly turns: Turn[] = [];
  private readonly theory: string[] = [];
  private shown: ShownFacets = {};
  private pendingDiscuss: string[] = [];
  private pendingNotes: string[] = [];
  private current: Passage | null = null;
  private currentScene: string | null = null;
  /** The `scene:` name the story is in (the scene context's own), for the turns said in it. */
  private sceneName: string | null = null;
  private nextSceneOverride: string | null = null;
  private started = false;
  /** The decision on offer, worked out ahead of the learner's choice (foresee()); for that passage only. */
  private foreseen: Foreseen | null = null;
  /**
   * What lines told since the last catch-up still have to teach the scene context (their tags, in order) and the
   * shown facets (each line's tags). Neither is needed to tell a line, only to weigh the next decision or to answer
   * for the story so far, so the click that brings the lines does not wait for them (catchUp()).
   */
  private contextBehind: LineTag[] = [];
  /** The passage after each option on offer, played ahead while the learner reads; for that passage only. */
  private playedOn: PlayedOn | null = null;
  /** How many of the story's tags readAhead() has parsed. */
  private tagsReadAhead = 0;
  private shownBehind: (readonly string[])[] = [];

  /** The story this plays, read once per page and shared by every playthrough of it. */
  readonly compiled: CompiledStory;

  constructor(storyJson: string | object | CompiledStory, options: PlaythroughOptions) {
    this.compiled = compiledStory(storyJson);
    this.json = this.compiled.json;
    this.options = options;
    this.runner = new StoryRunner(this.compiled, options);
    this.storyId = options.storyId;
    this.hash = options.storyHash ?? '';
    this.seedUsed = options.seed ?? 0;
    this.scored = this.compiled.scored;
    this.header = this.compiled.header;
    this.context = new SceneContext(this.header.cast.map((c) => c.id));
  }

  /** Start the story (once). What it tells comes on the stream. */
  start(): void {
    if (this.started) return;
    this.started = true;
    // The stage hears whose voice the choices are about before anything is said (who can talk past whom,
    // engine/talkedPast.ts); a reset's history starts with them too.
    for (const id of storyAudience(this.json)) this.tell('cue', { kind: 'audience', id });
    this.advance();
  }

  get storyHash(): string {
    return this.hash;
  }

  get seed(): number {
    return this.seedUsed;
  }

  /** True while a path is replayed: nothing is emitted then; a `reset` tells the whole of it afterwards. */
  private get replaying(): boolean {
    return this.replayDepth > 0;
  }

  /** Emit a story event (frozen) and keep it in the story so far; while replaying, only keep it. */
  private tell<K extends keyof StoryEvents>(type: K, data: StoryEvents[K]): void {
    frozen(data);
    this.heard.push({ type, data } as StoryEvent);
    if (!this.replaying) this.events.emit(type, data as PerformanceEvents[K]);
  }

  /** The place changed: said at once, except while replaying (the `reset` carries the place then). */
  private placeChanged(): void {
    if (!this.replaying) this.events.emit('save', frozen(this.save));
  }

  /**
   * The story so far as events, for a listener that starts late (the stage, loaded after the first words): what
   * it would have heard since the playthrough (re)started.
   */
  get sofar(): StorySoFar {
    return { save: frozen(this.save), events: [...this.heard] };
  }

  get save(): SaveEnvelope {
    return { format: 1, storyId: this.storyId, storyHash: this.storyHash, seed: this.seed, path: [...this.path] };
  }

  get log(): DecisionLog {
    this.catchUp();
    const decisions = decisionLog(this.open ? [...this.made, this.open] : this.made);
    return {
      scored: this.scored,
      decisions,
      turns: this.turns,
      pattern: playthroughPattern(decisions, this.scored),
      theory: this.theory,
      shown: Object.fromEntries(Object.entries(this.shown).map(([id, keys]) => [id, [...keys]])),
    };
  }

  get sceneContext(): ContextSnapshot {
    this.catchUp();
    return this.context.snapshot();
  }

  get ended(): boolean {
    return this.current?.ended ?? false;
  }

  /** The compiled story this playthrough runs, for copies (What if, rewinds). */
  get storyJson(): string {
    return this.json;
  }

  /** Take option `index` (0-based) of the choices on offer. What follows comes on the stream. */
  choose(index: number): void {
    const passage = this.current;
    if (!passage || passage.ended || passage.error) throw new Error('there is no choice to make now');
    const choice = passage.choices[index];
    if (!choice) throw new RangeError(`choice ${index + 1} is out of range 1..${passage.choices.length}`);

    const ahead = this.playedOn?.passage === passage ? this.playedOn.options[index] : undefined;
    this.playedOn = null;
    const record = passage.isDecision ? this.recordDecision(choice) : null;
    this.path.push({ index, text: choice.text });
    // Played ahead while the learner read: ink's state and the passage are taken as they are, exactly what
    // taking the option in ink now gives (tests/unit/engine/readAhead.test.ts); otherwise ink plays it now.
    const played = ahead ? this.runner.adopt(ahead) : null;
    if (!played) this.takeInInk(index, passage.isDecision, record);
    this.placeChanged();
    this.advance(played ?? undefined);
  }

  /** What taking option `index` asks of ink, the same whether now or played ahead. */
  private takeInInk(index: number, isDecision: boolean, record: DecisionMade | null): void {
    // Set before the story continues, so the consequence can react to what the learner did.
    if (record) {
      this.runner.setVariable('last_act', record.lastAct);
      this.runner.setVariable('last_self_focus', record.selfFocus);
    }
    this.runner.choose(index);
    // A pacing choice made no act; ink must not keep reacting to the one before it.
    if (!isDecision) this.runner.setVariable('last_act', '');
  }

  /** Where "skip this scene" goes from here, or null when no later scene exists. */
  nextScene(): string | null {
    if (this.nextSceneOverride) return this.nextSceneOverride;
    const scenes = this.compiled.sceneStarts();
    const here = this.currentScene;
    if (here === null) return scenes[0] ?? null;
    const i = scenes.indexOf(here);
    return i === -1 ? null : (scenes[i + 1] ?? null);
  }

  /** Skip to the next scene (recorded in the save's path). False when there is nowhere to go. */
  skipScene(): boolean {
    const target = this.nextScene();
    if (!target || !this.current || this.current.ended || this.current.error) return false;
    return this.skipTo(target);
  }

  /** Go to `target`; false, with nothing changed, when the story has no such knot or stitch. */
  private skipTo(target: string): boolean {
    // Asked first: ink clears its place before it looks for the new one, so a missing knot would leave the story
    // broken, with the skip already in the path the learner's save replays.
    if (!this.compiled.hasKnot(target)) return false;
    this.playedOn = null;
    this.path.push({ skip: target });
    this.pendingDiscuss = [];
    this.pendingNotes = [];
    this.runner.setVariable('last_act', '');
    this.runner.goTo(target);
    this.placeChanged();
    this.advance();
    return true;
  }

  private advance(result: RunResult = this.runner.continueToChoice()): void {
    // For authors (play, check): said as the passage comes, before its lines; a replay is silent on the stream and
    // keeps them for whoever asked for it (resume's `warnings`, which the author preview shows).
    for (const warning of result.warnings) {
      if (this.replaying) this.replayWarnings.add(warning);
      else this.events.emit('warning', warning);
    }
    for (const line of result.lines) this.absorbLine(line);
    const isDecision =
      result.choices.length > 0 && (!this.scored || result.choices.some((c) => this.movesOf(c).length > 0));
    this.current = { choices: result.choices, isDecision, ended: result.ended, error: result.error };
    if (result.error || result.ended) this.closeDecision();
    if (isDecision) {
      // What belongs to the decision now on offer is told with it, not with the line it stood on: a pacing
      // choice in between passes it on (authoring-contract.md: `discuss:` and `note:` belong to the next decision).
      const upcoming = this.made.length + (this.open ? 1 : 0);
      for (const text of this.pendingDiscuss) this.tell('note', { kind: 'discuss', decision: upcoming, text });
      for (const text of this.pendingNotes) this.tell('note', { kind: 'facilitator', decision: upcoming, text });
    }
    if (result.choices.length > 0 && !result.error)
      this.tell('choices', {
        options: result.choices.map((c) => ({ index: c.index, text: c.text })),
        decision: isDecision,
        canSkip: this.nextScene() !== null,
      });
    else if (result.ended || result.error) this.tell('ended', { error: result.error });
  }

  /** What the learner has been shown of each person so far (their cards). */
  get shownFacets(): ShownFacets {
    this.catchUp();
    return this.shown;
  }

  /** Feed one line's tags to the scene context, the cards and the airtime count. */
  private absorbLine(line: StoryLine): void {
    const last = this.open;
    const notes: DecisionNote[] = [];
    if (line.tags.length) this.shownBehind.push(line.tags);
    for (const raw of line.tags) {
      const parsed = parseLineTag(raw);
      // A malformed tag is the checker's to report; in play it does nothing.
      if (parsed.kind !== 'ours') continue;
      const tag = parsed.tag;
      const cue = cueOf(tag);
      if (cue) this.tell('cue', cue);
      switch (tag.key) {
        case 'scene':
          this.sceneName = tag.name;
          this.currentScene = this.sceneKnotFor(raw) ?? this.currentScene;
          this.nextSceneOverride = null;
          this.contextBehind.push(tag);
          break;
        case 'next_scene':
          // A knot the story does not have, or a function, is an error in check and play (nextScene.ts); a story
          // that still has one skips to the next scene, as with no tag, rather than offer a skip that leads nowhere
          // or runs a function as a scene and stops at its ~ return.
          this.nextSceneOverride =
            this.compiled.hasKnot(tag.knot) && !this.compiled.functions().has(tag.knot) ? tag.knot : null;
          break;
        case 'discuss':
          this.pendingDiscuss.push(tag.text);
          break;
        case 'note':
          this.pendingNotes.push(tag.text);
          break;
        case 'moment':
          if (last && last.moment === null) {
            last.moment = tag.text;
            notes.push({ kind: 'moment', decision: last.index, text: tag.text });
          }
          break;
        case 'perspective':
          if (last) {
            last.perspectives.push({ who: tag.who, text: tag.text });
            notes.push({ kind: 'perspective', decision: last.index, who: tag.who, text: tag.text });
          }
          break;
        case 'theory':
          if (!this.theory.includes(tag.theory)) this.theory.push(tag.theory);
          if (last && !last.theory.includes(tag.theory)) last.theory.push(tag.theory);
          break;
        case 'move':
        case 'contested':
        case 'prop':
          break;
        default:
          this.contextBehind.push(tag);
      }
    }
    if (line.speaker) this.turns.push({ who: line.speaker, to: line.to, decision: null, scene: this.sceneName });
    this.tell('line', line);
    for (const note of notes) this.tell('note', note);
  }

  /** The scene context and the shown facets take in the lines told since they last did, in order. */
  private catchUp(): void {
    if (this.shownBehind.length) {
      for (const tags of this.shownBehind) this.shown = showLine(this.shown, this.header.cast, tags).shown;
      this.shownBehind = [];
    }
    if (this.contextBehind.length) {
      for (const tag of this.contextBehind) this.context.apply(tag);
      this.contextBehind = [];
    }
  }

  /**
   * The scene knot a `scene:` tag belongs to: the knot or stitch whose first line carries that same tag. When two
   * scenes share a name, the first one after the current scene is meant.
   */
  private sceneKnotFor(rawTag: string): string | null {
    const matching = this.compiled.scenesTagged(rawTag);
    if (matching.length <= 1) return matching[0] ?? null;
    const scenes = this.compiled.sceneStarts();
    const here = this.currentScene === null ? -1 : scenes.indexOf(this.currentScene);
    return matching.find((knot) => scenes.indexOf(knot) > here) ?? matching[0];
  }

  private movesOf(choice: StoryChoice): MoveSpec[] {
    const moves: MoveSpec[] = [];
    for (const raw of choice.tags) {
      const parsed = parseLineTag(raw);
      // A bad move is the checker's to report; in play it is left out rather than stopping the story.
      if (parsed.kind === 'ours' && parsed.tag.key === 'move') moves.push(parsed.tag.move);
    }
    return moves;
  }

  private isContested(choice: StoryChoice): boolean {
    return ourTags(choice.tags).some((tag) => tag.key === 'contested');
  }

  /** The open decision's window ends (the next decision, the end, or an error): nothing joins it after this. */
  private closeDecision(): void {
    const made = this.open;
    if (!made) return;
    this.open = null;
    this.made.push(made);
  }

  /**
   * Work ahead while the learner reads (StoryPerformance.readAhead): first the decision on offer (foresee), then
   * the story's tags, each parsed once for the page (CompiledStory.tagTexts), while `timeLeft()` allows. True while
   * some are left.
   */
  readAhead(timeLeft: () => number = () => Infinity): boolean {
    this.foresee();
    if (this.playAhead(timeLeft)) return true;
    const tags = this.compiled.tagTexts();
    while (this.tagsReadAhead < tags.length && timeLeft() > 1) parseLineTag(tags[this.tagsReadAhead++]!);
    return this.tagsReadAhead < tags.length;
  }

  /**
   * Work out what each option of the decision on offer would do, in the context it is offered in, before the
   * learner takes one: the screen asks while the learner reads, so that taking an option leaves less to do
   * between the click and the next words. Pure and idempotent; a choice made before it was asked works it out then.
   * The result is frozen, as the decision record that carries it will be.
   */
  foresee(): void {
    const passage = this.current;
    if (!passage?.isDecision || this.foreseen?.passage === passage) return;
    this.catchUp();
    const context = frozen(this.context.snapshot());
    const offered = this.optionsOnOffer;
    // Each option resolved once, by the same rules as resolveOptions: its outcome for the record, and the whole
    // resolution for the option the learner takes.
    const taken = frozen(offered.map((o) => resolveChoice(o.moves, context)));
    const options = frozen(offered.map((o, i) => optionOutcome(o, taken[i]!)));
    // Nothing changes the decision's place, its discussion notes or the open decision before a choice is made
    // here: a new passage, a skip or a reset makes this foresight stale (`passage` no longer matches).
    const index = this.made.length + (this.open ? 1 : 0);
    const shown = frozen(this.shown);
    const discuss = frozen([...this.pendingDiscuss]);
    const notes = frozen([...this.pendingNotes]);
    const made = passage.choices.map((choice, at): DecisionMade => {
      const resolved = taken[at]!;
      return {
        index,
        pathIndex: this.path.length,
        choice: { index: choice.index, text: choice.text },
        options,
        moves: offered[at]!.moves,
        acts: resolved.acts,
        base: { voice: resolved.voice, power: resolved.power, courage: resolved.courage },
        lastAct: resolved.lastAct,
        selfFocus: resolved.selfFocus,
        context,
        moment: null,
        perspectives: [],
        discuss,
        notes,
        theory: [],
        contested: offered[at]!.contested,
        reflect: ourTags(choice.tags).flatMap((tag) => (tag.key === 'reflect' ? [tag.text] : [])),
        // What the learner had been shown of each person, and heard, when the choice was put to them (the fold of
        // shown facets has caught up above): a later reveal: never reaches back into this decision.
        shown,
        turnsBefore: this.turns.length,
      };
    });
    // What the `decision` event carries: a copy, frozen, that never changes (its window's additions come as
    // `note`s and join only the open record).
    const told = made.map((d) => frozen(enteringLog({ ...d, perspectives: [], theory: [] })));
    this.foreseen = { passage, made, told };
  }

  /**
   * Play the passage after each option on offer ahead, one option at a time while `timeLeft()` allows (a passage
   * of ink takes a millisecond or two here, a few on a phone): true while some option is left to play.
   */
  private playAhead(timeLeft: () => number): boolean {
    const passage = this.current;
    if (!passage || passage.ended || passage.error || this.replaying) return false;
    if (this.playedOn?.passage !== passage) this.playedOn = { passage, options: passage.choices.map(() => undefined) };
    const { options } = this.playedOn;
    const made = passage.isDecision ? this.foreseen?.made : undefined;
    if (passage.isDecision && !made) return false;
    for (let i = 0; i < options.length; i++) {
      if (options[i] !== undefined) continue;
      if (timeLeft() < AHEAD_MS) return true;
      options[i] = this.runner.playAhead(() => this.takeInInk(i, passage.isDecision, made?.[i] ?? null));
    }
    return false;
  }

  private recordDecision(choice: StoryChoice): DecisionMade {
    this.closeDecision();
    this.foresee();
    const { made, told } = this.foreseen!;
    this.foreseen = null;
    const record = made[choice.index]!;
    const { moves } = record;
    this.pendingDiscuss = [];
    this.pendingNotes = [];
    this.open = record;
    // Told as it is made, so the stage can turn people before the consequence plays.
    this.tell('decision', told[choice.index]!);
    // Each decision is one turn for the learner, unless it resolved from silence (airtime.ts says when).
    if (!resolvedFromSilence(moves)) this.turns.push({ who: 'you', to: null, decision: record.index });
    return record;
  }

  /**
   * Everything needed to come back to this exact point later in the same playthrough object: ink's state and
   * ours. Used to walk every path of a story without replaying each one from the start.
   */
  snapshot(): PlaythroughSnapshot {
    // Worked out before the snapshot, so each option taken after a restore picks from the same foresight instead
    // of resolving every option again (foresee is pure and idempotent: nothing is told or changed by it).
    this.foresee();
    this.catchUp();
    return {
      ink: this.runner.story.state.ToJson(),
      context: this.context.snapshot(),
      path: this.path.length,
      made: this.made.length,
      open: this.open && openCopy(this.open),
      turns: this.turns.length,
      theory: this.theory.length,
      shown: this.shown,
      pendingDiscuss: [...this.pendingDiscuss],
      pendingNotes: [...this.pendingNotes],
      current: this.current,
      currentScene: this.currentScene,
      sceneName: this.sceneName,
      nextSceneOverride: this.nextSceneOverride,
      heard: this.heard.length,
      foreseen: this.foreseen && { ...this.foreseen, made: this.foreseen.made.map(openCopy) },
    };
  }

  restore(s: PlaythroughSnapshot): void {
    // The records an option's window still adds to are copied, so taking an option changes nothing in the snapshot.
    this.foreseen = s.foreseen && { ...s.foreseen, made: s.foreseen.made.map(openCopy) };
    this.playedOn = null;
    this.contextBehind = [];
    this.shownBehind = [];
    this.runner.loadState(s.ink);
    this.context.restore(s.context);
    this.path.length = s.path;
    this.made.length = s.made;
    this.open = s.open && openCopy(s.open);
    this.turns.length = s.turns;
    this.theory.length = s.theory;
    this.shown = s.shown;
    this.pendingDiscuss = [...s.pendingDiscuss];
    this.pendingNotes = [...s.pendingNotes];
    this.current = s.current;
    this.currentScene = s.currentScene;
    this.sceneName = s.sceneName;
    this.nextSceneOverride = s.nextSceneOverride;
    this.heard.length = s.heard;
  }

  /**
   * What each option on offer does as the engine reads its tags (its moves, and whether practitioners contest
   * it), for the author preview's workings; empty when nothing is on offer. State, like the scene context.
   */
  get optionsOnOffer(): OptionOffered[] {
    const passage = this.current;
    if (!passage || passage.error) return [];
    return passage.choices.map((c) => ({
      index: c.index,
      text: c.text,
      moves: this.scored ? this.movesOf(c) : [],
      contested: this.isContested(c),
    }));
  }

  /**
   * Start again in place and replay a save's path: restart (an empty path), resume and rewind (a shorter path)
   * all come here, so whoever listens stays subscribed. Stops at the first step that no longer fits the story
   * (the story was edited), and says where, so the learner can be told. Nothing of the story is parsed again.
   * Listeners hear nothing while the path replays, then one `reset` with the whole story so far.
   */
  reset(save: SaveEnvelope): { mismatch: ResumeResult['mismatch'] } {
    this.replayDepth++;
    let mismatch: ResumeResult['mismatch'] = null;
    try {
      this.runner.restart(save.seed);
      this.seedUsed = save.seed;
      this.hash = save.storyHash || this.hash;
      this.context.reset();
      this.path.length = 0;
      this.made.length = 0;
      this.open = null;
      this.turns.length = 0;
      this.theory.length = 0;
      this.shown = {};
      this.pendingDiscuss = [];
      this.pendingNotes = [];
      this.current = null;
      this.foreseen = null;
      this.playedOn = null;
      this.contextBehind = [];
      this.shownBehind = [];
      this.currentScene = null;
      this.sceneName = null;
      this.nextSceneOverride = null;
      this.heard.length = 0;
      this.started = false;
      mismatch = this.replay(save.path);
      return { mismatch };
    } finally {
      this.replayDepth--;
      // The place has changed as a whole: say so once, now that the replay has settled.
      if (!this.replaying) this.events.emit('reset', frozen({ ...this.sofar, mismatch }));
    }
  }

  private replay(path: readonly PathStep[]): ResumeResult['mismatch'] {
    this.replayWarnings.clear();
    this.start();
    let mismatch: ResumeResult['mismatch'] = null;
    for (let i = 0; i < path.length; i++) {
      const step = path[i]!;
      const now = this.current!;
      if (now.ended || now.error) {
        mismatch = { step: i, expected: 'text' in step ? step.text : `skip to ${step.skip}` };
        break;
      }
      if ('skip' in step) {
        // The skip goes where Skip this scene leads from here now (a `next_scene:` knot or the next scene), or the
        // story has changed since the save was made.
        if (this.nextScene() !== step.skip || !this.skipTo(step.skip)) {
          mismatch = { step: i, expected: `skip to ${step.skip}` };
          break;
        }
        continue;
      }
      const option = now.choices[step.index];
      if (!option || option.text !== step.text) {
        mismatch = { step: i, expected: step.text };
        break;
      }
      this.choose(step.index);
    }
    return mismatch;
  }

  /** A new playthrough of the story that has replayed a save's path (a What if copy, a facilitator's plan). */
  static resume(
    storyJson: string | object | CompiledStory,
    save: SaveEnvelope,
    options: Partial<PlaythroughOptions> = {},
  ): ResumeResult {
    const playthrough = new Playthrough(storyJson, {
      ...options,
      storyId: options.storyId ?? save.storyId,
      storyHash: options.storyHash ?? save.storyHash,
      seed: save.seed,
    });
    playthrough.replayDepth++;
    try {
      const mismatch = playthrough.replay(save.path);
      return { playthrough, mismatch, warnings: [...playthrough.replayWarnings] };
    } finally {
      playthrough.replayDepth--;
    }
  }

  /** A fresh copy that has replayed the first `steps` steps of this path (for rewinds and What if). */
  copyAt(steps: number): Playthrough {
    const save = this.save;
    return Playthrough.resume(this.compiled, { ...save, path: save.path.slice(0, steps) }, this.options).playthrough;
  }
}
