// Work done while the learner reads (issue 20: a choice as fast as a plain ink player's): the decision on offer
// worked out ahead (Playthrough.foresee), the passage after each option played ahead on a copy of ink's state
// (Playthrough.readAhead, PlayedStory.playAhead) and every tag of the story read ahead (CompiledStory.tagTexts)
// must change nothing a listener hears, the log says or ink holds; they only move work off the click.
import fs from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../../src/ink/compileInk';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { Playthrough } from '../../../src/engine/playthrough';
import { StoryRunner } from '../../../src/engine/storyRunner';
import { compileSource } from '../../support/compileSource';
import { compiledStory } from '../../../src/engine/compiledStory';
import { seededRandom } from '../../../src/engine/seededRandom';
import { followPassage } from '../../../src/engine/heardPassage';
import type { StoryEvent } from '../../../src/engine/storyEvents';

const S1 = compileInk(readStoryFiles('stories'), 'sitting-in-reception.ink').json!;

/** A seeded walk through S1; `ahead` asks for the decision to be worked out before each choice. */
function walk(seed: number, ahead: boolean): { heard: StoryEvent[]; log: string; tags: string[] } {
  const random = seededRandom(seed);
  const p = new Playthrough(S1, { storyId: 'sitting-in-reception' });
  const heard: StoryEvent[] = [];
  for (const type of ['line', 'cue', 'note', 'decision', 'choices', 'ended'] as const)
    p.events.on(type, (data) => heard.push({ type, data } as StoryEvent));
  const passage = followPassage(p);
  p.start();
  while (!passage.now().ended && !passage.now().error) {
    if (ahead) {
      p.foresee();
      p.foresee();
    }
    p.choose(Math.floor(random() * passage.now().choices.length));
  }
  const tags = heard.flatMap((e) => (e.type === 'line' ? e.data.tags : []));
  return { heard, log: JSON.stringify(p.log), tags };
}

describe('reading ahead while the learner reads', () => {
  it('a decision worked out ahead is told and logged exactly as one worked out at the click', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const atClick = walk(seed, false);
      const ahead = walk(seed, true);
      expect(ahead.heard).toEqual(atClick.heard);
      expect(ahead.log).toBe(atClick.log);
      expect(ahead.heard.some((e) => e.type === 'decision')).toBe(true);
    }
  });

  it('a decision worked out ahead and then left (going back) is never used for another place', () => {
    const p = new Playthrough(S1, { storyId: 'sitting-in-reception' });
    const passage = followPassage(p);
    p.start();
    while (!passage.now().isDecision) p.choose(0);
    const atDecision = p.save;
    expect(passage.now().choices.length).toBeGreaterThan(1);
    p.foresee();
    p.choose(0);
    while (!passage.now().isDecision && !passage.now().ended) p.choose(0);
    p.foresee();
    // Back to the first decision, and the other option taken: worked out afresh, as a fresh playthrough would.
    p.reset(atDecision);
    p.choose(1);
    const fresh = Playthrough.resume(S1, atDecision).playthrough;
    fresh.choose(1);
    expect(JSON.stringify(p.log)).toBe(JSON.stringify(fresh.log));
    expect(p.log.decisions.at(-1)!.choice.index).toBe(1);
  });

  it('reading ahead stops when its time is up and picks up where it stopped', () => {
    const p = new Playthrough(S1, { storyId: 'sitting-in-reception' });
    p.start();
    let calls = 0;
    // Three looks at the clock per slice: enough for a tag or two, never the whole story.
    const slice = () => {
      let looks = 0;
      return () => (++looks > 3 ? 0 : 10);
    };
    while (p.readAhead(slice())) calls++;
    expect(calls).toBeGreaterThan(10);
    expect(p.readAhead()).toBe(false);
  });

  it('every tag a walk meets on a line is among the tags read ahead', () => {
    const ahead = new Set(compiledStory(S1).tagTexts());
    const met = new Set([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => walk(seed, false).tags));
    expect(met.size).toBeGreaterThan(20);
    expect([...met].filter((tag) => !ahead.has(tag))).toEqual([]);
  });
});

