// What the lead hands the curtain call, and what its parts share while it is open.
import type { DecisionLog, StoryHeader } from '../../engine/debrief/debriefSources';
import type { AnswersPatch, DebriefAnswers } from '../../engine/debrief/debriefAnswers';
import type { AnswerStorage } from '../answerStore';
import type { CommitmentList } from '../../engine/debrief/commitmentMenu';
import type { PromptLibrary } from '../../engine/debrief/promptLibrary';
import type { ScriptCard } from '../../engine/debrief/scriptCardPick';
import type { SelectedPrompt } from '../../engine/debrief/selectPrompts';
import type { CurtainCallAsRead } from '../../engine/debrief/curtainCallAsRead';
import type { Standards } from '../../engine/debrief/standards';
import type { SaveEnvelope } from '../../engine/types';
import type { StoryCopy } from '../../engine/debrief/exploreBranch';

export interface DebriefInput {
  storyId: string;
  /** The compiled story, for What if copies. */
  storyJson: string;
  /**
   * Where What if plays its copies: in a worker for a story file opened from disk (ui/performStory.ts). Without
   * it, on this thread.
   */
  copyOfStory?: StoryCopy;
  header: StoryHeader;
  log: DecisionLog;
  /** The record's save: What if replays copies of its path and never changes it. */
  save: SaveEnvelope;
  /** Defaults to src/content/scriptCards.json. */
  scriptCards?: ScriptCard[];
  /** Defaults to src/content/prompts.json. */
  promptLibrary?: PromptLibrary;
  /** Defaults to src/content/commitments.json. */
  commitments?: CommitmentList;
  /** Defaults to src/content/standards.json. */
  standards?: Standards;
  endedAt: number;
  /** The time the story was played (ui/autosave.ts countActiveTime), or null when none was kept. */
  activeMs?: number | null;
  /** Played in a facilitated group (participatory CPD) rather than alone. */
  participatory: boolean;
  /**
   * Which part to open at (a part's id, DebriefPartId): the one the learner last had open, or their Record when they
   * come back to it from the foyer. None, or one this curtain call lacks, opens at the start.
   */
  openAt?: string;
  /** A part has been shown (its id), so the game can keep where the learner is in the curtain call. */
  onPartShown?(part: DebriefPartId): void;
  /** Which playthrough this is (answerStore's playthroughName): its answers are kept apart from every other's. */
  playthrough: string;
  /** Where answers are kept on the device (the game's deviceStorage()). */
  storage: AnswerStorage & { clearAll(): void };
  /** The organisation-editable support file, e.g. "config/support.json". */
  supportUrl: string;
  /** The learner has finished (or left) the curtain call. */
  onExit(): void;
  /** The learner has opened the Record, the last part (the completion point for an LMS). */
  onRecordReached?(): void;
  /** Called after "Delete everything" has cleared storage, so the game can forget what it holds in memory. */
  onDeletedEverything?(): void;
  /** The clock, for tests. */
  now?(): number;
}

/** What every part of the curtain call shares. */
export interface DebriefContext {
  input: DebriefInput;
  library: PromptLibrary;
  commitments: CommitmentList;
  standards: Standards;
  scriptCards: ScriptCard[];
  /** The reflective questions this curtain call asks (fixed for this playthrough by its rotation), named as read. */
  prompts: SelectedPrompt[];
  /** What happened, the airtime picture and the questions, each person named in full where first named. */
  asRead: CurtainCallAsRead;
  /** A unique id for an element in this curtain call. */
  id(name: string): string;
  answers(): DebriefAnswers;
  /** Keep a change on the device now. */
  save(patch: AnswersPatch): void;
  /** The device is keeping what the learner writes (false once it has refused, or never could). */
  deviceKeeps(): boolean;
  /** Open What happened at one decision (the bands link here). */
  goToMoment(decisionIndex: number): void;
  /** Today as yyyy-mm-dd in the learner's time zone. */
  today(): string;
  now(): number;
  /** Run when the curtain call closes. */
  onDestroy(cleanup: () => void): void;
  /** Run after "Delete everything", once the boxes are empty again. */
  onReset(reset: () => void): void;
  /** Delete every answer (and, through the game's storage, everything else the game keeps). */
  deleteEverything(): void;
}

/** One part of the curtain call: its title and its content. */
/** Which part this is: the curtain call finds its parts by this, never by a title a writer may reword. */
type DebriefPartId = 'pause' | 'what-happened' | 'so-what' | 'questions' | 'what-if' | 'now-what' | 'record';

export interface DebriefPart {
  id: DebriefPartId;
  title: string;
  body: HTMLElement;
  /** Called each time the part is shown. */
  onShow?(): void;
}
