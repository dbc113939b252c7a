// One facilitated session: the session state (what the room has done), the main line's Playthrough (the
// record) and, during a rewind, a copy. The presenter screen calls these methods; each change goes through
// sessionReducer and yields a new projector-safe RoomView. Pure: no DOM, no storage, no clock but the port.
// What is on offer in the story is heard on the main line's stream (engine/heardPassage.ts), subscribed once; the
// decision log and the header are the performance's own state, read when a screen is drawn.
import { Playthrough } from '../engine/playthrough';
import type { DecisionRecord, PathStep } from '../engine/types';
import { followPassage, lastPassage, type HeardPassage } from '../engine/heardPassage';
import { buildRoomView, DEBRIEF_PER_PAGE } from './buildRoomView';
import {
  listDecisionPoints,
  pointKey,
  defaultVotePoints,
  type DecisionPlan,
  type DecisionPoint,
} from './decisionPoints';
import { debriefDecisions, deciding, type DebriefDecision } from './groupDebrief';
import { pageLines, paginate, type PageLine } from './pages';
import type { RoomView } from './roomView';
import { votesAt, type PickHow } from './sessionLog';
import { sessionReducer, type SessionAction } from './sessionReducer';
import { newSession, type SessionState } from './sessionState';
import { isValidCount, leadingOption, leadingWords } from './voteTally';

export interface WorkshopStory {
  id: string;
  hash: string;
  json: string;
}

export interface WorkshopPorts {
  now(): number;
}

/** What a method did, in words for the facilitator's status line (and screen readers). */
export type Said = string;

/**
 * How an open vote is being taken, which changes what the facilitator is told to do next: counts from hands or cards
 * (none typed yet, or typed and not yet shown), phones still voting, or a phone vote closed into the count fields
 * (hands to add, then show the room).
 */
export type VoteTaking = 'counts' | 'counts-typed' | 'phones' | 'phones-closed';

/** What Next says it cannot do yet while a vote is open (the Next button's words are in whatNext.ts). */
const NEXT_AT_A_VOTE: Record<VoteTaking, Said> = {
  counts: 'Enter the counts, then choose “Show the room”.',
  'counts-typed': 'Check the counts in the fields, then choose “Show the room”.',
  phones:
    'Close the phone vote first: “Close the phone vote and show the room”, or “Close the phone vote, then add hand votes”.',
  'phones-closed': 'Check the counts in the fields, then choose “Show the room”.',
};

export interface CurrentPoint extends Pick<DecisionPoint, 'options' | 'discuss' | 'notes'> {
  key: string;
  /** Its number in the plan, when the walk found it. */
  number: number | null;
  isDecision: boolean;
  vote: boolean;
  /** Path position: where votes and the pick are logged. */
  step: number;
}

export class Workshop {
  readonly story: WorkshopStory;
  readonly plan: DecisionPlan;
  private ports: WorkshopPorts;
  private current: SessionState;
  private mainLine: Playthrough;
  /** What the main line has told: the passage on offer, and the path so far. */
  private heard: { now(): HeardPassage };
  private path: readonly PathStep[];
  private copy: { playthrough: Playthrough; passage: HeardPassage } | null = null;
  private listeners = new Set<() => void>();
  private counter = 0;

  private constructor(
    story: WorkshopStory,
    plan: DecisionPlan,
    state: SessionState,
    main: Playthrough,
    ports: WorkshopPorts,
  ) {
    this.story = story;
    this.plan = plan;
    this.current = state;
    this.mainLine = main;
    this.ports = ports;
    this.heard = followPassage(main);
    this.path = main.sofar.save.path;
    main.events.on('save', (save) => {
      this.path = save.path;
    });
    main.events.on('reset', (reset) => {
      this.path = reset.save.path;
    });
  }

  /** A new session at the planning stage, with room votes at the first three decisions. */
  static plan(
    story: WorkshopStory,
    ports: WorkshopPorts,
    plan = listDecisionPoints(story.json, { storyId: story.id }),
  ): Workshop {
    const main = new Playthrough(story.json, { storyId: story.id, storyHash: story.hash });
    main.start();
    return new Workshop(story, plan, newSession(story.id, story.hash, defaultVotePoints(plan.points)), main, ports);
  }

