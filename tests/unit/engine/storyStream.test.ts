// The performance's one stream (engine/storyEvents.ts): what a passage emits and in what order, decisions that
// never change once told, and what a reset (restart, resume, going back) tells a listener that subscribed once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESTHER_HEADER } from '../../support/estherHeader';
import { compileSource } from '../../support/compileSource';
import { Playthrough } from '../../../src/engine/playthrough';
import {
  PERFORMANCE_EVENT_TYPES,
  type PerformanceEvents,
  type StoryEvent,
  type StoryReset,
} from '../../../src/engine/storyEvents';
import type { DecisionRecord, SaveEnvelope } from '../../../src/engine/types';

const STORY = `${ESTHER_HEADER}
# cast: dawn = Dawn; role: receptionist; age: 30 (invisible); caring: her father
VAR last_act = ""
-> desk
=== desk ===
# scene: desk
Esther waits. # enter: esther # prop: esther notepad
"Next," says Dawn, to the room. # speaker: dawn
# harm: exclusion
# discuss: Who was Dawn talking to?
# note: The Equality Act 2010 applies.
* [Go on]
- Still waiting.
* [Ask Esther #move: invite esther] Asked. # moment: You asked Esther.
* [Stay quiet #move: silent esther] Quiet. # moment: You stayed quiet. # perspective: esther: Nobody asked me.
- -> second
=== second ===
# scene: second
Later.
* [Check in with Esther #move: indirect esther kind=delay] Checked.
* [Leave #move: silent esther] Left.
- The end.
-> END
`;

type Heard = { type: keyof PerformanceEvents; data: unknown };

/** A playthrough and everything its stream says, in order, from one subscription per event type. */
function listen() {
  const p = new Playthrough(compileSource(STORY), { storyId: 't' });
  const heard: Heard[] = [];
  for (const type of PERFORMANCE_EVENT_TYPES) p.events.on(type, (data: unknown) => heard.push({ type, data }));
  return { p, heard };
}

/** One word for each event, to read an order at a glance. */
function brief(h: Heard): string {
  const d = h.data as Record<string, unknown>;
  switch (h.type) {
    case 'line':
      return `line:${(d.text as string) || '(tags)'}`;
    case 'cue':
      return `cue:${d.kind as string}`;
    case 'note':
      return `note:${d.kind as string}@${d.decision as number}`;
    case 'choices':
      return `choices:${(d.options as unknown[]).length}${d.decision ? ' decision' : ''}`;
    case 'decision':
      return `decision:${d.index as number}`;
    case 'save':
      return `save:${(d as unknown as SaveEnvelope).path.length}`;
    default:
      return h.type;
  }
}

describe('the stream of one performance', () => {
  it('tells a passage in order: each line after its cues, then the notes for the decision, then the choices', () => {
    const { p, heard } = listen();
    p.start();
    expect(heard.map(brief)).toEqual([
      // Before anything is said: the Audience, whom the story's moves name (who can talk past whom on stage).
      'cue:audience',
      'cue:scene',
      'cue:enter',
      'cue:prop',
      'line:Esther waits.',
      'cue:speaker',
      'line:"Next," says Dawn, to the room.',
      // ink gathers the tag-only lines before a choice into one.
      'cue:harm',
      'line:(tags)',
      // A pacing choice: the discussion card and the note wait for the decision they belong to.
      'choices:1',
    ]);
    heard.length = 0;
    p.choose(0);
    expect(heard.map(brief)).toEqual([
      'save:1',
      'line:Still waiting.',
      'note:discuss@0',
      'note:facilitator@0',
      'choices:2 decision',
    ]);
    expect(heard.filter((h) => h.type === 'note').map((h) => h.data)).toEqual([
      { kind: 'discuss', decision: 0, text: 'Who was Dawn talking to?' },
      { kind: 'facilitator', decision: 0, text: 'The Equality Act 2010 applies.' },
    ]);
  });

  it('tells a decision as it is made, before its consequence, whose moment and perspectives follow as notes', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    heard.length = 0;
    p.choose(1);
    expect(heard.map(brief)).toEqual([
      'decision:0',
      'save:2',
      'line:Quiet.',
      'note:moment@0',
      'note:perspective@0',
      'cue:scene',
      'line:Later.',
      'choices:2 decision',
    ]);
    const decision = heard[0]!.data as DecisionRecord;
    expect(decision.acts).toEqual([{ act: 'BYSTAND', target: 'esther' }]);
    expect({ voice: decision.voice, power: decision.power, courage: decision.courage }).toEqual(decision.base);
    expect(heard[4]!.data).toEqual({ kind: 'perspective', decision: 0, who: 'esther', text: 'Nobody asked me.' });
  });

  it('never changes a decision once told, even when a later one lifts it (R9) and its window adds a moment', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    p.choose(1);
    const told = heard.find((h) => h.type === 'decision')!.data as DecisionRecord;
    const asTold = structuredClone(told);
    expect(Object.isFrozen(told)).toBe(true);
    expect(Object.isFrozen(told.acts[0])).toBe(true);
    expect(Object.isFrozen(told.options)).toBe(true);
    p.choose(0);
    expect(p.ended).toBe(true);
    expect(told).toEqual(asTold);
    // The log folds what came later into new records: the check-in lifted the silence's courage.
    const logged = p.log.decisions[0]!;
    expect(logged).not.toBe(told);
    expect(logged.moment).toBe('You stayed quiet.');
    expect(logged.followedUpBy).toBe(1);
    expect(logged.courage).toBe(told.courage + 1);
    expect(logged.base).toEqual(told.base);
    expect(heard.at(-1)).toEqual({ type: 'ended', data: { error: null } });
  });

  it('freezes every payload it emits', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    p.choose(0);
    p.reset({ ...p.save, path: [] });
    for (const h of heard) expect(Object.isFrozen(h.data), h.type).toBe(true);
  });
});

