// Play a shipped story by what each option does (its moves), not by its wording or position, so story tests keep
// asserting the same verdicts when an author rewords or reorders options. Pacing choices are taken as they come.
// Where two options make the same moves (two different ways of deciding for someone), a RegExp among the picks
// tells them apart by a word of their text.
// (playStory.ts plays by the words of the options; this file by what they do. Both share its compiled stories.)
import { Playthrough } from '../../../src/engine/playthrough';
import { followPassage, type HeardPassage } from '../../../src/engine/heardPassage';
import type { ActName, DecisionRecord, MoveSpec } from '../../../src/engine/types';
import { storyJson } from './playStory';

/** "relay samir source=inferred self_focus": one move as an author would write it after `move:`. */
function moveText(m: MoveSpec): string {
  const params = Object.entries(m.params).map(([k, v]) => `${k}=${v}`);
  return [m.move, m.target ?? '', ...params, ...m.flags].filter((s) => s !== '').join(' ');
}

/** A move as written after `move:`, or a RegExp the option's text must match. */
export type Pick = string | RegExp;

export interface OptionOnOffer {
  text: string;
  moves: string[];
}

export interface Outcome {
  acts: ActName[];
  voice: number;
  power: number;
  courage: number;
}

export class StoryWalk {
  readonly pt: Playthrough;
  passage: HeardPassage;
  private readonly heard: { now(): HeardPassage };
  /** Every line the learner has read so far, pacing passages included (what a story test can check facts in). */
  readonly shown: string[] = [];
  /** Who said each line of `shown` (its `speaker:` tag, or null for narration), index for index. */
  private readonly speakers: (string | null)[] = [];

  constructor(readonly id: string) {
    this.pt = new Playthrough(storyJson(id), { storyId: id });
    this.heard = followPassage(this.pt);
    this.pt.start();
    this.passage = this.pacePast(this.heard.now());
  }

  /** The options of the decision now on offer, each with its moves. */
  options(): OptionOnOffer[] {
    return this.pt.optionsOnOffer.map((o) => ({ text: o.text, moves: o.moves.map(moveText) }));
  }

  /** True when some option on offer carries exactly these moves (in any order). */
  offers(...moves: Pick[]): boolean {
    return this.find(moves) !== -1;
  }

  /** Take the option that carries exactly these moves; returns its decision record. */
  take(...moves: Pick[]): DecisionRecord {
    const i = this.index(moves);
    const before = this.pt.log.decisions.length;
    this.pt.choose(i);
    this.passage = this.pacePast(this.heard.now());
    const record = this.pt.log.decisions[before];
    if (!record) throw new Error(`${this.id}: [${moves.map(String).join(' + ')}] was not a decision`);
    return record;
  }

  /** What the option carrying these moves would score here (base scores), without taking it. */
  wouldScore(...moves: Pick[]): Outcome {
    const here = this.pt.snapshot();
    const passage = this.passage;
    const read = this.shown.length;
    const record = this.take(...moves);
    const outcome = {
      acts: record.acts.map((a) => a.act),
      voice: record.base.voice,
      power: record.base.power,
      courage: record.base.courage,
    };
    this.pt.restore(here);
    this.passage = passage;
    this.shown.length = read;
    this.speakers.length = read;
    return outcome;
  }

  /** Who said the last line read with exactly this text (null for narration; undefined if no such line). */
  speakerOf(text: string): string | null | undefined {
    const i = this.shown.lastIndexOf(text);
    return i === -1 ? undefined : this.speakers[i];
  }

  /** Everyone on stage now. */
  present(): string[] {
    const people = this.pt.sceneContext.people;
    return Object.keys(people).filter((id) => people[id]!.present);
  }

  get ended(): boolean {
    return this.passage.ended;
  }

  private find(picks: Pick[]): number {
    const want = picks
      .filter((p): p is string => typeof p === 'string')
      .sort()
      .join(' + ');
    const texts = picks.filter((p): p is RegExp => p instanceof RegExp);
    return this.options().findIndex(
      (o) => [...o.moves].sort().join(' + ') === want && texts.every((t) => t.test(o.text)),
    );
  }

  private index(moves: Pick[]): number {
    const i = this.find(moves);
    if (i === -1) {
      const on = this.options().map((o) => `[${o.moves.join(' + ')}]`);
      throw new Error(`${this.id}: no option with [${moves.map(String).join(' + ')}]; on offer: ${on.join(' ')}`);
    }
    return i;
  }

  private hear(p: HeardPassage): void {
    this.speakers.length = this.shown.length; // a test may cut `shown` back to re-read from a point
    this.shown.push(...p.lines.map((l) => l.text));
    this.speakers.push(...p.lines.map((l) => l.speaker));
  }

  private pacePast(passage: HeardPassage): HeardPassage {
    let p = passage;
    this.hear(p);
    while (!p.ended && !p.error && p.choices.length > 0 && !p.isDecision) {
      this.pt.choose(0);
      p = this.heard.now();
      this.hear(p);
    }
    if (p.error) throw new Error(`${this.id}: ${p.error.message}`);
    return p;
  }
}
