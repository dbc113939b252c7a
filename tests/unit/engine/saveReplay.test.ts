// A save is a path: replaying it rebuilds the text, the context and the decision log; an edited story resumes
// up to the first choice that no longer matches; a damaged save is refused with a reason.
import { describe, expect, it, vi } from 'vitest';
import { ESTHER_HEADER } from '../../support/estherHeader';
import { compileSource } from '../../support/compileSource';
import { Playthrough } from '../../../src/engine/playthrough';
import { followPassage, lastPassage, passagesIn } from '../../../src/engine/heardPassage';
import { readSave } from '../../../src/engine/contract/index.ts';

const STORY = `${ESTHER_HEADER}
VAR last_act = ""
-> desk
=== desk ===
# scene: desk
Esther waits. # enter: esther
* [Ask Esther #move: invite esther] Asked.
* [Answer for her #move: relay esther] Answered.
- -> second
=== second ===
# scene: second
Later.
* [Sit with her #move: decide_with esther] Sat.
* [Leave #move: silent esther] Left.
- The end.
-> END
`;

const compile = compileSource;

describe('saves as paths', () => {
  it('replays a path to the same place, text and decisions', () => {
    const json = compile(STORY);
    const a = new Playthrough(json, { storyId: 't' });
    a.start();
    a.choose(1);
    a.choose(0);
    const { playthrough: b, mismatch } = Playthrough.resume(json, a.save);
    expect(mismatch).toBeNull();
    expect(b.ended).toBe(true);
    const told = passagesIn(b.sofar.events);
    expect(told.flatMap((p) => p.lines.map((l) => l.text)).filter(Boolean)).toContain('Answered.');
    expect(b.log.decisions.map((d) => d.acts.map((x) => x.act))).toEqual(
      a.log.decisions.map((d) => d.acts.map((x) => x.act)),
    );
    expect(b.save).toEqual(a.save);
  });

  it('records a skipped scene in the path and replays it', () => {
    const json = compile(STORY);
    const a = new Playthrough(json, { storyId: 't' });
    a.start();
    a.skipScene();
    expect(a.save.path).toEqual([{ skip: 'second' }]);
    const { playthrough: b, mismatch } = Playthrough.resume(json, a.save);
    expect(mismatch).toBeNull();
    expect(lastPassage(b.sofar.events).choices.map((c) => c.text)).toEqual(['Sit with her', 'Leave']);
  });

  it('resumes an edited story up to the first choice that no longer matches, and says so', () => {
    const a = new Playthrough(compile(STORY), { storyId: 't' });
    a.start();
    a.choose(0);
    a.choose(0);
    const edited = compile(STORY.replace('[Sit with her', '[Wait together'));
    const { playthrough: b, mismatch } = Playthrough.resume(edited, a.save);
    expect(mismatch).toEqual({ step: 1, expected: 'Sit with her' });
    expect(b.save.path).toHaveLength(1);
    expect(lastPassage(b.sofar.events).choices[0]?.text).toBe('Wait together');
  });

  it('refuses damaged or foreign saves with a reason', () => {
    expect(readSave('{not json').ok).toBe(false);
    // Said inside the autosave's own brackets ("could not be used (…)"), so no brackets of its own.
    expect(readSave('{not json')).toMatchObject({
      message: 'the saved place is not readable, and may have been damaged',
    });
    expect(readSave(JSON.stringify({ format: 99, storyId: 't', storyHash: '', seed: 0, path: [] }))).toMatchObject({
      ok: false,
      reason: 'wrong-format',
    });
    expect(
      readSave(JSON.stringify({ format: 1, storyId: 't', storyHash: '', seed: 0, path: [{ index: -1, text: 'x' }] })),
    ).toMatchObject({ ok: false, reason: 'invalid' });
    expect(
      readSave(
        JSON.stringify({
          format: 1,
          storyId: 't',
          storyHash: 'h',
          seed: 0,
          path: [{ index: 0, text: 'x' }, { skip: 'k' }],
        }),
      ).ok,
    ).toBe(true);
  });

  it('sets last_act before the consequence is shown', () => {
    const json = compile(STORY.replace(' Answered.', ' Answered {last_act}.'));
    const p = new Playthrough(json, { storyId: 't' });
    p.start();
    const heard = followPassage(p);
    p.choose(1);
    const next = heard.now();
    expect(next.lines.map((l) => l.text)).toContain('Answered SPEAK_FOR.');
  });
});

/** STORY with a `next_scene:` in the desk scene naming `target`, and an ending knot with no `scene:` of its own. */
const withNextScene = (target: string) =>
  `${STORY.replace('# scene: desk', `# scene: desk\n# next_scene: ${target}`)}
