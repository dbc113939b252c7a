import { describe, expect, it } from 'vitest';
import {
  answersForPlaythrough,
  comeBackIsDue,
  createDebriefStore,
  debriefKey,
  deleteEverything,
  emptyAnswers,
  nextRotation,
  playthroughKey,
  type KeyValueStore,
} from '../../../src/engine/debrief/debriefStore';

function mapStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const KEY = debriefKey('sitting-in-reception');

describe('debriefStore', () => {
  it('keeps answers as they are typed and gives them back after a reload', () => {
    const storage = mapStore();
    const store = createDebriefStore(storage, KEY);
    expect(store.load()).toEqual(emptyAnswers());
    store.save({ feelings: 'Uneasy' });
    store.save({ account: { learned: 'Turn to the person.' } });
    store.save({ account: { impact: 'They speak first.' }, prompts: { 'doing-with': 'I rang for her.' } });
    const reloaded = createDebriefStore(storage, KEY).load();
    expect(reloaded.feelings).toBe('Uneasy');
    expect(reloaded.account).toMatchObject({ learned: 'Turn to the person.', impact: 'They speak first.' });
    expect(reloaded.prompts).toEqual({ 'doing-with': 'I rang for her.' });
  });

  it('sets aside stored text that is not JSON, without crashing', () => {
    const storage = mapStore();
    storage.setItem(KEY, '{"feelings": "half a wor');
    const store = createDebriefStore(storage, KEY);
    expect(store.load()).toEqual(emptyAnswers());
    expect(store.setAside()).toBe(true);
    expect(storage.getItem(`${KEY}:set-aside`)).toBe('{"feelings": "half a wor');
    expect(store.save({ feelings: 'Fine' })).toBe(true);
    expect(createDebriefStore(storage, KEY).load().feelings).toBe('Fine');
  });

  it('sets aside JSON of the wrong shape, and fills in fields an older record lacks', () => {
    const storage = mapStore();
    storage.setItem(KEY, JSON.stringify({ feelings: 42, standards: 'all of them' }));
    const broken = createDebriefStore(storage, KEY);
    expect(broken.load()).toEqual(emptyAnswers());
    expect(broken.setAside()).toBe(true);

    storage.setItem(KEY, JSON.stringify({ version: 1, feelings: 'Tired' }));
    const older = createDebriefStore(storage, KEY);
    expect(older.load()).toMatchObject({ feelings: 'Tired', standards: [], includeBands: false });
    expect(older.setAside()).toBe(false);
  });

  it('reports when the device will not store the answers', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(createDebriefStore(full, KEY).save({ feelings: 'x' })).toBe(false);
  });

  it('clears its own answers, and deletes everything on request', () => {
    const storage = mapStore();
    const store = createDebriefStore(storage, KEY);
    store.save({ feelings: 'Uneasy' });
    store.clear();
    expect(storage.map.has(KEY)).toBe(false);
    store.save({ feelings: 'Again' });
    nextRotation(storage);
    deleteEverything(storage, [KEY]);
    expect(storage.map.size).toBe(0);
  });

  it('takes the next rotation each time', () => {
    const storage = mapStore();
    expect([nextRotation(storage), nextRotation(storage), nextRotation(storage)]).toEqual([0, 1, 2]);
  });

  it('keeps answers for the same playthrough, and starts afresh for a new one but keeps commitments', () => {
    const storage = mapStore();
    const first = playthroughKey({ storyHash: 'abc', path: [{ index: 0, text: 'Ask Esther' }] });
    const store = createDebriefStore(storage, KEY);
    answersForPlaythrough(store, first);
    store.save({
      feelings: 'Uneasy',
      comeBackOn: '2026-04-14',
      commitments: { self: ['credit-by-name'] },
      rotation: 4,
    });
    expect(answersForPlaythrough(createDebriefStore(storage, KEY), first).feelings).toBe('Uneasy');

    const second = playthroughKey({ storyHash: 'abc', path: [{ index: 1, text: 'Answer for her' }] });
    const again = answersForPlaythrough(createDebriefStore(storage, KEY), second);
    // The rotation is cleared so the curtain call takes the next closing question for the new playthrough.
    expect(again).toMatchObject({ playthrough: second, feelings: '', comeBackOn: '2026-04-14', rotation: null });
    expect(again.commitments.self).toEqual(['credit-by-name']);
  });

  it('says when the come-back date has arrived', () => {
    expect(comeBackIsDue(null, '2026-04-14')).toBe(false);
    expect(comeBackIsDue('2026-04-14', '2026-04-13')).toBe(false);
    expect(comeBackIsDue('2026-04-14', '2026-04-14')).toBe(true);
  });
});
