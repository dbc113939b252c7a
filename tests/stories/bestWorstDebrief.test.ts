// Every listed story, played along its best and its worst path by the option scores: the debrief must answer
// to what each learner did. Written over whatever stories/ holds, so it holds for rewritten stories too.
import { describe, expect, it } from 'vitest';
import promptsData from '../../src/content/prompts.json';
import { parsePromptLibrary } from '../../src/engine/debrief/promptLibrary';
import { selectPrompts } from '../../src/engine/debrief/selectPrompts';
import { airtime } from '../../src/engine/debrief/airtime';
import { HARM_ORDER } from '../../src/engine/contract/index.ts';
import { readStoryFiles, storyIds } from '../../src/ink/storyFiles';
import { playGreedy } from '../support/greedyPath';
import { storyBuild } from '../support/storyBuilds';

const files = readStoryFiles('stories');
const library = parsePromptLibrary(promptsData);
// Listed, scored stories: the template and the plain example are for authors, not learners.
const stories = storyIds(files).filter(
  (id) => !/^#\s*listed:\s*no\s*$/m.test(files[`${id}.ink`]!) && /#\s*move:/.test(files[`${id}.ink`]!),
);

describe.each(stories)('%s: the best and the worst path', (id) => {
  const { json } = storyBuild(id);
  const best = playGreedy(json, id, 'best');
  const worst = playGreedy(json, id, 'worst');
  const promptsOf = (p: typeof best) => selectPrompts(p.log, p.header, library, { rotation: 0 });

  it('get different first questions', () => {
    expect(promptsOf(best)[0]!.text).not.toBe(promptsOf(worst)[0]!.text);
  });

  it("ask about the worst path's most harmful act", () => {
    const acts = worst.log.decisions.flatMap((d) => d.acts.map((a) => a.act));
    const harmful = HARM_ORDER.find((act) => acts.includes(act));
    // Option craft asks every decision for an option below 0, so the worst path always holds a harm.
    expect(harmful, `the worst path of ${id} does no harm: ${acts.join(', ')}`).toBeDefined();
    // Asked by a library question keyed on it, or by the author's own question (`reflect:`) on a decision where the
    // learner did it, which asks about the whole choice (session 15: the author's go first to harms no other asks).
    const prompts = promptsOf(worst);
    const byAuthor = prompts.some(
      (p) => p.kind === 'story' && worst.log.decisions[p.decision!]!.acts.some((a) => a.act === harmful),
    );
    expect(byAuthor || prompts.some((p) => p.keyedBy.includes(`act:${harmful}`))).toBe(true);
  });

  it('draw different airtime pictures: whose floor was handed back, and whose was taken', () => {
    const picture = (p: typeof best) => {
      const a = airtime(p.log, p.header.cast);
      return { spokenTo: a.spokenTo, spokenFor: a.spokenFor };
    };
    expect(picture(best)).not.toEqual(picture(worst));
  });

  it('never key a question on a facet the learner was not shown', () => {
    for (const p of [best, worst]) {
      for (const prompt of promptsOf(p)) {
        for (const key of prompt.keyedBy.filter((k) => k.startsWith('facet:'))) {
          expect(p.log.shown?.[prompt.who!] ?? []).toContain(key.slice('facet:'.length));
        }
      }
    }
  });
});
