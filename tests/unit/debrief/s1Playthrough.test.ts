// S1 (Sitting in Reception) as first drafted, played with the real engine along known paths, then read the way the
// curtain call reads it: the timeline, the three bands and the keyed prompts, in order. The shipped S1 was rewritten
// for issue 16 (its own tests are in tests/stories/sittingInReception.test.ts); these tests are about the debrief,
// so they keep the first draft, frozen as a fixture under the same story id, rather than chase the story's wording.
import { beforeAll, describe, expect, it } from 'vitest';
import promptsData from '../../../src/content/prompts.json';
import { bandsFor } from '../../../src/engine/debrief/bands';
import { parsePromptLibrary, type PromptLibrary } from '../../../src/engine/debrief/promptLibrary';
import { quotableMoment, selectPrompts } from '../../../src/engine/debrief/selectPrompts';
import { timelineFor, whatHappenedFromLog } from '../../../src/engine/debrief/timeline';
import { Playthrough } from '../../../src/engine/playthrough';
import { followPassage } from '../../../src/engine/heardPassage';
import { compileInk } from '../../../src/ink/compileInk';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { endsItsSentence, quotedChoice } from '../../../src/engine/quotedChoice';

const S1 = 'sitting-in-reception';
/** The moments S1 labels, in the order a path meets them (the fourth only follows outing Mrs Lee). */
const DESK = 'At the desk: "we rang her"';
const BOOK = '"She\'ll need to book online"';
const MRS_LEE = 'Mrs Lee at the desk';
const NO_RIGHT = '"You had no right"';
const WAIT = 'When the wait runs long';
const MESSAGE = "Passing on Esther's message";
const AFTER = 'Afterwards';

let json: string;
let library: PromptLibrary;

beforeAll(() => {
  const compiled = compileInk(readStoryFiles('tests/fixtures/s1-first-draft'), `${S1}.ink`);
  if (!compiled.json) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  json = compiled.json;
  library = parsePromptLibrary(promptsData);
});

/** Play S1 taking the given options (1-based, as `npm run play -- --choices` and the README write them). */
function play(choices: number[]): Playthrough {
  const playthrough = new Playthrough(json, { storyId: S1 });
  const heard = followPassage(playthrough);
  playthrough.start();
  for (const n of choices) {
    const passage = heard.now();
    expect(passage.choices.length, `option ${n} at step ${playthrough.save.path.length + 1}`).toBeGreaterThanOrEqual(n);
    playthrough.choose(n - 1);
  }
  expect(playthrough.ended).toBe(true);
  return playthrough;
}

function promptsFor(playthrough: Playthrough, rotation = 0) {
  return selectPrompts(playthrough.log, playthrough.header, library, { rotation });
}

/** What every selection must honour, whatever the path (debrief.md "Keyed prompts", steps 3 and 4). */
function expectWellFormed(prompts: ReturnType<typeof promptsFor>): void {
  // 3–5 questions before the closing one; general questions make up a quiet path's count.
  const asked = prompts.filter((prompt) => prompt.kind !== 'closing');
  expect(asked.length).toBeGreaterThanOrEqual(3);
  expect(asked.length).toBeLessThanOrEqual(5);
  const keyed = prompts.filter((prompt) => prompt.kind === 'keyed');
  expect(new Set(keyed.map((prompt) => prompt.family)).size).toBe(keyed.length);
  expect(prompts.filter((prompt) => prompt.about === 'learner').length).toBeLessThanOrEqual(1);
  expect(prompts.at(-1)?.kind).toBe('closing');
  expect(prompts.filter((prompt) => prompt.kind === 'closing')).toHaveLength(1);
  for (const prompt of prompts) expect(prompt.text, prompt.id).not.toMatch(/[{}]/);
  expect(new Set(prompts.map((prompt) => prompt.id)).size).toBe(prompts.length);
}

