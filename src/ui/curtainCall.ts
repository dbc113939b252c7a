// The curtain call: after the ending, the debrief, read only from the engine's decision log so that it works for
// every story, including ones authors write later.
import type { StoryPerformance } from '../engine/storyPerformance';
import type { PlayScreen } from './playScreen';
import type { LoadedStory } from './storySource';
import { announce, clear } from './dom';
import { deviceStorage } from './deviceStorage';
import { activeTimeOf, curtainCallPart, endedAt, keepCurtainCallPart, startedAt } from './autosave';
import { mountDebrief } from './debrief/mountDebrief';
import { answerBook, playthroughName } from './answerStore';
import { followUpWaits } from '../engine/debrief/debriefAnswers';
import { isoDay } from './debrief/readableDate';
import { recordReached } from '../lms/recordReached';
import { performStory } from './performStory';

export interface CurtainCallOptions {
  root: HTMLElement;
  story: LoadedStory;
  playthrough: StoryPerformance;
  screen: PlayScreen;
  onFoyer(): void;
  /** Played in a facilitated group (participatory CPD). */
  participatory?: boolean;
  /**
   * The learner came back to this curtain call (the foyer's way back, a reload): it opens at the part they were on,
   * or at the Record, the last part, where no part was kept or the day they set to look back has come.
   */
  comingBack?: boolean;
}

export function showCurtainCall(o: CurtainCallOptions): { destroy(): void } {
  o.screen.destroy();
  clear(o.root);
  const id = o.story.entry.id;
  const end = endedAt(o.playthrough.save);
  const started = startedAt(id) ?? end;
  const playthrough = playthroughName(started);
  // After the day set to look back, "What happened when I tried it" waits in the Record: coming back opens there.
  const toRecord = followUpWaits(answerBook(deviceStorage(), id).read(playthrough), isoDay(new Date()));
  const leftAt = toRecord ? null : curtainCallPart(id);
  const mounted = mountDebrief(o.root, {
    storyId: id,
    storyJson: o.playthrough.storyJson,
    // An opened file's What if copies play in workers of their own, like its performance.
    copyOfStory: () => performStory(o.story, o.playthrough.storyJson, o.playthrough.save.storyHash),
    // The title the learner saw on the playbill and the play screen (an opened file may name itself).
    header: { ...o.playthrough.header, title: o.story.entry.title },
    log: o.playthrough.log,
    save: o.playthrough.save,
    // Answers belong to this playthrough (named by when it started), never to a path or a build of the story.
    playthrough,
    endedAt: end,
    // Read after the screen has gone (destroy above stops the clock), so the debrief's own time is never in it.
    activeMs: activeTimeOf(id)?.ms ?? null,
    participatory: o.participatory ?? false,
    openAt: o.comingBack ? (leftAt ?? 'record') : undefined,
    onPartShown: (part) => keepCurtainCallPart(o.playthrough.save, part),
    storage: deviceStorage(),
    supportUrl: 'config/support.json',
    onExit: () => {
      mounted.destroy();
      o.onFoyer();
    },
    onRecordReached: () => recordReached(id),
  });
  // The frame closes as it opened: the company takes a bow before the learner looks back.
  o.root.querySelector('.debrief-title')?.after(o.screen.companyBow());
  // Focus lands on a heading, which says where but not that this is the curtain call the learner left: said once,
  // politely, as the play screen says it when a story opens where the learner left off.
  if (o.comingBack) announce(welcomeBack(toRecord, leftAt !== null));
  return mounted;
}

/** What a screen reader hears when the curtain call opens again (a reload, the foyer's way back, another day). */
function welcomeBack(followUpWaits: boolean, wherePartWasKept: boolean): string {
  if (wherePartWasKept) return 'Welcome back. Your curtain call is open where you left off.';
  if (followUpWaits)
    return 'Welcome back. Your curtain call is open at its last part, Record, to add what happened when you tried it.';
  return 'Welcome back. Your curtain call is open at its last part, Record.';
}
