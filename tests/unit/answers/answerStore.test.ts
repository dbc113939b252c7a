// Answers belong to the learner, not to a path: kept per story and playthrough, never erased by a republish or a
// new path, earlier ones reachable until deleted, and two tabs never overwrite each other's words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comeBackIsDue,
  emptyAnswers,
  followUpWaits,
  type AnswersPatch,
} from '../../../src/engine/debrief/debriefAnswers';
import {
  allReflections,
  answerBook,
  answersKey,
  keptTitle,
  legacyAnswersKey,
  nextRotation,
  playthroughName,
  storedComeBack,
  unreadableAnswers,
  type AnswerStorage,
} from '../../../src/ui/answerStore';

const STORY = 'sitting-in-reception';

/** Storage as a tab sees it: a shared device, which can be full. */
function device() {
  const map = new Map<string, string>();
  const state = { full: false };
  const storage: AnswerStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
  return { map, state, storage };
}

describe('answerStore', () => {
  it('keeps answers as they are typed and gives them back after a reload', () => {
    const { storage } = device();
    const p = playthroughName(1_700_000_000_000);
    const book = answerBook(storage, STORY);
    expect(book.open(p, 1).answers).toMatchObject({ feelings: '', playthrough: p });
    book.save(p, { feelings: 'Uneasy' }, 2);
    book.save(p, { account: { learned: 'Turn to the person.' } }, 3);
    book.save(p, { account: { impact: 'They speak first.' }, prompts: { 'doing-with': 'I rang for her.' } }, 4);
    const reloaded = answerBook(storage, STORY).open(p, 5).answers;
    expect(reloaded.feelings).toBe('Uneasy');
    expect(reloaded.account).toMatchObject({ learned: 'Turn to the person.', impact: 'They speak first.' });
    expect(reloaded.prompts).toEqual({ 'doing-with': 'I rang for her.' });
  });

  it('keeps the story’s title with the answers, so they are named by it once the story has gone', () => {
    const { map, storage } = device();
    const p = playthroughName(1000);
    const book = answerBook(storage, STORY, 'Sitting in Reception');
    book.open(p, 1000);
    book.save(p, { feelings: 'Uneasy' }, 1001);
    expect(JSON.parse(map.get(answersKey(STORY, p))!)).toMatchObject({ title: 'Sitting in Reception' });
    // Read without knowing the title (the story removed since), it is still there.
    expect(keptTitle(storage, STORY)).toBe('Sitting in Reception');
    // A story with no title keeps none, rather than a blank.
    const untitled = answerBook(storage, 'plain', '  ');
    untitled.open(p, 1000);
    untitled.save(p, { feelings: 'Fine' }, 1001);
    expect(untitled.read(p).title).toBeNull();
    expect(keptTitle(storage, 'plain')).toBeNull();
  });

  it('answers written before titles were kept still read, without one, and gain it the next time the learner writes', () => {
    const { map, storage } = device();
    const p = playthroughName(1000);
    map.set(answersKey(STORY, p), JSON.stringify({ playthrough: p, savedAt: 1000, feelings: 'Uneasy' }));
    expect(answerBook(storage, STORY).read(p)).toMatchObject({ title: null, feelings: 'Uneasy' });
    expect(keptTitle(storage, STORY)).toBeNull();
    // Opening the curtain call again writes nothing; writing in it keeps the title with the words.
    const book = answerBook(storage, STORY, 'Sitting in Reception');
    book.open(p, 2000);
    expect(keptTitle(storage, STORY)).toBeNull();
    book.save(p, { account: { learned: 'Turn to her.' } }, 2001);
    expect(book.read(p)).toMatchObject({ title: 'Sitting in Reception', feelings: 'Uneasy' });
    expect(keptTitle(storage, STORY)).toBe('Sitting in Reception');
  });

  it('a new playthrough starts afresh, keeps the practice (commitments, date, follow-up) and leaves the earlier words reachable', () => {
    const { storage } = device();
    const book = answerBook(storage, STORY);
    const first = playthroughName(1000);
    book.open(first, 1000);
    book.save(
      first,
      { feelings: 'Uneasy', comeBackOn: '2026-04-14', commitments: { self: ['credit-by-name'] }, rotation: 4 },
      1001,
    );
    const second = playthroughName(2000);
    const again = book.open(second, 2000).answers;
    expect(again).toMatchObject({ playthrough: second, feelings: '', comeBackOn: '2026-04-14', rotation: null });
    expect(again.commitments.self).toEqual(['credit-by-name']);
    expect(book.earlier(second).map((e) => e.answers.feelings)).toEqual(['Uneasy']);
    // Deleting is the learner's call, and only then are the words gone.
    book.remove(first);
    expect(book.earlier(second)).toEqual([]);
  });

  it('a deletion can be undone straight after, but never over words written since', () => {
    const { storage } = device();
    const book = answerBook(storage, STORY);
    const p = playthroughName(1000);
    book.open(p, 1000);
    book.save(p, { feelings: 'Uneasy' }, 1001);
    const undo = book.remove(p);
    expect(book.earlier('')).toEqual([]);
    expect(undo()).toBe(true);
    expect(book.read(p).feelings).toBe('Uneasy');
    // Deleted again, then written afresh (a new curtain call for the same playthrough): undo leaves that alone.
    const undoAgain = book.remove(p);
    book.save(p, { feelings: 'Calmer now' }, 1002);
    expect(undoAgain()).toBe(false);
    expect(book.read(p).feelings).toBe('Calmer now');
  });

  it('lists every story written about, each playthrough with words, the most recently written story first', () => {
    const { storage, map } = device();
    const reception = answerBook(storage, STORY);
    const opened = answerBook(storage, 'opened-my-outing');
    reception.save(playthroughName(1000), { feelings: 'First time' }, 1000);
    reception.save(playthroughName(2000), { feelings: 'Second time' }, 2000);
    reception.open(playthroughName(2500), 2500); // a curtain call opened, nothing written or ticked
    opened.save(playthroughName(3000), { account: { learned: 'From my own story' } }, 3000);
    map.set(legacyAnswersKey('next-of-kin'), JSON.stringify({ feelings: 'Before answers were kept per playthrough' }));
    map.set('allyship:debrief-rotation:next-of-kin', '3');
    const all = allReflections(storage);
    expect(all.map((s) => s.storyId)).toEqual(['opened-my-outing', STORY, 'next-of-kin']);
    expect(all[1]!.reflections.map((r) => r.answers.feelings)).toEqual(['Second time', 'First time']);
    expect(all[2]!.reflections[0]!.answers.feelings).toBe('Before answers were kept per playthrough');
  });

  it('two tabs typing into different boxes of one playthrough both keep their words (re-read before write)', () => {
    const { storage } = device();
    const p = playthroughName(1000);
    const tabA = answerBook(storage, STORY);
    const tabB = answerBook(storage, STORY);
    tabA.open(p, 1);
    tabB.open(p, 2);
    tabA.save(p, { account: { learned: 'From tab A' } }, 3);
    tabB.save(p, { account: { impact: 'From tab B' } }, 4);
    tabA.save(p, { prompts: { one: 'A again' } }, 5);
    expect(answerBook(storage, STORY).read(p)).toMatchObject({
      account: { learned: 'From tab A', impact: 'From tab B' },
      prompts: { one: 'A again' },
    });
  });

  it('answers written before they were kept per playthrough stay readable as earlier reflections, untouched', () => {
    const { storage, map } = device();
    const legacy = JSON.stringify({ version: 1, playthrough: 'abc|[]', feelings: 'Written long ago' });
    map.set(legacyAnswersKey(STORY), legacy);
    const book = answerBook(storage, STORY);
    const p = playthroughName(5000);
    book.open(p, 5000);
    book.save(p, { feelings: 'Today' }, 5001);
    expect(book.earlier(p).map((e) => e.answers.feelings)).toEqual(['Written long ago']);
    expect(map.get(legacyAnswersKey(STORY))).toBe(legacy);
  });

  it('answers saved before the time and Code boxes existed (r18 M1, S1) still load, every word as it was', () => {
    const { storage, map } = device();
    const p = playthroughName(6000);
    const older = {
      version: 1,
      playthrough: p,
      feelings: 'Uneasy',
      account: { whatHappened: null, learned: 'Turn to the person.', peerReflection: 'With Sam.', followUp: '' },
      standards: ['nmc-prioritise-people'],
    };
    const stored = JSON.stringify(older);
    map.set(answersKey(STORY, p), stored);
    const book = answerBook(storage, STORY);
    const read = book.read(p);
    expect(read.feelings).toBe('Uneasy');
    expect(read.account).toMatchObject({ learned: 'Turn to the person.', peerReflection: 'With Sam.' });
    expect(read.account.cpdTime).toBe('');
    expect(read.account.codeRelevance).toBe('');
    expect(read.standards).toEqual(['nmc-prioritise-people']);
    // Saved before the feelings could be put in the account: they stay out (session 15).
    expect(read.feelingsInAccount).toBe(false);
    // Reading never rewrites what was stored; a new word joins the old ones.
    expect(map.get(answersKey(STORY, p))).toBe(stored);
    book.save(p, { account: { codeRelevance: 'Prioritise people.' } }, 6001);
    expect(answerBook(storage, STORY).read(p).account).toMatchObject({
      learned: 'Turn to the person.',
      peerReflection: 'With Sam.',
      codeRelevance: 'Prioritise people.',
    });
  });

  it('sets aside stored text that is not answers, without crashing, and says so', () => {
    const { storage, map } = device();
    const p = playthroughName(1000);
    map.set(answersKey(STORY, p), '{"feelings": "half a wor');
    const opened = answerBook(storage, STORY).open(p, 7);
    expect(opened).toMatchObject({ setAside: true, unkept: false });
    expect(opened.answers.feelings).toBe('');
    expect([...map.values()]).toContain('{"feelings": "half a wor');
    expect(answerBook(storage, STORY).save(p, { feelings: 'Fine' }, 8)).toBe(true);
    expect(answerBook(storage, STORY).read(p).feelings).toBe('Fine');
  });

  it('reports when the device will not store the answers', () => {
    const { storage, state } = device();
    state.full = true;
    const book = answerBook(storage, STORY);
    expect(book.open(playthroughName(1), 1).unkept).toBe(true);
    expect(book.save(playthroughName(1), { feelings: 'x' }, 2)).toBe(false);
  });

  it('takes the next rotation each time, and finds the latest come-back date', () => {
    const { storage } = device();
    expect([nextRotation(storage, STORY), nextRotation(storage, STORY), nextRotation(storage, STORY)]).toEqual([
      0, 1, 2,
    ]);
    // Each story counts its own replays: another story played in between does not skip a wording.
    expect(nextRotation(storage, 'another-story')).toBe(0);
    expect(nextRotation(storage, STORY)).toBe(3);
    const book = answerBook(storage, STORY);
    book.open('p1', 1);
    book.save('p1', { comeBackOn: '2026-01-01' }, 2);
    book.open('p2', 3);
    book.save('p2', { comeBackOn: '2026-02-02' }, 4);
    expect(storedComeBack(storage, STORY)).toBe('2026-02-02');
  });

  it('says when the come-back date has arrived', () => {
    expect(comeBackIsDue(null, '2026-04-14')).toBe(false);
    expect(comeBackIsDue('2026-04-14', '2026-04-13')).toBe(false);
    expect(comeBackIsDue('2026-04-14', '2026-04-14')).toBe(true);
    expect(emptyAnswers().comeBackOn).toBeNull();
  });

  it('sends a learner back to the Record only on or after the come-back day, while "What happened" is empty', () => {
    const set = { ...emptyAnswers(), comeBackOn: '2026-04-14' };
    // Before the day, a reload reopens the part they were on.
    expect(followUpWaits(set, '2026-04-13')).toBe(false);
    expect(followUpWaits(set, '2026-04-14')).toBe(true);
    // Once they have written what happened, coming back keeps the part they were on again.
    expect(followUpWaits({ ...set, account: { ...set.account, followUp: 'I asked first.' } }, '2026-05-01')).toBe(
      false,
    );
    expect(followUpWaits(emptyAnswers(), '2026-05-01')).toBe(false);
  });
});

