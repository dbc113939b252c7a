// The play screen: story text as paragraphs, choices as buttons, the stage drawn above once the words are there.
// Focus moves to the first new paragraph after a choice (the text is not in a live region, so a screen reader
// does not hear it twice); status messages go to the polite live region.
import { Playthrough, type Passage } from '../engine/playthrough';
import { splitTag } from '../engine/contract/index.ts';
import type { SaveEnvelope, StoryLine } from '../engine/types';
import type { LoadedStory } from './storySource';
import { announce, clear, el } from './dom';
import { writeAutosave, clearAutosave, markStarted, startedAt } from './autosave';
import { showErrorPanel } from './errorPanel';
import { onSettingsChange, settings } from './settings';
import { setCurrentPlay } from './currentPlay';
import { rereadButton } from './rereadPassage';
import { speakerLabel } from './speakerLabel';
import { companyBow, storyOpening, type Company } from './theatreFrame';
import { storyAudience } from '../engine/storyAudience';
import { foldStage } from '../stage/followStory';
import { stageSourceFor } from './stageFeed';
import { stageAfterWords } from './stageAfterWords';
import { stageFacts } from './stageFacts';
import { EMPTY_STAGE, type StageState } from '../stage/stageState';
import { personCards } from './personCards';

export interface PlayScreenOptions {
  root: HTMLElement;
  story: LoadedStory;
  /** A save to resume from (replayed through the runner). */
  resumeFrom?: SaveEnvelope | null;
  onFoyer(): void;
  onEnded(playthrough: Playthrough, screen: PlayScreen): void;
}

export interface PlayScreen {
  playthrough: Playthrough;
  /** Replace the story (live reload, or going back one decision) and replay the given path. */
  replay(json: string, save: SaveEnvelope, hash?: string): { mismatch: boolean };
  /** The company's bow, for the curtain call: everyone who came on, and whom the learner spoke with and for. */
  companyBow(): HTMLElement;
  destroy(): void;
}

let markedFirstText = false;

type StageModule = typeof import('../stage/startStage');
type StageHistoryItem = import('../stage/startStage').StageHistoryItem;
// Phaser is loaded lazily, after the first words are on screen; a glob keeps it out of the first bundle.
const stageModules = import.meta.glob<StageModule>('../stage/startStage.ts');

