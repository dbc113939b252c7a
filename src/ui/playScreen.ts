// The play screen: story text as paragraphs, choices as buttons, the stage drawn above once the words are there.
// Focus moves to the first new paragraph after a choice (the text is not in a live region, so a screen reader
// does not hear it twice); status messages go to the polite live region.
import type { StoryPerformance } from '../engine/storyPerformance';
import { splitTag } from '../engine/contract/index.ts';
import type { DecisionRecord, SaveEnvelope, StoryLine } from '../engine/types';
import type { StoryRunError } from '../engine/storyRunner';
import type { ChoicesOffered, StageCue, StoryEnded, StoryEvent, StoryReset } from '../engine/storyEvents';
import type { LoadedStory } from './storySource';
import { announce, clear, el, shownAndSaid } from './dom';
import { activeTimeOf, clearAutosave, countActiveTime, keepAutosaved, markStarted, startedAt } from './autosave';
import { showErrorPanel } from './errorPanel';
import { onSettingsChange, settings } from './settings';
import { lastMomentOf, setCurrentPlay } from './currentPlay';
import { rereadButton } from './rereadPassage';
import { speakerLabel } from '../engine/speakerLabel';
import { companyBow, storyOpening, type Company } from './theatreFrame';
import { storyAudience } from '../engine/storyAudience';
import { foldStage } from '../stage/followStory';
import { stageAfterWords } from './stageAfterWords';
import { afterPaint, beforePaint, cancelBeforePaint } from './afterPaint';
import { whileReading } from './whileReading';
import { stageFacts } from './stageFacts';
import { EMPTY_STAGE, type StageState } from '../stage/stageState';
import { personCards } from './personCards';
import { markStageShown } from './stageShown';
import { performStory } from './performStory';

export interface PlayScreenOptions {
  root: HTMLElement;
  story: LoadedStory;
  /** A save to resume from (replayed through the runner). */
  resumeFrom?: SaveEnvelope | null;
  onFoyer(): void;
  onEnded(playthrough: StoryPerformance, screen: PlayScreen): void;
  /**
   * The save is replayed only to open its curtain call at once (a reload in the curtain call, the foyer's way back):
   * the curtain call says its own welcome back (curtainCall.ts), so this screen does not say one before it.
   */
  toCurtainCall?: boolean;
}

export interface PlayScreen {
  /** On this thread or in a worker (performStory.ts): the screen only listens and asks. */
  playthrough: StoryPerformance;
  /** Replace the story (live reload, or going back one decision) and replay the given path. */
  replay(json: string, save: SaveEnvelope, hash?: string): { mismatch: boolean };
  /**
   * Follow the performance this screen plays: `listener` hears it now, and each one that replaces it (a story
   * changed under the learner by a live reload), once it has replayed the learner's path. Returns the unsubscribe.
   */
  onPerformance(listener: (playthrough: StoryPerformance) => void): () => void;
  /** The company's bow, for the curtain call: everyone who came on, and whom the learner spoke with and for. */
  companyBow(): HTMLElement;
  destroy(): void;
}

let markedFirstText = false;

type StageModule = typeof import('../stage/startStage');
// Phaser is loaded lazily, after the first words are on screen; a glob keeps it out of the first bundle.
const stageModules = import.meta.glob<StageModule>('../stage/startStage.ts');