// One box the learner can type into, as a patch and as a reader.
const BOXES: { patch(text: string): AnswersPatch; read(a: ReturnType<typeof emptyAnswers>): string | undefined }[] = [
  { patch: (t) => ({ feelings: t }), read: (a) => a.feelings },
  { patch: (t) => ({ prompts: { 'doing-with': t } }), read: (a) => a.prompts['doing-with'] },
  { patch: (t) => ({ account: { learned: t } }), read: (a) => a.account.learned },
  { patch: (t) => ({ commitments: { ownSelf: t } }), read: (a) => a.commitments.ownSelf },
];

type Step =
  | { kind: 'play'; tab: number }
  | { kind: 'type'; tab: number; box: number; text: string }
  | { kind: 'republish' }
  | { kind: 'switch'; tab: number }
  | { kind: 'full'; on: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('play' as const), tab: fc.integer({ min: 0, max: 1 }) }),
  fc.record({
    kind: fc.constant('type' as const),
    tab: fc.integer({ min: 0, max: 1 }),
    box: fc.integer({ min: 0, max: BOXES.length - 1 }),
    text: fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== ''),
  }),
  fc.constant({ kind: 'republish' as const }),
  fc.record({ kind: fc.constant('switch' as const), tab: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('full' as const), on: fc.boolean() }),
);