=== home ===
Esther goes home.
-> END
`;

describe('Skip this scene where a next_scene: says', () => {
  it('goes to the knot named, though no scene starts there, and the save replays to the same place', () => {
    // The template's own `next_scene: ending_market` names a knot like this one. The replay once allowed a skip only to
    // a scene start, so a save made after this skip did not resume ("skip to home" did not match).
    const json = compile(withNextScene('home'));
    const a = new Playthrough(json, { storyId: 't' });
    a.start();
    a.skipScene();
    expect(a.save.path).toEqual([{ skip: 'home' }]);
    expect(a.ended).toBe(true);
    const { playthrough: b, mismatch } = Playthrough.resume(json, a.save);
    expect(mismatch).toBeNull();
    expect(b.ended).toBe(true);
    expect(b.save).toEqual(a.save);
  });

  it('naming a knot the story lacks, goes to the next scene as with no tag: the story plays on and its save replays', () => {
    // check and play call the misspelt knot an error; a story that ships with one anyway must not break when the
    // learner presses Skip. It once sent ink to the missing knot: ink threw, after the skip was already in the path.
    const json = compile(withNextScene('hme'));
    const a = new Playthrough(json, { storyId: 't' });
    const heard = followPassage(a);
    a.start();
    expect(heard.now().canSkip).toBe(true);
    expect(a.skipScene()).toBe(true);
    expect(a.save.path).toEqual([{ skip: 'second' }]);
    expect(heard.now().choices.map((c) => c.text)).toEqual(['Sit with her', 'Leave']);
    a.choose(0);
    expect(a.ended).toBe(true);
    expect(Playthrough.resume(json, a.save).mismatch).toBeNull();
  });

  it('naming a function, goes to the next scene as with no tag, rather than run the function as a scene', () => {
    // Session 18: it once went to the function, and the learner's story stopped with an error at its ~ return.
    const json = compile(`${withNextScene('tally')}
=== function tally(n) ===
~ return n + 1
`);
    const a = new Playthrough(json, { storyId: 't' });
    const heard = followPassage(a);
    a.start();
    expect(a.skipScene()).toBe(true);
    expect(a.save.path).toEqual([{ skip: 'second' }]);
    expect(heard.now().choices.map((c) => c.text)).toEqual(['Sit with her', 'Leave']);
  });

  it('naming a knot the story lacks in its last scene, offers no skip, and pressing it anyway changes nothing', () => {
    const json = compile(STORY.replace('# scene: second', '# scene: second\n# next_scene: hme'));
    const a = new Playthrough(json, { storyId: 't' });
    const heard = followPassage(a);
    a.start();
    a.choose(0);
    const before = a.save;
    expect(heard.now().canSkip).toBe(false);
    expect(a.skipScene()).toBe(false);
    expect(a.save).toEqual(before);
    a.choose(1);
    expect(a.ended).toBe(true);
    expect(lastPassage(a.sofar.events).lines.map((l) => l.text)).toContain('The end.');
  });

  it('replays a saved skip only to where Skip this scene leads from that place now', () => {
    // A save is untrusted: a skip it names that the story does not lead to (an edited story, a hand-made save) is a
    // mismatch, the place kept up to there, never a jump ink cannot make.
    const json = compile(STORY);
    for (const skip of ['nowhere', 'second.nowhere', 'desk']) {
      const { playthrough, mismatch } = Playthrough.resume(json, {
        format: 1,
        storyId: 't',
        storyHash: '',
        seed: 0,
        path: [{ skip }],
      });
      expect(mismatch).toEqual({ step: 0, expected: `skip to ${skip}` });
      expect(playthrough.save.path).toEqual([]);
      expect(lastPassage(playthrough.sofar.events).choices.map((c) => c.text)).toEqual([
        'Ask Esther',
        'Answer for her',
      ]);
    }
  });
});

describe('a playthrough reset in place (restart, resume, rewind)', () => {
  it('keeps its listeners: one subscription hears the reset, then the play after it', () => {
    const json = compile(STORY);
    const p = new Playthrough(json, { storyId: 't' });
    const heard: string[] = [];
    p.events.on('line', (line) => heard.push(line.text));
    p.events.on('save', (save) => heard.push(`save ${save.path.length}`));
    p.events.on('reset', (reset) => heard.push(`reset ${reset.save.path.length}`));
    p.start();
    p.choose(0);
    heard.length = 0;
    p.reset({ ...p.save, path: [] });
    p.choose(1);
    expect(heard).toEqual(['reset 0', 'save 1', 'Answered.', 'Later.']);
  });

  it('starts again after the learner has read for a while (the time limit is per passage, not per page)', () => {
    // Enough global declarations that ink's reset steps past the clock check (every 64 steps).
    const vars = Array.from({ length: 80 }, (_, i) => `VAR v${i} = ${i}`).join('\n');
    const json = compile(STORY.replace('VAR last_act = ""', `VAR last_act = ""\n${vars}`));
    const p = new Playthrough(json, { storyId: 't' });
    p.start();
    p.choose(0);
    // The story's clock (playedStory.ts: CPU time in Node, the wall clock in a browser) has moved on a minute.
    const cpu = process.cpuUsage();
    const later = { user: cpu.user + 60_000_000, system: cpu.system };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.spyOn(process, 'cpuUsage').mockImplementation(() => later);
    try {
      vi.setSystemTime(Date.now() + 60_000);
      p.reset({ ...p.save, path: [] });
      const now = lastPassage(p.sofar.events);
      expect(now.error).toBeNull();
      expect(now.choices.map((c) => c.text)).toEqual(['Ask Esther', 'Answer for her']);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });

  it('gives the same place, text, context and decision log as a fresh resume of the same path', () => {
    const json = compile(STORY);
    const p = new Playthrough(json, { storyId: 't' });
    p.start();
    p.choose(1);
    p.choose(1);
    const end = p.save;
    p.reset({ ...end, path: end.path.slice(0, 1) });
    const fresh = Playthrough.resume(json, { ...end, path: end.path.slice(0, 1) }).playthrough;
    expect(p.save).toEqual(fresh.save);
    expect(p.sofar.events).toEqual(fresh.sofar.events);
    expect(p.sceneContext).toEqual(fresh.sceneContext);
    expect(p.log).toEqual(fresh.log);
    const { mismatch } = p.reset(end);
    expect(mismatch).toBeNull();
    expect(p.ended).toBe(true);
    expect(p.log).toEqual(Playthrough.resume(json, end).playthrough.log);
  });
});