export function startPlay(options: PlayScreenOptions): PlayScreen {
  const { root, story } = options;
  clear(root);
  const castNames = new Map<string, string>();

  const transcript = el('div', { className: 'transcript', 'aria-label': 'Story so far', role: 'region' });
  // The options' list is found by the question just before it, not also named like it: a screen reader would say
  // "What do you do?" twice, as heading and as list (tests/e2e/accessibilityTree.test.ts).
  const choiceList = el('ol', { className: 'choices' });
  const choiceArea = el(
    'div',
    { className: 'choice-area', hidden: true },
    el('h2', { className: 'choices-heading' }, 'What do you do?'),
    choiceList,
  );
  const stageBox = el('div', { className: 'stage-box', 'aria-hidden': 'true' });
  const skipButton = el('button', { type: 'button', className: 'quiet' }, 'Skip this scene');
  const restartButton = el('button', { type: 'button', className: 'quiet' }, 'Start again');
  const foyerButton = el('button', { type: 'button', className: 'quiet' }, 'Back to the foyer');
  const heading = el('h1', { className: 'play-title', tabindex: '-1' }, story.entry.title);
  // Who is who tonight: named from the story's own cast and moves, so it fits every story, including new ones.
  const programme = el('div', { className: 'programme-box' });
  const section = el(
    'section',
    { className: 'play' },
    el(
      'header',
      { className: 'play-bar' },
      heading,
      el(
        'nav',
        { 'aria-label': 'Story controls', className: 'play-controls' },
        rereadButton(transcript),
        skipButton,
        restartButton,
        foyerButton,
      ),
    ),
    programme,
    stageBox,
    transcript,
    choiceArea,
  );
  heading.id = 'play-title';
  root.append(section);

  let playthrough!: StoryPerformance;
  let stage: { destroy(): void; setReducedMotion(on: boolean): void } | null = null;
  let destroyed = false;
  /** The time played, for the account: set up before the first replay (below), which its steps count on. */
  let clock: ReturnType<typeof countActiveTime> | null = null;

  const nameOf = (id: string) => (id === 'you' ? 'You' : (castNames.get(id) ?? id));

  // A line's paragraph is on a choice's path to the next words: built with the DOM's own calls, no more of them
  // than it needs (the same nodes `el` would build).
  const renderLine = (line: StoryLine): HTMLElement | null => {
    if (line.hidden) return null;
    const p = document.createElement('p');
    p.className = !line.speaker ? 'line' : line.speaker === 'you' ? 'line spoken you' : 'line spoken';
    p.setAttribute('tabindex', '-1');
    const label = speakerLabel(line, nameOf);
    if (label) {
      const speaker = document.createElement('span');
      speaker.className = 'speaker';
      // Whom the line is said to, which the stage shows by turning the speaker, is said to a screen reader too.
      if (line.to)
        speaker.append(shownAndSaid(`${label}: `, `${label}, to ${line.to === 'you' ? 'you' : nameOf(line.to)}: `));
      else speaker.append(label, ': ');
      p.append(speaker);
    }
    p.append(line.text);
    return p;
  };

  // The screen follows the performance's one stream (engine/storyEvents.ts) and acts on it only through
  // choose, skipScene and reset. What it needs to act (the options on offer, the place) it keeps from the stream.
  let offered: ChoicesOffered | null = null;
  let place: SaveEnvelope | null = null;
  /** The passage being told: its box in the transcript, and its first paragraph (where focus goes). */
  let group: HTMLElement | null = null;
  let first: HTMLElement | null = null;
  /** True while a reset's history is drawn: nothing takes focus until the last passage is there. */
  let quiet = false;
  /** Resuming a saved place: the first reset welcomes the learner back, unless the story changed or stopped. */
  let welcomeBack = false;

  /** The stage's facts as the text has said them (stageFacts.ts), told with the line where they happen. */
  let told: StageState = EMPTY_STAGE;
  /** The stage state before the current line's cues. */
  let beforeLine: StageState | null = null;
  /** The last paragraph shown in this passage, and the facts said on it so far. */
  let lastShown: HTMLElement | null = null;
  const factsOn = new WeakMap<HTMLElement, HTMLElement>();
  /** Facts with no line yet (after a decision, or before the first shown line of a passage). */
  let pending: string[] = [];
  const sayFacts = (p: HTMLElement, facts: string[]) => {
    if (!facts.length) return;
    let span = factsOn.get(p);
    if (!span) {
      span = el('span', { className: 'visually-hidden' });
      factsOn.set(p, span);
      p.append(span);
    }
    const said = span.textContent ? span.textContent.slice(2, -1).split(/(?<=\.) /) : [];
    span.textContent = ` (${[...said, ...facts].join(' ')})`;
  };
  const forgetFacts = () => {
    told = EMPTY_STAGE;
    beforeLine = null;
    lastShown = null;
    pending = [];
  };

  // Each person's card, offered where they first appear; reveal: lines add to it. What a closed card holds is
  // filled just after the paint (a reset's history at once, so the drawn opening and the engine's match).
  const cards = personCards(
    () => playthrough.header.cast,
    (fill) => (quiet ? fill() : afterPaint(() => !destroyed && fill())),
  );

  // What the words bring besides themselves (each person's card, and the stage's facts said in words) is put in
  // just before the frame that first shows the words (`dress`), not between the click and the words: the learner
  // meets it in the same frame, and focus moves there only after it is in. A reset's history is drawn whole at once.
  type Dressing =
    | { kind: 'cue'; cue: StageCue }
    | { kind: 'decision'; decision: DecisionRecord }
    /** A line, its paragraph (null when hidden), and where a hidden line's cards go (null: at the end). */
    | { kind: 'line'; line: StoryLine; p: HTMLElement | null; at: Comment | null }
    | { kind: 'passage-end' }
    /** The company's bow on the end card, before its buttons. */
    | { kind: 'bow'; before: HTMLElement };
  let undressed: Dressing[] = [];
  const dressSlot = {};
  const dressLater = (d: Dressing) => {
    if (quiet) return dressOne(d);
    undressed.push(d);
    if (undressed.length === 1) beforePaint(dressSlot, dress);
  };
  const dress = () => {
    cancelBeforePaint(dressSlot);
    const now = undressed;
    undressed = [];
    if (!destroyed) for (const d of now) dressOne(d);
  };
  const dressOne = (d: Dressing) => {
    switch (d.kind) {
      case 'cue':
        beforeLine ??= told;
        told = foldStage([{ type: 'cue', data: d.cue }], told);
        return;
      case 'decision': {
        // A decision's facts go with the next line shown.
        const next = foldStage([{ type: 'decision', data: d.decision }], told);
        pending.push(...stageFacts(told, next, nameOf));
        told = next;
        lastShown = null;
        return;
      }
      case 'passage-end':
        lastShown = null;
        return;
      case 'line':
        return dressLine(d.line, d.p, d.at);
      case 'bow':
        d.before.before(companyBowFor(playthrough));
        return;
    }
  };
  const dressLine = (line: StoryLine, p: HTMLElement | null, at: Comment | null) => {
    const from = beforeLine ?? told;
    beforeLine = null;
    told = foldStage([{ type: 'line', data: line }], told);
    const facts = stageFacts(from, told, nameOf);
    // A tag-only line can still bring someone on or reveal something: its card goes where the line would be.
    const extras = cards.afterLine(line);
    if (p) p.after(...extras);
    else if (at) {
      const box = at.parentNode;
      at.replaceWith(...extras);
      if (box && !box.firstChild) box.parentNode?.removeChild(box);
    } else if (extras.length) {
      if (!group) transcript.append((group = el('div', { className: 'passage' })));
      group.append(...extras);
    }
    if (p) {
      sayFacts(p, [...pending, ...facts]);
      pending = [];
      lastShown = p;
    } else if (lastShown) sayFacts(lastShown, facts);
    else pending.push(...facts);
  };

  const onLine = (line: StoryLine) => {
    if (line.tags.some((t) => /clear/i.test(t) && splitTag(t).key === 'clear')) {
      clear(transcript);
      group = null;
    }
    const p = renderLine(line);
    // A hidden line with tags may bring a card: its place is kept until it is dressed.
    const at = !p && !quiet && line.tags.length ? document.createComment('') : null;
    if (p || at) {
      if (!group) transcript.append((group = el('div', { className: 'passage' })));
      group.append((p ?? at)!);
    }
    dressLater({ kind: 'line', line, p, at });
    if (p) {
      first ??= p;
      if (!markedFirstText) {
        markedFirstText = true;
        // Once a page: the opening drawn at build time may have put the first words there already.
        if (!performance.getEntriesByName('first-text').length) performance.mark('first-text');
      }
    }
  };

  const onCue = (cue: StageCue) => dressLater({ kind: 'cue', cue });

  const onDecision = (decision: DecisionRecord) => dressLater({ kind: 'decision', decision });

  /** The passage is told: the next line starts a new one. Focus goes to its first new line, or the options. */
  let lastFirst: HTMLElement | null = null;
  const endPassage = () => {
    lastFirst = first;
    const target = first ?? (choiceList.querySelector('button') as HTMLElement | null) ?? heading;
    group = null;
    first = null;
    dressLater({ kind: 'passage-end' });
    // Focus and scrolling move in the frame that first shows the new words, not before the words are in the page:
    // placing focus makes the browser lay the whole page out, which the paint would do anyway a moment later.
    if (!quiet) beforePaint(section, () => !destroyed && focusOn(target));
  };
  const focusOn = (target: HTMLElement) => {
    cancelBeforePaint(section);
    dress();
    // What just happened goes to the top of the window, so nobody scrolls to find it; focus follows without a
    // second jump. Under reduced motion the move is immediate.
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start', behavior: settings().reducedMotion ? 'auto' : 'smooth' });
  };

  // One listener for every option, now and later: a button says which option it is.
  choiceList.addEventListener('click', (e) => {
    const button = (e.target as Element).closest?.('button.choice');
    if (button) take(Number(button.getAttribute('data-index')));
  });
  const onChoices = (choices: ChoicesOffered) => {
    offered = choices;
    choiceArea.hidden = choices.options.length === 0;
    choiceList.replaceChildren(
      ...choices.options.map((choice, i) => {
        const number = document.createElement('span');
        number.className = 'choice-number';
        number.setAttribute('aria-hidden', 'true');
        number.append(`${i + 1}`);
        const text = document.createElement('span');
        text.className = 'choice-text';
        text.append(choice.text);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'choice';
        button.setAttribute('data-index', `${i}`);
        button.append(number, text);
        const item = document.createElement('li');
        item.append(button);
        return item;
      }),
    );
    skipButton.hidden = !choices.canSkip;
    endPassage();
    // While the learner reads the options, the performance works ahead (the decision weighed, the story's tags
    // parsed), so the click has less to do.
    const p = playthrough;
    if (p.readAhead) whileReading((timeLeft) => !destroyed && p === playthrough && p.readAhead!(timeLeft));
  };

  const onEnded = ({ error }: StoryEnded) => {
    offered = null;
    clear(choiceList);
    choiceArea.hidden = true;
    skipButton.hidden = true;
    if (error) {
      // The error panel takes focus itself.
      group = null;
      first = null;
      showError(error);
      return;
    }
    showEnd();
    endPassage();
  };

  const take = (index: number) => {
    const chosen = offered?.options[index];
    if (!chosen) return;
    const said = document.createElement('p');
    said.className = 'chosen';
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.append('You chose: ');
    said.append(hidden, chosen.text);
    transcript.append(said);
    offered = null;
    playthrough.choose(index);
    performance.mark('choice-rendered');
  };

  const showEnd = () => {
    const end = el(
      'div',
      { className: 'end-card' },
      el('h2', { tabindex: '-1' }, 'The curtain falls'),
      el(
        'p',
        {},
        'That is the end of this performance. The curtain call is where you look back at what happened, in your own words.',
      ),
    );
    const debrief = el('button', { type: 'button', className: 'primary' }, 'Take your curtain call');
    debrief.addEventListener('click', () => options.onEnded(playthrough, screen));
    const foyer = el('button', { type: 'button' }, 'Back to the foyer');
    foyer.addEventListener('click', options.onFoyer);
    const buttons = el('div', { className: 'button-row' }, debrief, foyer);
    end.append(buttons);
    transcript.append(end);
    dressLater({ kind: 'bow', before: buttons });
  };

  const showError = (error: StoryRunError) => {
    choiceArea.hidden = true;
    const lastDecision = (place?.path.length ?? 0) > 0;
    showErrorPanel(transcript, {
      storyTitle: story.entry.title,
      // The name the author knows (an opened file plays under an id of its own namespace).
      storyId: story.fileId ?? story.entry.id,
      error,
      canGoBack: lastDecision,
      onBack: () => {
        const save = place!;
        replay(playthrough.storyJson, { ...save, path: save.path.slice(0, -1) });
        announce('You are back at your last decision.');
      },
      onRestart: () => restart(),
      onFoyer: options.onFoyer,
    });
  };

  /** Restart, going back, resuming: the transcript is drawn again from the story so far, then focus moves on. */
  let lastMismatch = false;
  const onReset = (reset: StoryReset) => {
    lastMismatch = reset.mismatch !== null;
    place = reset.save;
    offered = null;
    clear(transcript);
    clear(choiceList);
    // What was waiting to be dressed belonged to the transcript just cleared.
    undressed = [];
    cancelBeforePaint(dressSlot);
    cards.reset();
    forgetFacts();
    group = null;
    first = null;
    lastFirst = null;
    quiet = true;
    try {
      for (const event of reset.events) hear(event);
    } finally {
      quiet = false;
    }
    const target = lastFirst ?? (choiceList.querySelector('button') as HTMLElement | null) ?? heading;
    const stopped = reset.events.some((e) => e.type === 'ended' && e.data.error);
    if (!stopped) focusOn(target);
    if (welcomeBack && !reset.mismatch && !stopped) announce('Welcome back. You are where you left off.');
    welcomeBack = false;
    // A replay the story's limits stopped is the error panel's to explain: the story has not changed.
    if (reset.mismatch && !stopped) {
      announce('This story has changed since your last visit. You are at the last point that still matches.');
      transcript.prepend(
        el(
          'p',
          { className: 'notice', role: 'note' },
          'This story has changed since your last visit, so you are back at the last point that still matches what you chose before.',
        ),
      );
    }
  };

  const hear = (event: StoryEvent) => {
    switch (event.type) {
      case 'line':
        return onLine(event.data);
      case 'cue':
        return onCue(event.data);
      case 'decision':
        return onDecision(event.data);
      case 'choices':
        return onChoices(event.data);
      case 'ended':
        return onEnded(event.data);
      case 'note':
        // Notes are for the facilitator and the debrief; a learner playing alone meets them at the curtain call.
        return;
    }
  };

  // Listeners subscribe once per playthrough: restart, going back and resuming reset it in place. Only a story
  // that changed under the learner (live reload while authoring) needs a new one.
  const bindPlaythrough = (p: StoryPerformance) => {
    playthrough = p;
    for (const member of p.header.cast) castNames.set(member.id, member.name);
    clear(programme);
    programme.append(storyOpening(companyOf(p, story.entry.role)));
    keepAutosaved(p.events);
    p.events.on('line', onLine);
    p.events.on('cue', onCue);
    p.events.on('decision', onDecision);
    p.events.on('choices', onChoices);
    p.events.on('ended', onEnded);
    p.events.on('save', (save) => {
      place = save;
      clock?.step();
    });
    p.events.on('reset', () => clock?.reset());
    p.events.on('reset', onReset);
    restartStage();
  };

  const performanceListeners = new Set<(p: StoryPerformance) => void>();
  const replay = (json: string, save: SaveEnvelope, hash?: string): { mismatch: boolean } => {
    const at = { ...save, storyHash: hash ?? story.entry.hash };
    const replaced = !playthrough || playthrough.storyJson !== json;
    if (replaced) bindPlaythrough(performStory(story, json, at.storyHash));
    playthrough.reset(at);
    if (replaced) for (const listener of performanceListeners) listener(playthrough);
    // Known at once on this thread; a worker's reset says so a moment later, in onReset.
    return { mismatch: lastMismatch };
  };

  const restart = () => {
    clearAutosave(story.entry.id);
    markStarted(story.entry.id);
    clock?.restart();
    replay(playthrough.storyJson, {
      format: 1,
      storyId: story.entry.id,
      storyHash: story.entry.hash,
      seed: 0,
      path: [],
    });
    announce('The story has started again.');
  };

  const showStageBox = (shown: boolean) => {
    stageBox.hidden = !shown;
    if (!destroyed) markStageShown(shown);
  };
  let stageGeneration = 0;
  const restartStage = () => {
    stage?.destroy();
    stage = null;
    const generation = ++stageGeneration;
    if (!settings().stage) {
      showStageBox(false);
      return;
    }
    showStageBox(true);
    const p = playthrough;
    // The stage is loaded after the first words are on screen, so it never delays reading.
    window.setTimeout(async () => {
      if (destroyed || p !== playthrough) return;
      try {
        const load = stageModules['../stage/startStage.ts'];
        if (!load) return;
        const { startStage } = await load();
        if (destroyed || p !== playthrough || generation !== stageGeneration) return;
        // The lines already shown happened before the stage existed: it replays them without movement.
        const started = await startStage(stageBox, stageAfterWords({ events: p.events, cast: p.header.cast }), {
          reducedMotion: settings().reducedMotion,
          sofar: p.sofar.events,
        });
        // The stage switched off (and on again), another story bound, or the screen left while it was booting: a
        // newer stage, or none, is wanted now, and this one would otherwise keep running unseen beside it.
        if (destroyed || p !== playthrough || generation !== stageGeneration) {
          started.destroy();
          return;
        }
        stage = started;
      } catch {
        showStageBox(false);
      }
    }, 0);
  };

  skipButton.addEventListener('click', () => {
    if (!offered?.canSkip) return;
    offered = null;
    // Said before the next scene's lines arrive, so it stands between the two scenes.
    const notice = el('p', { className: 'notice' }, 'You skipped the rest of that scene.');
    transcript.append(notice);
    if (playthrough.skipScene()) announce('Scene skipped.');
    else notice.remove();
  });
  // Starting again is one click, and so is taking it back: the place the learner had is kept until the next choice.
  restartButton.addEventListener('click', () => {
    const previous = place ?? playthrough.sofar.save;
    const startedBefore = startedAt(story.entry.id);
    const playedBefore = activeTimeOf(story.entry.id);
    restart();
    if (previous.path.length === 0) return;
    const undo = el('button', { type: 'button', 'data-undo-restart': '' }, 'Undo: go back to where I was');
    undo.addEventListener('click', () => {
      if (startedBefore !== null) markStarted(story.entry.id, startedBefore);
      clock?.restore(playedBefore);
      replay(playthrough.storyJson, previous);
      announce('You are back where you were.');
    });
    transcript.prepend(
      el('p', { className: 'notice undo-notice', role: 'note' }, 'The story has started again. ', undo),
    );
  });
  foyerButton.addEventListener('click', options.onFoyer);

  // Number keys pick a choice, only while focus is in the story and only if the learner has them on (WCAG 2.1.4).
  const onKey = (e: KeyboardEvent) => {
    if (!settings().shortcuts || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (!target || !section.contains(target) || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (!/^[1-9]$/.test(e.key)) return;
    const i = Number(e.key) - 1;
    if (offered && i < offered.options.length) {
      e.preventDefault();
      take(i);
    }
  };
  document.addEventListener('keydown', onKey);

  // Settings apply live: the stage comes and goes with its switch; movement follows the motion setting.
  let stageOn = settings().stage;
  const offSettings = onSettingsChange((s) => {
    if (s.stage !== stageOn) {
      stageOn = s.stage;
      restartStage();
    } else stage?.setReducedMotion(s.reducedMotion);
  });

  const screen: PlayScreen = {
    get playthrough() {
      return playthrough;
    },
    replay,
    onPerformance(listener) {
      performanceListeners.add(listener);
      listener(playthrough);
      return () => performanceListeners.delete(listener);
    },
    companyBow: () => companyBowFor(playthrough),
    destroy() {
      destroyed = true;
      clock?.stop();
      markStageShown(false);
      cancelBeforePaint(section);
      cancelBeforePaint(dressSlot);
      document.removeEventListener('keydown', onKey);
      offSettings();
      setCurrentPlay(null);
      stage?.destroy();
      playthrough?.close?.();
    },
  };

  // Saved places and "save to a file" need to know what is being played.
  setCurrentPlay({
    title: story.entry.title,
    place: () => {
      const save = place ?? playthrough.sofar.save;
      return { save, moment: lastMomentOf(playthrough.log.decisions, save) };
    },
  });

  const initial: SaveEnvelope = options.resumeFrom ?? {
    format: 1,
    storyId: story.entry.id,
    storyHash: story.entry.hash,
    seed: 0,
    path: [],
  };
  if (initial.path.length === 0) markStarted(story.entry.id);
  clock = countActiveTime(story.entry.id, initial.path.length === 0);
  welcomeBack = initial.path.length > 0 && !!options.resumeFrom && !options.toCurtainCall;
  replay(story.json, initial);
  if (!options.resumeFrom || options.resumeFrom.path.length === 0) {
    // A fresh start: focus the first line so reading starts with the story, not the controls.
    (transcript.querySelector('p') as HTMLElement | null)?.focus();
  }
  return screen;
}

/** Tonight's company: the Audience (whom the story's moves are about), then everyone else in the cast. */
function companyOf(playthrough: StoryPerformance, role: string): Company {
  const audience = storyAudience(playthrough.storyJson);
  const cast = playthrough.header.cast;
  const name = (id: string) => cast.find((c) => c.id === id)?.name ?? id;
  return {
    role: role || playthrough.header.role,
    audience: audience.map(name),
    others: cast.filter((c) => !audience.includes(c.id)).map((c) => c.name),
  };
}

/** The bow: everyone who came on stage, and the people the learner's decisions were with or for. */
function companyBowFor(playthrough: StoryPerformance): HTMLElement {
  const cast = playthrough.header.cast;
  const name = (id: string) => cast.find((c) => c.id === id)?.name ?? id;
  const sofar = playthrough.sofar.events;
  const met = foldStage(sofar).met;
  const about = new Set(sofar.flatMap((e) => (e.type === 'decision' ? e.data.acts.map((a) => a.target) : [])));
  return companyBow({
    bowing: met.map(name),
    spokenWithOrFor: met.filter((id) => about.has(id)).map(name),
  });
}