describe('a reset tells listeners that subscribed once', () => {
  it('says nothing while the path replays, then one reset with the story so far and the place', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    p.choose(1);
    const before = p.sofar.events;
    heard.length = 0;
    const save = p.save;
    p.reset(save);
    expect(heard.map((h) => h.type)).toEqual(['reset']);
    const reset = heard[0]!.data as StoryReset;
    expect(reset.save).toEqual(save);
    expect(reset.mismatch).toBeNull();
    // The same story, told again: the same events as the live play heard.
    expect(reset.events).toEqual(before);
  });

  it('replays old decisions only inside the reset, never as new decision events', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    p.choose(1);
    heard.length = 0;
    p.reset({ ...p.save, path: p.save.path.slice(0, 1) });
    expect(heard.filter((h) => h.type === 'decision')).toEqual([]);
    const reset = heard[0]!.data as StoryReset;
    expect(reset.events.filter((e) => e.type === 'decision')).toEqual([]);
    expect(reset.events.at(-1)).toMatchObject({ type: 'choices', data: { decision: true } });
    // From here on, the play is live again on the same subscription.
    p.choose(0);
    expect(heard.slice(1).map(brief).slice(0, 3)).toEqual(['decision:0', 'save:2', 'line:Asked.']);
  });

  it('ends a restart where the story starts, with nothing of the old path', () => {
    const { p, heard } = listen();
    p.start();
    const opening = p.sofar.events;
    p.choose(0);
    p.choose(1);
    heard.length = 0;
    p.reset({ ...p.save, path: [] });
    const reset = heard[0]!.data as StoryReset;
    expect(reset.save.path).toEqual([]);
    expect(reset.events).toEqual(opening);
  });

  it('says where replay stopped when the story changed since the save', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    heard.length = 0;
    p.reset({ ...p.save, path: [...p.save.path, { index: 0, text: 'An option that is gone' }] });
    const reset = heard[0]!.data as StoryReset;
    expect(reset.mismatch).toEqual({ step: 1, expected: 'An option that is gone' });
    expect(reset.save.path).toHaveLength(1);
  });

  it('gives a listener that starts late the same story so far as one that listened from the start', () => {
    const { p, heard } = listen();
    p.start();
    p.choose(0);
    p.choose(0);
    const live = heard.filter((h) => h.type !== 'save').map((h) => ({ type: h.type, data: h.data }));
    expect(p.sofar.events).toEqual(live as StoryEvent[]);
  });

  it("keeps ink's runtime warnings off the stream while a path replays, and gives them, once, to whoever resumed", () => {
    const json = compileSource(readFileSync('tests/fixtures/play/runtime-warning.ink', 'utf8'));
    const live = new Playthrough(json, { storyId: 'w' });
    const warned: string[] = [];
    live.events.on('warning', (w) => warned.push(w));
    live.start();
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/Variable not found: 'seen'/);
    live.choose(0);
    const said = warned.splice(0);
    // A resume along the whole path meets the same warning once, as ink worded it, and says nothing on the stream.
    const { playthrough, warnings } = Playthrough.resume(json, live.save, { storyId: 'w' });
    expect(warnings).toEqual(said);
    playthrough.events.on('warning', (w) => warned.push(w));
    live.reset(live.save);
    playthrough.reset(live.save);
    expect(warned).toEqual([]);
  });
});
