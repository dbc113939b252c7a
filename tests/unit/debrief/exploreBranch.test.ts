// What if plays another option on a copy; the first playthrough stays the record.
import { describe, expect, it } from 'vitest';
import { ESTHER_HEADER } from '../../support/estherHeader';
import { compileSource } from '../../support/compileSource';
import { Playthrough } from '../../../src/engine/playthrough';
import { exploreContested, exploreOption, isContestedDecision } from '../../../src/engine/debrief/exploreBranch';

const STORY = `${ESTHER_HEADER}
# cast: dawn = Dawn; employment: receptionist; class: working-class; caring: her mother (invisible)
VAR last_act = ""
-> desk
=== desk ===
# scene: desk
Dawn talks to you about Esther. # enter: esther # speaker: dawn # harm: exclusion
* [Ask Esther #move: invite esther] Esther answers for herself. # moment: At the desk # perspective: esther: She noticed you turned to her.
* [Answer for her #move: relay esther] Dawn nods at you. # moment: At the desk # perspective: esther: She felt talked about.
- -> room
=== room ===
# scene: room
Dawn mocks an accent. # speaker: dawn # harm: on
* [Say it is not funny, in front of everyone #move: challenge public #contested] The room goes quiet.
* [Have a quiet word with Dawn later #move: indirect dawn kind=delay #contested] Dawn listens.
* [Laugh along #move: collude] Everyone laughs.
- The end.
-> END
`;

/** What if's copies, on this thread (the page gives an opened file's copies workers: ui/performStory.ts). */
const copyOf = (json: string) => () => new Playthrough(json, { storyId: 't' });

function played() {
  const json = compileSource(STORY);
  const playthrough = new Playthrough(json, { storyId: 't' });
  playthrough.start();
  playthrough.choose(0);
  playthrough.choose(2);
  return { json, playthrough };
}

describe('exploreOption', () => {
  it('plays the other option from that decision and shows what followed', async () => {
    const { json, playthrough } = played();
    const [first] = playthrough.log.decisions;
    const result = await exploreOption(copyOf(json), playthrough.save, first!, 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { passage, decision, optionText } = result.exploration;
    expect(optionText).toBe('Answer for her');
    expect(passage.lines.map((line) => line.text).join(' ')).toContain('Dawn nods at you.');
    expect(decision?.acts.map((act) => act.act)).toEqual(['SPEAK_FOR']);
    expect(decision?.perspectives).toEqual([{ who: 'esther', text: 'She felt talked about.' }]);
    expect(passage.choices.map((choice) => choice.text)).toContain('Laugh along'); // the learner can keep going
  });

  it('leaves the record unchanged', async () => {
    const { json, playthrough } = played();
    const saveBefore = JSON.stringify(playthrough.save);
    const decisionsBefore = JSON.stringify(playthrough.log.decisions);
    await exploreOption(copyOf(json), playthrough.save, playthrough.log.decisions[0]!, 1);
    await exploreContested(copyOf(json), playthrough.save, playthrough.log.decisions[1]!);
    expect(JSON.stringify(playthrough.save)).toBe(saveBefore);
    expect(JSON.stringify(playthrough.log.decisions)).toBe(decisionsBefore);
  });

  it('plays both contested options side by side', async () => {
    const { json, playthrough } = played();
    const second = playthrough.log.decisions[1]!;
    expect(isContestedDecision(second)).toBe(true);
    expect(isContestedDecision(playthrough.log.decisions[0]!)).toBe(false);
    const results = await exploreContested(copyOf(json), playthrough.save, second);
    expect(results.map((result) => (result.ok ? result.exploration.optionText : result.reason))).toEqual([
      'Say it is not funny, in front of everyone',
      'Have a quiet word with Dawn later',
    ]);
  });

  it('says so when the story has changed since it was played', async () => {
    const { json, playthrough } = played();
    const edited = json.replace('Ask Esther', 'Ask Esther what she wants'); // the step the path replays
    const result = await exploreOption(copyOf(edited), playthrough.save, playthrough.log.decisions[1]!, 1);
    expect(result).toEqual({
      ok: false,
      reason: 'The story has changed since you played it, so this moment cannot be replayed.',
    });
  });
});

describe('the debrief reads a real playthrough', () => {
  it('takes the Playthrough’s own log and header as they are', async () => {
    const { selectPrompts } = await import('../../../src/engine/debrief/selectPrompts');
    const { parsePromptLibrary } = await import('../../../src/engine/debrief/promptLibrary');
    const { airtime } = await import('../../../src/engine/debrief/airtime');
    const library = parsePromptLibrary((await import('../../../src/content/prompts.json')).default);
    const { playthrough } = played();
    // Type-level contract: these assignments fail `npm run typecheck` if the shapes drift apart.
    const log: import('../../../src/engine/debrief/debriefSources').DecisionLog = playthrough.log;
    const header: import('../../../src/engine/debrief/debriefSources').StoryHeader = playthrough.header;
    const prompts = selectPrompts(log, header, library, { rotation: 0 });
    // Inviting Esther (+2 voice) and laughing along (collude) are both notable; each earns keyed prompts.
    expect(prompts.filter((prompt) => prompt.kind === 'keyed').length).toBeGreaterThanOrEqual(3);
    expect(prompts.some((prompt) => prompt.who === 'esther')).toBe(true);
    expect(airtime(log, header.cast).spoke.find((row) => row.who === 'dawn')?.turns).toBe(2);
  });
});