describe('no sequence of playthroughs, republishes and tab switches loses an answer', () => {
  it('every word the device kept is found, in this playthrough or among the earlier reflections', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { storage, state } = device();
        let clock = 1000;
        // Each tab is its own page: its own book, the playthrough it is on, and what its boxes hold.
        const tabs = [0, 1].map(() => ({ book: answerBook(storage, STORY), playthrough: null as string | null }));
        /** playthrough → box → the last words the device kept there. */
        const kept = new Map<string, Map<number, string>>();
        for (const s of steps) {
          clock += 1;
          if (s.kind === 'full') state.full = s.on;
          else if (s.kind === 'play') {
            const tab = tabs[s.tab]!;
            tab.playthrough = playthroughName(clock);
            tab.book.open(tab.playthrough, clock);
          } else if (s.kind === 'type') {
            const tab = tabs[s.tab]!;
            if (!tab.playthrough) continue;
            if (tab.book.save(tab.playthrough, BOXES[s.box]!.patch(s.text), clock)) {
              if (!kept.has(tab.playthrough)) kept.set(tab.playthrough, new Map());
              kept.get(tab.playthrough)!.set(s.box, s.text);
            }
            // A save that fails returns false, and the curtain call tells the learner in words.
          } else if (s.kind === 'republish') {
            // A new build: the same playthroughs reopen their curtain call (their names do not change).
            for (const tab of tabs) if (tab.playthrough) tab.book.open(tab.playthrough, clock);
          } else {
            // Switching tabs: the other page reopens what it was on.
            const tab = tabs[s.tab]!;
            if (tab.playthrough) tab.book.open(tab.playthrough, clock);
          }
        }
        // A fresh page, a new playthrough: every kept word is among its earlier reflections.
        const fresh = answerBook(storage, STORY);
        const earlier = new Map(fresh.earlier('a-new-one').map((e) => [e.playthrough, e.answers]));
        for (const [playthrough, boxes] of kept) {
          const answers = earlier.get(playthrough);
          expect(answers, `playthrough ${playthrough}`).toBeDefined();
          for (const [box, text] of boxes) expect(BOXES[box]!.read(answers!)).toBe(text);
        }
      }),
      { seed: 1717, numRuns: 300 },
    );
  });

  it('every record that cannot be read is found, set aside or still in place, with its text exactly as stored', () => {
    const { map, storage } = device();
    const book = answerBook(storage, STORY);
    const p = playthroughName(1000);
    const damaged = '{"feelings":"Words I wrote at the desk and must not lose';
    map.set(answersKey(STORY, p), damaged);
    // A curtain call finds it, puts it aside and starts afresh beside it.
    expect(book.open(p, 5000).setAside).toBe(true);
    // Another, never opened since it was damaged (an older layout, or a write cut short).
    map.set(answersKey('opened-my-outing', 'p7'), 'not json at all');
    map.set(legacyAnswersKey('an-old-story'), '[1, 2');
    // Readable answers and other keys are not unreadable.
    book.save(p, { feelings: 'Fresh words' }, 5001);
    map.set('allyship:debrief-rotation:sitting-in-reception', '3');
    const found = unreadableAnswers(storage);
    expect(found.map(({ storyId, raw, setAsideAt }) => ({ storyId, raw, setAsideAt }))).toEqual([
      { storyId: 'an-old-story', raw: '[1, 2', setAsideAt: null },
      { storyId: 'opened-my-outing', raw: 'not json at all', setAsideAt: null },
      { storyId: STORY, raw: damaged, setAsideAt: 5000 },
    ]);
    for (const item of found) expect(map.get(item.key)).toBe(item.raw);
  });
});