describe('S1 along the "With" path (README: 1,2,3,1,1,2,1)', () => {
  // Walk, then HOLD_SPACE, DECIDE_WITH, AMPLIFY, DECIDE_WITH, REMOVE_BARRIER, REPAIR.
  const path = [1, 2, 3, 1, 1, 2, 1];

  it('resolves to the acts the README lists, with the With pattern', () => {
    const { log } = play(path);
    expect(log.decisions.map((decision) => decision.acts.map((act) => `${act.act} ${act.target}`))).toEqual([
      ['HOLD_SPACE esther'],
      ['DECIDE_WITH esther'],
      ['AMPLIFY mrs_lee'],
      ['DECIDE_WITH esther'],
      ['REMOVE_BARRIER esther'],
      ['REPAIR esther'],
    ]);
    expect(log.pattern).toBe('With');
  });

  it('tells the timeline back in order: each moment, the choice taken and who noticed', () => {
    const playthrough = play(path);
    const timeline = timelineFor(playthrough.log, playthrough.header.cast);
    expect(timeline.map((entry) => entry.moment)).toEqual([DESK, BOOK, MRS_LEE, WAIT, MESSAGE, AFTER]);
    expect(timeline.map((entry) => entry.decision)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(timeline[0]!.choice).toBe('Turn to Esther and wait');
    // The short name: the curtain call's reading gives the full one where it first names her (curtainCallAsRead).
    expect(timeline[0]!.perspectives.map((p) => p.heading)).toEqual(['What Esther noticed', 'What Dawn noticed']);
    expect(timeline[0]!.perspectives[0]!.text).toContain('You turned round and waited');
    expect(timeline[2]!.perspectives.map((p) => p.heading)).toEqual(['What Mrs Lee noticed', 'What Dawn noticed']);
    expect(timeline.map((entry) => entry.contested)).toEqual([false, false, true, true, false, false]);
    // The account's pre-filled "what happened" is the same story, one line a decision, in the same order.
    expect(whatHappenedFromLog(playthrough.log).split('\n')).toEqual(
      timeline.map(
        (entry) => `${entry.moment} — I chose ${quotedChoice(entry.choice)}${endsItsSentence(entry.choice) ? '' : '.'}`,
      ),
    );
  });

  it('reads as voices mostly heard, mostly with, sometimes acted, each linked to its moment', () => {
    const bands = bandsFor(play(path).log.decisions);
    expect([bands.voice.text, bands.power.text, bands.courage.text]).toEqual([
      'their voices mostly heard',
      'mostly with',
      'sometimes acted',
    ]);
    // High bands link to the best moment: turning to Esther at the desk; courage to the first plan made with her.
    expect([bands.voice.drivenBy, bands.power.drivenBy, bands.courage.drivenBy]).toEqual([0, 0, 1]);
  });

  it('asks about what the learner did with Esther, keyed on the moments that earned each question', () => {
    const prompts = promptsFor(play(path));
    expect(prompts.map((prompt) => [prompt.family, prompt.decision, prompt.who, prompt.keyedBy])).toEqual([
      ['amplify', 0, 'esther', ['act:HOLD_SPACE', 'pattern']],
      ['decide_with', 1, 'esther', ['act:DECIDE_WITH', 'pattern']],
      // Speaking up for Mrs Lee at the desk is contested: asked about as a choice colleagues would argue over.
      ['contested_choice', 2, 'mrs_lee', ['act:AMPLIFY']],
      ['closing', null, null, []],
    ]);
    expectWellFormed(prompts);
    // v3: +4 for the act, +2 for speaking to the With pattern; Esther's hidden facets are never shown on this
    // path, so they earn nothing.
    expect(prompts.slice(0, 2).map((prompt) => prompt.score)).toEqual([6, 6]);
    expect(prompts[1]!.text).toBe(
      `You and Esther decided together at “${quotableMoment(BOOK)}”. What did that change about what happened next?`,
    );
    // Nothing on this path is about doing for or speaking for.
    expect(prompts.map((prompt) => prompt.family)).not.toContain('doing_for');
    expect(prompts.map((prompt) => prompt.family)).not.toContain('speak_for');
  });
});

describe('S1 along the "Rescuer" path (README: 1,1,1,3,2,2,3,4)', () => {
  // Walk, then SPEAK_FOR, DOING_FOR, OVERRIDE, REPAIR+CENTRE_SELF, DOING_FOR, SPEAK_FOR, DOING_FOR.
  const path = [1, 1, 1, 3, 2, 2, 3, 4];

  it('resolves to the acts the README lists, with the Rescuer pattern', () => {
    const { log } = play(path);
    expect(log.decisions.map((decision) => decision.acts.map((act) => `${act.act} ${act.target}`))).toEqual([
      ['SPEAK_FOR esther'],
      ['DOING_FOR esther'],
      ['OVERRIDE mrs_lee'],
      ['REPAIR mrs_lee', 'CENTRE_SELF mrs_lee'],
      ['DOING_FOR esther'],
      ['SPEAK_FOR esther'],
      ['DOING_FOR esther'],
    ]);
    expect(log.pattern).toBe('Rescuer');
  });

  it('has seven moments: outing Mrs Lee brings in "You had no right"', () => {
    const playthrough = play(path);
    const timeline = timelineFor(playthrough.log, playthrough.header.cast);
    expect(timeline.map((entry) => entry.moment)).toEqual([DESK, BOOK, MRS_LEE, NO_RIGHT, WAIT, MESSAGE, AFTER]);
    expect(timeline[2]!.choice).toBe(
      'Tell Dawn that Mrs Lee is Romany and moves for work, so there must be a way round it',
    );
    expect(timeline[3]!.perspectives.map((p) => p.heading)).toEqual(['What Mrs Lee noticed']);
    expect(timeline[5]!.perspectives.map((p) => p.text).join(' ')).toContain("Esther doesn't sign");
  });

  it('reads as voices often talked over and often to, with the outing of Mrs Lee as the moment behind both', () => {
    const bands = bandsFor(play(path).log.decisions);
    expect([bands.voice.text, bands.power.text, bands.courage.text]).toEqual([
      'their voices often talked over',
      'often to',
      'sometimes acted',
    ]);
    expect([bands.voice.drivenBy, bands.power.drivenBy]).toEqual([2, 2]);
    // No decision on this path moved courage either way, so no moment is pointed at.
    expect(bands.courage.drivenBy).toBeNull();
  });

  it('asks first about outing Mrs Lee, then what was Esther’s to say (the learner told Dawn her situation, with her there, rather than guessing her wishes)', () => {
    const prompts = promptsFor(play(path));
    expect(prompts.map((prompt) => [prompt.family, prompt.decision, prompt.who])).toEqual([
      ['override', 2, 'mrs_lee'],
      ['speak_for', 0, 'esther'],
      ['doing_for', 1, 'esther'],
      ['centre_self', 3, 'mrs_lee'],
      ['repair', 3, 'mrs_lee'],
      ['closing', null, null],
    ]);
    expectWellFormed(prompts);
    // Mrs Lee's pronouns are not in the cast line: the question needs none, and names her once (the moment's own
    // label names her too).
    expect(prompts[0]!.text.replace(`“${MRS_LEE}”`, '').split('Mrs Lee').length).toBe(2);
    expect(prompts[0]!.text).not.toMatch(/\b(they|them|their)\b/);
    // Session 13: `relay esther` (source expressed) told Dawn what the surgery knew of her, in front of her: the
    // question says she was there when it was said for her, not what the learner knew of her wishes (that is for a
    // guess). The draft gives no pronouns, so the plain wording.
    expect(prompts[1]!.text).toContain(`At “${quotableMoment(DESK)}”, Esther was there when the words came from you.`);
    expect(prompts[1]!.text).not.toContain('what did you actually know');
    // Keyed prompts speak to a path: the With path's questions about repeating what worked are not here.
    expect(prompts.map((prompt) => prompt.family)).not.toContain('amplify');
    expect(prompts.map((prompt) => prompt.family)).not.toContain('decide_with');
  });
});

describe('S1 along a path that stands by (1,4,1,4,3,1,2)', () => {
  // Walk, then BYSTAND (Esther), DOING_FOR, BYSTAND (Mrs Lee), BYSTAND (Esther), ADVOCATE, ASK_CONSENT.
  const path = [1, 4, 1, 4, 3, 1, 2];

  it('reads as mostly stood by, and asks what standing by for Mrs Lee cost her', () => {
    const playthrough = play(path);
    expect(playthrough.log.pattern).toBe('Bystander');
    const bands = bandsFor(playthrough.log.decisions);
    expect(bands.courage.text).toBe('mostly stood by');
    expect(bands.courage.drivenBy).toBe(0);
    const prompts = promptsFor(playthrough);
    expectWellFormed(prompts);
    // The pattern's question is there, and the hierarchy question is about Mrs Lee.
    expect(prompts[0]).toMatchObject({ family: 'bystand', keyedBy: ['act:BYSTAND', 'pattern'] });
    const hierarchy = prompts.find((prompt) => prompt.family === 'hierarchy');
    expect(hierarchy).toMatchObject({ decision: 2, who: 'mrs_lee' });
    expect(hierarchy!.text).toContain('stood by for Mrs Lee');
  });

  it("offers at most one question about the learner's own position, even when two would rank high enough", () => {
    // Make both the standing-by and the hierarchy families about the learner: only the first may be asked.
    const tilted: PromptLibrary = {
      ...library,
      families: library.families.map((family) =>
        family.family === 'bystand' || family.family === 'hierarchy'
          ? { ...family, about: 'learner' as const }
          : family,
      ),
    };
    const { log, header } = play(path);
    const prompts = selectPrompts(log, header, tilted, { rotation: 0 });
    expectWellFormed(prompts);
    expect(prompts.filter((prompt) => prompt.about === 'learner').map((prompt) => prompt.family)).toEqual(['bystand']);
  });
});

describe('the closing question takes turns', () => {
  it('rotates between the two seed 000 questions, and each family takes its next wording', () => {
    const playthrough = play([1, 2, 3, 1, 1, 2, 1]);
    const first = promptsFor(playthrough, 0);
    const second = promptsFor(playthrough, 1);
    expect(first.at(-1)!.id).toBe('what-allyship-changes');
    expect(second.at(-1)!.id).toBe('intersectionality-better-ally');
    expect(second.map((prompt) => prompt.family)).toEqual(first.map((prompt) => prompt.family));
    expect(second[0]!.text).not.toBe(first[0]!.text);
    expect(promptsFor(playthrough, 2).at(-1)!.id).toBe('what-allyship-changes');
  });
});
