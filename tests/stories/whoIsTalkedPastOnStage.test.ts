// Who the stage dims, and the words said for it on the line ("(Dawn is being talked past.)"), follow the one rule in
// engine/talkedPast.ts: the one doing the excluding is never the one talked past. Walk-about session 17: at the
// desk, Esther's own answer to the worker cast Dawn, the receptionist talking past her, as the one left out.
import { expect, test } from 'vitest';
import { Playthrough } from '../../src/engine/playthrough';
import { followPassage } from '../../src/engine/heardPassage';
import { foldStage } from '../../src/stage/followStory';
import { EMPTY_STAGE, type StageState } from '../../src/stage/stageState';
import { stageFacts } from '../../src/ui/stageFacts';
import { storyJson } from './support/playStory';

const S1 = 'sitting-in-reception';
const THREE_WEEKS = 'Three weeks, then.';

/** The stage before and after each line, along the path that takes the first option at every choice. */
function linesOnFirstPath(id: string): { text: string; before: StageState; after: StageState }[] {
  const p = new Playthrough(storyJson(id), { storyId: id });
  const heard = followPassage(p);
  p.start();
  let passage = heard.now();
  while (!passage.ended && !passage.error && passage.choices.length > 0) {
    p.choose(0);
    passage = heard.now();
  }
  const out: { text: string; before: StageState; after: StageState }[] = [];
  let told = EMPTY_STAGE;
  let state = EMPTY_STAGE;
  for (const event of p.sofar.events) {
    state = foldStage([event], state);
    if (event.type === 'line') out.push({ text: event.data.text, before: told, after: state });
    if (event.type === 'line' || event.type === 'decision') told = state;
  }
  return out;
}

test('at the desk, Esther answering the worker does not make Dawn, who talked past her, the one talked past', () => {
  const lines = linesOnFirstPath(S1);
  const nextAppointment = lines.find((line) => line.text.includes('Next routine appointment'))!;
  expect(stageFacts(nextAppointment.before, nextAppointment.after, (id) => id)).toEqual([
    'esther is being talked past.',
  ]);
  const esther = lines.find((line) => line.text.includes(THREE_WEEKS));
  expect(esther, `"${THREE_WEEKS}" on the first path`).toBeDefined();
  expect(stageFacts(esther!.before, esther!.after, (id) => id)).toEqual([]);
  expect(esther!.after.leftOut).not.toContain('dawn');
  // Nowhere on the path is the receptionist said to be talked past.
  for (const line of lines) expect(line.after.leftOut, line.text).not.toContain('dawn');
});

test('at bed 12, Dr Price asking Tom about Daniel talks past Daniel, and Daniel asking "Is it bloods?" talks past nobody (educator read 17: it had said Dr Price was talked past)', () => {
  const lines = linesOnFirstPath('the-script');
  const asked = lines.find((line) => line.text.includes("Does he understand what's going on?"))!;
  expect(stageFacts(asked.before, asked.after, (id) => id)).toEqual(['daniel is being talked past.']);
  const bloods = lines.find((line) => line.text.includes('Is it bloods?'))!;
  expect(stageFacts(bloods.before, bloods.after, (id) => id)).toEqual([]);
  for (const line of lines) expect(line.after.leftOut, line.text).not.toContain('price');
});