// Everything a listener can hear, in order.
const EVERY_EVENT = ['line', 'cue', 'note', 'decision', 'choices', 'ended', 'warning', 'save', 'reset'] as const;

/** A playthrough that keeps all it says, and counts the clicks ink did not have to play (played ahead). */
function listened(json: string, seed: number) {
  const p = new Playthrough(json, { storyId: 'walked', seed });
  const heard: unknown[] = [];
  for (const type of EVERY_EVENT) p.events.on(type, (data: unknown) => heard.push({ type, data }));
  const passage = followPassage(p);
  return { p, heard, passage };
}

// Each passage ink plays: a click that took a passage played ahead calls none.
const inkRuns = vi.spyOn(StoryRunner.prototype, 'continueToChoice');
afterAll(() => inkRuns.mockRestore());

/**
 * A seeded walk: before each choice, `ahead` reads ahead whole (every option played ahead). Returns what was heard,
 * the log, ink's own state (as a snapshot writes it) at every step, and how many clicks took a passage played ahead.
 */
function walkAll(json: string, walkSeed: number, storySeed: number, ahead: boolean) {
  const random = seededRandom(walkSeed);
  const { p, heard, passage } = listened(json, storySeed);
  p.start();
  const ink: string[] = [];
  let adopted = 0;
  for (let step = 0; step < 60 && !passage.now().ended && !passage.now().error; step++) {
    if (ahead) expect(p.readAhead()).toBe(false);
    ink.push(p.snapshot().ink);
    const runs = inkRuns.mock.calls.length;
    p.choose(Math.floor(random() * passage.now().choices.length));
    if (inkRuns.mock.calls.length === runs) adopted++;
  }
  ink.push(p.snapshot().ink);
  return { heard: JSON.stringify(heard), log: JSON.stringify(p.log), ink, adopted };
}

const shipped = fs
  .readdirSync('stories')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => ({ name: f, json: compileInk(readStoryFiles('stories'), f).json! }));

// The parts of ink a passage played ahead must carry exactly: RANDOM and shuffles (seeded), visit and turn counts,
// lists, a thread's choice, a tunnel, a function with its own temporaries, glue, `last_act` read by the
// consequence, a runtime warning on one path and a runtime error on another.
const INKY = compileSource(`VAR last_act = ""
VAR last_self_focus = false
VAR trust = 0
LIST mood = calm, (wary), cross
-> hall
=== hall ===
{~Rain taps the window.|The sun is out.|Wind rattles the door.} The clock says {RANDOM(1, 12)}.
~ temp roll = RANDOM(1, 100)
Visit {hall}{hall > 1:, {TURNS_SINCE(-> hall)} turns since}. Roll {roll}. Mood {mood}. Last act "{last_act}".
<- aside
* [Ask]
  ~ trust++
  ~ mood += cross
  You ask <>
  -> tunnel ->
  -> onwards
* [Wait] -> wait
* {trust > 1} [Thank them] Thanks, {note()}.
  -> END
* [Roll badly]
  ~ temp bad = RANDOM(5, 1)
  {bad}
  -> END
=== aside ===
* [Look away] You look away, {note()}.
  -> onwards
=== wait ===
You wait.
{ waited: You waited before. }
~ temp waited = true
-> onwards
=== tunnel ===
and {&one|two|three} glued on.
->->
=== onwards ===
{ hall < 4: -> hall | -> END }
=== function note() ===
~ temp n = RANDOM(1, 3)
~ return "{~a|b|c}{n}"
`);