  /**
   * A stored session, replayed. When the story has changed since, the path stops at the first step that no
   * longer fits, and `changed` says so (the facilitator is told).
   */
  static restore(
    story: WorkshopStory,
    state: SessionState,
    ports: WorkshopPorts,
    plan = listDecisionPoints(story.json, { storyId: story.id }),
  ): { workshop: Workshop; changed: boolean } {
    const save = { format: 1 as const, storyId: story.id, storyHash: story.hash, seed: 0, path: state.path };
    const { playthrough, mismatch } = Playthrough.resume(story.json, save, {
      storyId: story.id,
      storyHash: story.hash,
    });
    const kept = mismatch
      ? { ...state, path: state.path.slice(0, mismatch.step), page: 0, step: null, exploring: null, overlay: null }
      : state;
    const workshop = new Workshop(story, plan, kept, playthrough, ports);
    if (kept.exploring) workshop.rebuildCopy();
    return { workshop, changed: mismatch !== null };
  }

  get state(): SessionState {
    return this.current;
  }

  get main(): Playthrough {
    return this.mainLine;
  }

  get seq(): number {
    return this.counter;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private dispatch(action: SessionAction): void {
    this.current = sessionReducer(this.current, action);
    this.counter += 1;
    for (const fn of this.listeners) fn();
  }

  nameOf = (id: string): string =>
    id === 'you' ? 'You' : (this.mainLine.header.cast.find((c) => c.id === id)?.name ?? id);

  // ---- what is on offer now ----

  get passage(): HeardPassage {
    return this.heard.now();
  }

  pages(): PageLine[][] {
    return paginate(pageLines(this.passage.lines, this.nameOf));
  }

  explorePages(): PageLine[][] {
    return this.copy ? paginate(pageLines(this.copy.passage.lines, this.nameOf)) : [];
  }

  /** True when the room is looking at the options of a choice (not reading, not at the end). */
  atChoices(): boolean {
    const s = this.current;
    const p = this.passage;
    return (
      s.screen === 'story' &&
      !s.exploring &&
      !p.ended &&
      !p.error &&
      p.choices.length > 0 &&
      s.page >= this.pages().length
    );
  }

  currentPoint(): CurrentPoint | null {
    const p = this.passage;
    if (this.current.screen !== 'story' || p.ended || p.error || p.choices.length === 0) return null;
    const key = pointKey(p.choices);
    return {
      key,
      number: this.plan.points.find((pt) => pt.key === key)?.number ?? null,
      isDecision: p.isDecision,
      vote: p.isDecision && this.current.votePoints.includes(key),
      options: p.choices.map((c) => c.text),
      discuss: [...p.discuss],
      notes: [...p.notes],
      step: this.current.path.length,
    };
  }

  lastDecision(): DecisionRecord | null {
    const list = this.mainLine.log.decisions;
    return list[list.length - 1] ?? null;
  }

  decisionAt(step: number): DecisionRecord | null {
    return this.mainLine.log.decisions.find((d) => d.pathIndex === step) ?? null;
  }

  exploration(): { option: string; passage: HeardPassage } | null {
    const e = this.current.exploring;
    if (!e || !this.copy) return null;
    return { option: this.decisionAt(e.step)?.options[e.option]?.text ?? '', passage: this.copy.passage };
  }

  debriefDecisions(): DebriefDecision[] {
    return debriefDecisions(this.mainLine.log, this.current, this.nameOf);
  }

  /** The debrief's parts on the room's screen: What? (a few decisions a page), airtime, So what?, Now what? */
  debriefParts(): number {
    return Math.max(1, Math.ceil(this.mainLine.log.decisions.length / DEBRIEF_PER_PAGE)) + 3;
  }

  // ---- the facilitator's controls ----

  setVotePoint(key: string, on: boolean): Said {
    this.dispatch({ type: 'plan/vote', key, on });
    return on ? 'The room votes at this decision.' : 'You pick the option at this decision.';
  }

  start(): Said {
    if (this.current.startedAt !== null) return 'The session has already started.';
    this.dispatch({ type: 'start', at: this.ports.now() });
    return 'The session has started: the prebrief is on the screen.';
  }

  next(taking: VoteTaking = 'counts'): Said {
    const s = this.current;
    if (s.overlay) {
      this.dispatch({ type: 'overlay', overlay: null });
      return 'Back to where the room was.';
    }
    switch (s.screen) {
      case 'plan':
        return 'Start the session first.';
      case 'prebrief':
        this.dispatch({ type: 'screen', screen: 'ground-rules' });
        return 'The ground rules are on the screen.';
      case 'ground-rules':
        this.dispatch({ type: 'screen', screen: 'content-notes' });
        return 'The content notes are on the screen.';
      case 'content-notes':
        this.dispatch({ type: 'screen', screen: 'story' });
        return 'The story has begun.';
      case 'story':
        return this.nextInStory(taking);
      case 'debrief':
        if (s.page + 1 < this.debriefParts()) {
          this.dispatch({ type: 'page', page: s.page + 1 });
          return `Debrief, part ${s.page + 2} of ${this.debriefParts()}.`;
        }
        this.dispatch({ type: 'finish', at: this.ports.now() });
        return 'The session is over. Thank you is on the screen.';
      case 'ended':
        return 'The session is over.';
    }
  }

  private nextInStory(taking: VoteTaking): Said {
    const s = this.current;
    if (s.exploring) {
      const pages = this.explorePages().length;
      if (s.exploring.page + 1 < pages) {
        this.dispatch({ type: 'explore/page', page: s.exploring.page + 1 });
        return 'Next page of the rewind.';
      }
      return this.endExplore();
    }
    const pages = this.pages().length;
    if (s.page < pages) {
      this.dispatch({ type: 'page', page: s.page + 1 });
      if (s.page + 1 < pages) return `Page ${s.page + 2} of ${pages}.`;
      return this.passage.ended
        ? 'The curtain falls.'
        : this.passage.error
          ? 'The story has stopped.'
          : 'The options are on the screen.';
    }
    if (this.passage.ended) return this.end();
    if (this.passage.error) return 'The story has stopped with an error. You can end the session.';
    const point = this.currentPoint()!;
    if (point.vote) {
      switch (s.step) {
        case null:
          return this.openVote(taking);
        case 'vote-1':
        case 'vote-2':
          return NEXT_AT_A_VOTE[taking];
        case 'result-1':
          return this.discuss();
        case 'discuss':
          return votesAt(s.log, point.step).first ? this.openVote(taking) : this.discuss();
        case 'result-2': {
          const vote = deciding(s, point.step);
          const leading = leadingOption(vote?.counts ?? []);
          if (leading.kind === 'clear') return this.pick(leading.index);
          return `${leadingWords(leading)} Press the option’s number to play it.`;
        }
      }
    }
    if (s.step === 'discuss') {
      this.dispatch({ type: 'step', step: null });
      return 'The options are back on the screen.';
    }
    if (point.options.length === 1) return this.pick(0);
    return 'Pick the option to play: press its number, or use its button.';
  }

  back(): Said {
    const s = this.current;
    if (s.overlay) {
      this.dispatch({ type: 'overlay', overlay: null });
      return 'Back to where the room was.';
    }
    switch (s.screen) {
      case 'ground-rules':
        this.dispatch({ type: 'screen', screen: 'prebrief' });
        return 'The prebrief is on the screen.';
      case 'content-notes':
        this.dispatch({ type: 'screen', screen: 'ground-rules' });
        return 'The ground rules are on the screen.';
      case 'story': {
        if (s.exploring) {
          if (s.exploring.page > 0) this.dispatch({ type: 'explore/page', page: s.exploring.page - 1 });
          return 'Previous page of the rewind.';
        }
        const order: (typeof s.step)[] = [null, 'vote-1', 'result-1', 'discuss', 'vote-2', 'result-2'];
        if (s.step !== null) {
          const point = this.currentPoint();
          const before = point?.vote ? (order[order.indexOf(s.step) - 1] ?? null) : null;
          this.dispatch({ type: 'step', step: before });
          return 'One step back.';
        }
        if (s.page > 0) {
          this.dispatch({ type: 'page', page: s.page - 1 });
          return `Page ${s.page} of ${this.pages().length}.`;
        }
        return 'This is the start of this part of the story.';
      }
      case 'debrief':
        if (s.page > 0) this.dispatch({ type: 'page', page: s.page - 1 });
        return `Debrief, part ${Math.max(1, s.page)} of ${this.debriefParts()}.`;
      default:
        return 'Nothing to go back to.';
    }
  }

  /** Open the vote (V): the first vote, or the revote once the first has been shown. Any decision can be voted on. */
  openVote(taking: VoteTaking = 'counts'): Said {
    const point = this.currentPoint();
    if (!point || !point.isDecision) return 'There is no decision to vote on here.';
    if (!this.atChoices()) this.dispatch({ type: 'page', page: this.pages().length });
    if (!point.vote) this.dispatch({ type: 'plan/vote', key: point.key, on: true });
    const first = votesAt(this.current.log, point.step).first;
    const round = first ? 2 : 1;
    this.dispatch({ type: 'step', step: round === 1 ? 'vote-1' : 'vote-2' });
    const open = round === 1 ? 'The vote is open.' : 'The revote is open.';
    if (taking === 'phones' || taking === 'phones-closed')
      return `${open} People vote on their phones, or by card or hand. When the phones have voted, close the phone vote.`;
    return round === 1 ? `${open} Enter how many people chose each option.` : `${open} Enter the new counts.`;
  }

  /** Counts entered by the facilitator ("Show the room"): logged, and the room sees the proportions. */
  recordVote(counts: number[], ratherNot: number): Said {
    const point = this.currentPoint();
    const step = this.current.step;
    if (!point || !point.isDecision || !step || step === 'discuss') return 'Open the vote first (V).';
    if (counts.length !== point.options.length || !counts.every(isValidCount) || !isValidCount(ratherNot)) {
      return 'Each count must be a whole number, 0 or more.';
    }
    const round = step === 'vote-1' || step === 'result-1' ? 1 : 2;
    this.dispatch({
      type: 'vote',
      step: point.step,
      round,
      options: point.options,
      counts,
      ratherNot,
      at: this.ports.now(),
    });
    return `${round === 1 ? 'The vote' : 'The revote'} is on the screen. ${leadingWords(leadingOption(counts))}`;
  }

  /** The discussion card (D): a pause before the consequence. Pressing D again goes back. */
  discuss(): Said {
    const point = this.currentPoint();
    if (!point) return 'There is nothing to discuss here yet.';
    if (this.current.step === 'discuss') {
      const first = votesAt(this.current.log, point.step).first;
      this.dispatch({ type: 'step', step: point.vote && first ? 'result-1' : null });
      return 'The discussion card is closed.';
    }
    if (!this.atChoices()) this.dispatch({ type: 'page', page: this.pages().length });
    this.dispatch({ type: 'step', step: 'discuss' });
    if (point.discuss.length) this.dispatch({ type: 'discussed', step: point.step, at: this.ports.now() });
    return 'The discussion card is on the screen.';
  }

  /** Play option `index` on the main line. How it was decided is worked out from the votes and logged. */
  pick(index: number, roomMove = false): Said {
    const point = this.currentPoint();
    if (!point || !this.atChoices()) return 'There are no options to pick from yet.';
    const text = point.options[index];
    if (text === undefined) return `There is no option ${index + 1}.`;
    const how = roomMove ? 'room-move' : this.howPicked(point, index);
    this.mainLine.choose(index);
    this.copy = null;
    this.dispatch({
      type: 'picked',
      path: [...this.path],
      step: point.step,
      option: index,
      text,
      how,
      at: this.ports.now(),
    });
    return `Option ${index + 1} plays.`;
  }

  private howPicked(point: CurrentPoint, index: number): PickHow {
    const vote = deciding(this.current, point.step);
    if (!point.isDecision || !vote) return 'facilitator';
    const leading = leadingOption(vote.counts);
    if (leading.kind === 'clear') return leading.index === index ? 'majority' : 'override';
    if (leading.kind === 'tie') return leading.indexes.includes(index) ? 'tie-break' : 'override';
    return 'facilitator';
  }

  canSkip(): boolean {
    const p = this.passage;
    return this.current.screen === 'story' && !p.ended && !p.error && p.canSkip;
  }

  skipScene(): Said {
    if (!this.canSkip()) return 'There is no later scene to skip to.';
    const step = this.current.path.length;
    const to = this.mainLine.nextScene()!;
    this.mainLine.skipScene();
    this.copy = null;
    this.dispatch({ type: 'skipped', path: [...this.path], step, to, at: this.ports.now() });
    return 'Scene skipped.';
  }

  /**
   * Rewind to a decision the room has taken and play another option on a copy (forum theatre). The main line
   * stays the record: its path, log and debrief do not change.
   */
  explore(option: number, step = this.lastDecision()?.pathIndex ?? -1): Said {
    const decision = this.decisionAt(step);
    if (!decision) return 'The room has not taken a decision to rewind to yet.';
    const text = decision.options[option]?.text;
    if (text === undefined) return `There is no option ${option + 1} at that decision.`;
    const made = this.playCopy(step, option, text);
    if (!made) return 'The story has changed, so this moment cannot be replayed.';
    this.dispatch({ type: 'explore', step, option, text, at: this.ports.now() });
    return `Rewound: option ${option + 1} plays on a copy. The room’s own choice stays the record.`;
  }

  private playCopy(step: number, option: number, text: string): boolean {
    // A copy: its story so far is heard once it has played, nobody listens to it live.
    const playthrough = this.mainLine.copyAt(step);
    if (lastPassage(playthrough.sofar.events).choices[option]?.text !== text) return false;
    playthrough.choose(option);
    this.copy = { playthrough, passage: lastPassage(playthrough.sofar.events) };
    return true;
  }

  private rebuildCopy(): void {
    const e = this.current.exploring;
    const text = e ? this.decisionAt(e.step)?.options[e.option]?.text : undefined;
    if (!e || text === undefined || !this.playCopy(e.step, e.option, text)) {
      this.current = { ...this.current, exploring: null };
      this.copy = null;
    }
  }

  endExplore(): Said {
    this.copy = null;
    this.dispatch({ type: 'explore/end' });
    return 'Back to the room’s story.';
  }

  /** R: in the story, show how the room's last choice resolved; in the debrief, show the bands. */
  reveal(step?: number): Said {
    if (this.current.screen === 'debrief' && step === undefined) {
      this.dispatch({ type: 'bands', at: this.ports.now() });
      return 'The three bands are on the screen.';
    }
    const decision = step === undefined ? this.lastDecision() : this.decisionAt(step);
    if (!decision) return 'The room has not taken a decision yet, so there is nothing to reveal.';
    this.dispatch({ type: 'reveal', step: decision.pathIndex, at: this.ports.now() });
    return 'How the room’s choice resolved is on the screen.';
  }

  toggleGroundRules(): Said {
    const on = this.current.overlay?.card === 'ground-rules';
    this.dispatch({ type: 'overlay', overlay: on ? null : { card: 'ground-rules' } });
    return on ? 'The ground rules are closed.' : 'The ground rules are on the screen.';
  }

  toggleBlank(): Said {
    this.dispatch({ type: 'blank' });
    return this.current.blank ? 'The room’s screen is blank.' : 'The room’s screen is showing again.';
  }

  togglePause(): Said {
    this.dispatch({ type: 'pause' });
    return this.current.paused ? 'Paused: the room sees a pause card.' : 'Carrying on.';
  }

  /** The room's own move, typed by the facilitator: logged; played as the closest option, or just discussed. */
  roomMove(text: string, playedAs: number | null): Said {
    const point = this.currentPoint();
    const step = point?.step ?? this.lastDecision()?.pathIndex;
    if (step === undefined || !text.trim()) return 'Type the room’s move first.';
    this.dispatch({ type: 'room-move', step, text, playedAs, at: this.ports.now() });
    if (playedAs !== null && point) return `${this.pick(playedAs, true)} The room’s move is in the log.`;
    return 'The room’s move is in the log. It is not on the screen unless you show it.';
  }

  showRoomMove(id: number): Said {
    this.dispatch({ type: 'room-move/show', id, shown: true });
    return 'The room’s move is on the screen.';
  }

  startTimer(seconds: number): Said {
    this.dispatch({ type: 'timer', seconds, at: this.ports.now() });
    return `A ${Math.round(seconds / 60)}-minute timer is running. Nothing happens when it ends.`;
  }

  stopTimer(): Said {
    this.dispatch({ type: 'timer/stop' });
    return 'The timer is off.';
  }

  setCommitments(commitments: string[]): Said {
    this.dispatch({ type: 'commitments', commitments });
    return 'The room’s commitments are saved.';
  }

  /** The people in the room, counted by the facilitator: votes adding up to more are flagged before they show. */
  setRoomSize(size: number | null): Said {
    this.dispatch({ type: 'room-size', size });
    const kept = this.state.roomSize ?? null;
    return kept === null
      ? 'No room size is kept: votes are not checked against it.'
      : `${kept} people in the room: if the votes add up to more, you are told before the room sees them.`;
  }

  setTheme(theme: 'dark' | 'light'): Said {
    this.dispatch({ type: 'theme', theme });
    return theme === 'dark' ? 'The room’s screen is light text on dark.' : 'The room’s screen is dark text on light.';
  }

  /** End gracefully, at any time: the debrief starts with whatever the room has done. */
  end(): Said {
    this.copy = null;
    this.dispatch({ type: 'end', at: this.ports.now(), early: !this.passage.ended });
    return 'The debrief has begun: What? is on the screen.';
  }

  // ---- the room's screen ----

  /** What the projector shows now: built only from what the room may see (buildRoomView.ts). */
  roomView(): RoomView {
    return buildRoomView(this);
  }
}