export function startPlay(options: PlayScreenOptions): PlayScreen {
  const { root, story } = options;
  clear(root);
  const castNames = new Map<string, string>();

  const transcript = el('div', { className: 'transcript', 'aria-label': 'Story so far', role: 'region' });
  const choiceList = el('ol', { className: 'choices', 'aria-labelledby': 'choices-heading' });
  const choiceArea = el(
    'div',
    { className: 'choice-area', hidden: true },
    el('h2', { id: 'choices-heading', className: 'choices-heading' }, 'What do you do?'),
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
    { className: 'play', 'aria-labelledby': 'play-title' },
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

  let playthrough!: Playthrough;
  let stage: { destroy(): void; setReducedMotion(on: boolean): void } | null = null;
  let destroyed = false;

  const nameOf = (id: string) => (id === 'you' ? 'You' : (castNames.get(id) ?? id));

  const renderLine = (line: StoryLine): HTMLElement | null => {
    if (line.tags.some((t) => splitTag(t).key === 'clear')) clear(transcript);
    if (line.hidden) return null;
    const p = el('p', { className: line.speaker ? 'line spoken' : 'line', tabindex: '-1' });
    const label = speakerLabel(line, nameOf);
    if (label) {
      // Whom the line is said to, which the stage shows by turning the speaker, is said to a screen reader too.
      const to = line.to
        ? el('span', { className: 'visually-hidden' }, `, to ${line.to === 'you' ? 'you' : nameOf(line.to)}`)
        : '';
      p.append(el('span', { className: 'speaker' }, label, to, ': '));
    }
    if (line.speaker === 'you') p.classList.add('you');
    p.append(document.createTextNode(line.text));
    const facts = factsOf.get(line);
    if (facts) p.append(el('span', { className: 'visually-hidden' }, ` (${facts.join(' ')})`));
    return p;
  };

  /** Every line and decision so far, hidden lines included, so a stage that starts late can catch up. */
  const stageHistory: StageHistoryItem[] = [];
  /** The stage's facts as the text has said them, and what to say with which line. */
  let told: StageState = EMPTY_STAGE;
  let factsOf = new WeakMap<object, string[]>();
  let lastShown: object | null = null;
  let pending: string[] = [];
  const remember = (item: StageHistoryItem) => {
    stageHistory.push(item);
    if ('decision' in item) lastShown = null;
    const next = foldStage([item], told);
    const facts = stageFacts(told, next, nameOf);
    told = next;
    if (!('line' in item) || (item.line.hidden && lastShown === null)) {
      // A decision's facts go with the next line shown.
      pending.push(...facts);
      return;
    }
    const line = item.line.hidden ? lastShown! : item.line;
    if (!item.line.hidden) lastShown = item.line;
    const all = [...(factsOf.get(line) ?? []), ...pending, ...facts];
    pending = [];
    if (all.length) factsOf.set(line, all);
  };
  const forget = () => {
    stageHistory.length = 0;
    told = EMPTY_STAGE;
    factsOf = new WeakMap();
    lastShown = null;
    pending = [];
  };

  // Each person's card, offered where they first appear; reveal: lines add to it.
  const cards = personCards(() => playthrough.header.cast);

  /** Show a passage's lines; returns the first new paragraph (for focus). */
  const renderPassage = (passage: Passage): HTMLElement | null => {
    let first: HTMLElement | null = null;
    const group = el('div', { className: 'passage' });
    for (const line of passage.lines) {
      const p = renderLine(line);
      // A tag-only line can still bring someone on or reveal something: its card goes where the line would be.
      const extras = cards.afterLine(line);
      if (p) group.append(p);
      group.append(...extras);
      if (!p) continue;
      first ??= p;
    }
    if (group.childNodes.length) transcript.append(group);
    if (!markedFirstText && first) {
      markedFirstText = true;
      // Once a page: the opening drawn at build time may have put the first words there already.
      if (!performance.getEntriesByName('first-text').length) performance.mark('first-text');
    }
    return first;
  };

  const renderChoices = (passage: Passage) => {
    clear(choiceList);
    choiceArea.hidden = passage.choices.length === 0;
    passage.choices.forEach((choice, i) => {
      const button = el(
        'button',
        { type: 'button', className: 'choice', 'data-index': i },
        el('span', { className: 'choice-number', 'aria-hidden': 'true' }, `${i + 1}`),
        el('span', { className: 'choice-text' }, choice.text),
      );
      button.addEventListener('click', () => take(i));
      choiceList.append(el('li', {}, button));
    });
    skipButton.hidden = playthrough.nextScene() === null || passage.ended || !!passage.error;
  };

  const afterPassage = (passage: Passage, first: HTMLElement | null, focus: boolean) => {
    renderChoices(passage);
    if (passage.error) {
      showError(passage);
      return;
    }
    if (passage.ended) {
      choiceArea.hidden = true;
      showEnd();
    }
    if (focus) {
      const target = first ?? (choiceList.querySelector('button') as HTMLElement | null) ?? heading;
      // What just happened goes to the top of the window, so nobody scrolls to find it; focus follows without a
      // second jump. Under reduced motion the move is immediate.
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: 'start', behavior: settings().reducedMotion ? 'auto' : 'smooth' });
    } else first?.scrollIntoView?.({ block: 'nearest' });
  };

  const take = (index: number) => {
    const passage = playthrough.passage;
    if (!passage || index >= passage.choices.length) return;
    const chosen = passage.choices[index];
    transcript.append(
      el('p', { className: 'chosen' }, el('span', { className: 'visually-hidden' }, 'You chose: '), chosen.text),
    );
    const next = playthrough.choose(index);
    const first = renderPassage(next);
    performance.mark('choice-rendered');
    afterPassage(next, first, true);
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
    end.append(companyBowFor(playthrough, stageHistory), el('div', { className: 'button-row' }, debrief, foyer));
    transcript.append(end);
  };

  const showError = (passage: Passage) => {
    choiceArea.hidden = true;
    const lastDecision = playthrough.save.path.length > 0;
    showErrorPanel(transcript, {
      storyTitle: story.entry.title,
      // The name the author knows (an opened file plays under an id of its own namespace).
      storyId: story.fileId ?? story.entry.id,
      error: passage.error!,
      canGoBack: lastDecision,
      onBack: () => {
        const save = playthrough.save;
        replay(playthrough.storyJson, { ...save, path: save.path.slice(0, -1) });
        announce('You are back at your last decision.');
      },
      onRestart: () => restart(),
      onFoyer: options.onFoyer,
    });
  };

  // Listeners subscribe once per playthrough: restart, going back and resuming reset it in place. Only a story
  // that changed under the learner (live reload while authoring) needs a new one.
  const bindPlaythrough = (p: Playthrough) => {
    playthrough = p;
    for (const member of p.header.cast) castNames.set(member.id, member.name);
    clear(programme);
    programme.append(storyOpening(companyOf(p, story.entry.role)));
    p.events.on('save/changed', (save) => {
      if (!p.replaying) writeAutosave(save);
      // A new passage is coming: a tag-only line in it belongs with its own lines, not the last one shown.
      lastShown = null;
    });
    const feed = stageSourceFor(p);
    // While a reset replays the path the history is rebuilt below from what the replay produced.
    const live = (item: StageHistoryItem) => {
      if (!p.replaying) remember(item);
    };
    feed.on('story/line', (line) => live({ line }));
    feed.on('story/decision', (decision) => live({ decision }));
    feed.on('story/ended', () => live({ ended: true }));
  };

  const replay = (json: string, save: SaveEnvelope, hash?: string): { mismatch: boolean } => {
    const place = { ...save, storyHash: hash ?? story.entry.hash };
    let result: { playthrough: Playthrough; passages: Passage[]; mismatch: unknown };
    if (playthrough && playthrough.storyJson === json) result = { playthrough, ...playthrough.reset(place) };
    else {
      result = Playthrough.resume(json, place, { storyId: story.entry.id, storyHash: place.storyHash });
      bindPlaythrough(result.playthrough);
    }
    clear(transcript);
    cards.reset();
    forget();
    for (const item of replayedHistory(result.passages, result.playthrough)) remember(item);
    let first: HTMLElement | null = null;
    for (const passage of result.passages) first = renderPassage(passage) ?? first;
    writeAutosave(result.playthrough.save);
    afterPassage(result.playthrough.passage!, first, true);
    restartStage();
    if (result.mismatch) {
      announce('This story has changed since your last visit. You are at the last point that still matches.');
      transcript.prepend(
        el(
          'p',
          { className: 'notice', role: 'note' },
          'This story has changed since your last visit, so you are back at the last point that still matches what you chose before.',
        ),
      );
    }
    return { mismatch: result.mismatch !== null };
  };

  const restart = () => {
    clearAutosave(story.entry.id);
    markStarted(story.entry.id);
    replay(playthrough.storyJson, {
      format: 1,
      storyId: story.entry.id,
      storyHash: story.entry.hash,
      seed: 0,
      path: [],
    });
    announce('The story has started again.');
  };

  let stageGeneration = 0;
  const restartStage = () => {
    stage?.destroy();
    stage = null;
    const generation = ++stageGeneration;
    if (!settings().stage) {
      stageBox.hidden = true;
      return;
    }
    stageBox.hidden = false;
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
        stage = await startStage(stageBox, stageAfterWords(stageSourceFor(p)), {
          reducedMotion: settings().reducedMotion,
          sofar: [...stageHistory],
        });
      } catch {
        stageBox.hidden = true;
      }
    }, 0);
  };

  skipButton.addEventListener('click', () => {
    const next = playthrough.skipScene();
    if (!next) return;
    transcript.append(el('p', { className: 'notice' }, 'You skipped the rest of that scene.'));
    afterPassage(next, renderPassage(next), true);
    announce('Scene skipped.');
  });
  // Starting again is one click, and so is taking it back: the place the learner had is kept until the next choice.
  restartButton.addEventListener('click', () => {
    const previous = playthrough.save;
    const startedBefore = startedAt(story.entry.id);
    restart();
    if (previous.path.length === 0) return;
    const undo = el('button', { type: 'button', 'data-undo-restart': '' }, 'Undo: go back to where I was');
    undo.addEventListener('click', () => {
      if (startedBefore !== null) markStarted(story.entry.id, startedBefore);
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
    const passage = playthrough.passage;
    if (passage && !passage.ended && !passage.error && i < passage.choices.length) {
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
    companyBow: () => companyBowFor(playthrough, stageHistory),
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      offSettings();
      setCurrentPlay(null);
      stage?.destroy();
    },
  };

  // Saved places and "save to a file" need to know what is being played.
  setCurrentPlay({ title: story.entry.title, playthrough: () => playthrough });

  const initial: SaveEnvelope = options.resumeFrom ?? {
    format: 1,
    storyId: story.entry.id,
    storyHash: story.entry.hash,
    seed: 0,
    path: [],
  };
  if (initial.path.length === 0) markStarted(story.entry.id);
  const { mismatch } = replay(story.json, initial);
  if (options.resumeFrom && options.resumeFrom.path.length && !mismatch)
    announce('Welcome back. You are where you left off.');
  if (!options.resumeFrom || options.resumeFrom.path.length === 0) {
    // A fresh start: focus the first line so reading starts with the story, not the controls.
    (transcript.querySelector('p') as HTMLElement | null)?.focus();
  }
  return screen;
}

/**
 * What a resumed playthrough did, in order, for the stage: each passage's lines, with the decision that led to the
 * next passage between them (a decision's `pathIndex` is the step of the save's path it was).
 */
function replayedHistory(passages: readonly Passage[], playthrough: Playthrough): StageHistoryItem[] {
  const byStep = new Map(playthrough.log.decisions.map((d) => [d.pathIndex, d]));
  const items: StageHistoryItem[] = [];
  passages.forEach((passage, i) => {
    const decision = i > 0 ? byStep.get(i - 1) : undefined;
    if (decision) items.push({ decision });
    for (const line of passage.lines) items.push({ line });
    if (passage.ended) items.push({ ended: true });
  });
  return items;
}

/** Tonight's company: the Audience (whom the story's moves are about), then everyone else in the cast. */
function companyOf(playthrough: Playthrough, role: string): Company {
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
function companyBowFor(playthrough: Playthrough, history: readonly StageHistoryItem[]): HTMLElement {
  const cast = playthrough.header.cast;
  const name = (id: string) => cast.find((c) => c.id === id)?.name ?? id;
  const met = foldStage(history).met;
  const about = new Set(playthrough.log.decisions.flatMap((d) => d.acts.map((a) => a.target)));
  return companyBow({
    bowing: met.map(name),
    spokenWithOrFor: met.filter((id) => about.has(id)).map(name),
  });
}