describe('playing each option ahead while the learner reads', () => {
  it('a passage played ahead is told, logged and left in ink exactly as one played at the click, in every shipped story', () => {
    expect(shipped.length).toBeGreaterThan(4);
    let adopted = 0;
    for (const { json } of shipped)
      for (const [walkSeed, storySeed] of [
        [1, 0],
        [3, 7],
      ] as const) {
        const atClick = walkAll(json, walkSeed, storySeed, false);
        const ahead = walkAll(json, walkSeed, storySeed, true);
        expect(ahead.heard).toBe(atClick.heard);
        expect(ahead.log).toBe(atClick.log);
        expect(ahead.ink).toEqual(atClick.ink);
        expect(atClick.adopted).toBe(0);
        // Every click after reading ahead took the passage played ahead: ink did not run on the click.
        expect(ahead.adopted).toBe(ahead.ink.length - 1);
        adopted += ahead.adopted;
      }
    expect(adopted).toBeGreaterThan(50);
  });

  it('carries RANDOM, shuffles, counts, lists, threads, tunnels, glue and warnings exactly; an error path is played at the click', () => {
    let errors = 0;
    let warnings = 0;
    for (let walkSeed = 1; walkSeed <= 12; walkSeed++) {
      const storySeed = walkSeed % 5;
      const atClick = walkAll(INKY, walkSeed, storySeed, false);
      const ahead = walkAll(INKY, walkSeed, storySeed, true);
      expect(ahead.heard).toBe(atClick.heard);
      expect(ahead.log).toBe(atClick.log);
      expect(ahead.ink).toEqual(atClick.ink);
      if (atClick.heard.includes('"error":{')) {
        errors++;
        // The click that met the error played in ink: its passage played ahead was not kept.
        expect(ahead.adopted).toBe(ahead.ink.length - 2);
      } else expect(ahead.adopted).toBe(ahead.ink.length - 1);
      if (atClick.heard.includes('"type":"warning"')) warnings++;
    }
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
  });

  it('a click before every option was played ahead plays in ink, and the one played ahead is taken', () => {
    for (const pick of [0, 1]) {
      const { p, heard, passage } = listened(S1, 0);
      p.start();
      while (!passage.now().isDecision) p.choose(0);
      // One look at the clock with time to spare: one option played ahead, then the slice is over.
      let looks = 0;
      expect(p.readAhead(() => (++looks > 1 ? 0 : 50))).toBe(true);
      const save = p.save;
      p.choose(pick);
      while (!passage.now().ended) p.choose(0);
      const fresh = Playthrough.resume(S1, save).playthrough;
      fresh.choose(pick);
      const freshPassage = followPassage(fresh);
      while (!freshPassage.now().ended) fresh.choose(0);
      expect(JSON.stringify(p.log)).toBe(JSON.stringify(fresh.log));
      expect(p.snapshot().ink).toBe(fresh.snapshot().ink);
      expect(heard.some((e) => (e as { type: string }).type === 'ended')).toBe(true);
    }
  });

  it('going back, starting again, skipping a scene and restoring a snapshot never take a passage played for another place', () => {
    const { p, passage } = listened(S1, 0);
    p.start();
    while (!passage.now().isDecision) p.choose(0);
    const atDecision = p.save;
    const snapshot = p.snapshot();
    p.readAhead();
    p.choose(0);
    p.readAhead();
    // Restored to the decision: the other option, played now, as a fresh playthrough plays it.
    p.restore(snapshot);
    p.readAhead();
    p.choose(1);
    const fresh = Playthrough.resume(S1, atDecision).playthrough;
    fresh.choose(1);
    expect(JSON.stringify(p.log)).toBe(JSON.stringify(fresh.log));
    expect(p.snapshot().ink).toBe(fresh.snapshot().ink);
    // Back to the decision by its save (a rewind), read ahead there, and the first option taken.
    p.readAhead();
    p.reset(atDecision);
    p.readAhead();
    p.choose(0);
    const again = Playthrough.resume(S1, atDecision).playthrough;
    again.choose(0);
    expect(JSON.stringify(p.log)).toBe(JSON.stringify(again.log));
    expect(p.snapshot().ink).toBe(again.snapshot().ink);
    // Skipping the scene after reading ahead goes where a skip goes, not where an option would have.
    p.readAhead();
    const before = p.save;
    expect(p.skipScene()).toBe(true);
    const skipped = Playthrough.resume(S1, before).playthrough;
    skipped.skipScene();
    expect(p.snapshot().ink).toBe(skipped.snapshot().ink);
    expect(JSON.stringify(p.log)).toBe(JSON.stringify(skipped.log));
  });

  it('a resumed save reads ahead from where it resumed', () => {
    const { p, passage } = listened(S1, 0);
    p.start();
    for (let i = 0; i < 3; i++) p.choose(0);
    const resumed = Playthrough.resume(S1, p.save).playthrough;
    const heard = followPassage(resumed);
    resumed.readAhead();
    resumed.choose(0);
    p.choose(0);
    expect(heard.now().lines).toEqual(passage.now().lines);
    expect(resumed.snapshot().ink).toBe(p.snapshot().ink);
  });
});

describe('what a passage played ahead leaves to the click', () => {
  // One option runs away (the step budget stops it), the other goes on.
  const RUNAWAY = compileSource(
    'VAR trust = 0\nStart.\n* [Spin] -> spin\n* [Go] Gone.\n  ~ trust++\n  ** [Again] Again {trust}.\n  -> END\n=== spin ===\n-> spin\n',
  );

  function heardWith(ahead: boolean, pick: number) {
    const p = new Playthrough(RUNAWAY, { storyId: 'runaway', stepBudget: 5_000 });
    const heard: unknown[] = [];
    for (const type of EVERY_EVENT) p.events.on(type, (data: unknown) => heard.push({ type, data }));
    const passage = followPassage(p);
    p.start();
    let adopted = 0;
    while (!passage.now().ended && !passage.now().error) {
      if (ahead) p.readAhead();
      const runs = inkRuns.mock.calls.length;
      p.choose(passage.now().choices.length > 1 ? pick : 0);
      if (inkRuns.mock.calls.length === runs) adopted++;
    }
    return { heard: JSON.stringify(heard), ink: p.snapshot().ink, adopted };
  }

  it('an option the step budget stops is played, and stopped, at the click; ink is left able to play the others', () => {
    for (const pick of [0, 1]) {
      const atClick = heardWith(false, pick);
      const ahead = heardWith(true, pick);
      expect([ahead.heard, ahead.ink]).toEqual([atClick.heard, atClick.ink]);
      // Going on, both clicks took the passage played ahead, though the option beside the first ran away.
      expect(ahead.adopted).toBe(pick === 0 ? 0 : 2);
      if (pick === 0) expect(atClick.heard).toContain('"kind":"step-budget"');
      else expect(atClick.heard).toContain('Again 1.');
    }
  });

  it('after a runaway and "Start again", the clicks take their passages played ahead again', () => {
    const p = new Playthrough(RUNAWAY, { storyId: 'runaway', stepBudget: 5_000 });
    const passage = followPassage(p);
    p.start();
    p.choose(0);
    expect(passage.now().error?.kind).toBe('step-budget');
    p.reset({ format: 1, storyId: 'runaway', storyHash: '', seed: 0, path: [] });
    p.readAhead();
    const runs = inkRuns.mock.calls.length;
    p.choose(1);
    expect(inkRuns.mock.calls.length).toBe(runs);
    expect(passage.now().lines.map((l) => l.text)).toEqual(['Gone.']);
  });

  it('a story that has a variable observer is not played ahead: its observer hears only the choice made', () => {
    const runner = new StoryRunner(RUNAWAY);
    runner.continueToChoice();
    expect(runner.playAhead(() => runner.choose(1))).not.toBeNull();
    const heard: unknown[] = [];
    runner.story.ObserveVariable('trust', (_name: string, value: unknown) => heard.push(value));
    expect(runner.playAhead(() => runner.choose(1))).toBeNull();
    expect(heard).toEqual([]);
    runner.choose(1);
    runner.continueToChoice();
    expect(heard).toEqual([1]);
  });

  it('a passage played ahead is not taken once ink has moved since (a variable set, a jump)', () => {
    const runner = new StoryRunner(RUNAWAY);
    runner.continueToChoice();
    const ahead = runner.playAhead(() => runner.choose(1))!;
    expect(ahead.result.lines.map((l) => l.text)).toEqual(['Gone.']);
    runner.setVariable('trust', 5);
    expect(runner.adopt(ahead)).toBeNull();
    runner.choose(1);
    expect(runner.continueToChoice().lines.map((l) => l.text)).toEqual(['Gone.']);
    runner.choose(0);
    expect(runner.continueToChoice().lines.map((l) => l.text)).toEqual(['Again 6.']);
  });
});
