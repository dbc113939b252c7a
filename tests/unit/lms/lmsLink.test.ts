// The LMS link follows the performance the play screen plays, from its stream: through restarts and rewinds (the
// same performance, reset in place) and onto the new one a live reload gives the screen, so the place the LMS keeps
// is where the learner really is, never where the first performance was left.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { connectLms, RETRY_MS } from '../../../src/lms/lmsLink';
import { recordReached } from '../../../src/lms/recordReached';
import type { LmsProblems } from '../../../src/lms/lmsProblems';
import { readKeptRecord } from '../../../src/lms/suspendData';
import { Playthrough } from '../../../src/engine/playthrough';
import { followPassage } from '../../../src/engine/heardPassage';
import { shippedStories } from '../../support/shippedStories';
import { fakeScorm12 } from './fakeScorm';

const S1 = 'sitting-in-reception';

/** A window launched by an LMS: the SCORM 1.2 API on it, the story in its address. */
function launchedWindow(api: object, story = S1): Window {
  const href = `https://lms.example/index.html?story=${story}&lms=1`;
  return Object.assign(new EventTarget(), {
    location: { href, search: `?story=${story}&lms=1`, pathname: '/index.html', hash: '' },
    history: { state: null, replaceState() {} },
    parent: null,
    opener: null,
    API: api,
  }) as unknown as Window;
}

/** A stand-in for the play screen's side of the contract: the performance it plays, and the one replacing it. */
function screenOf(first: Playthrough) {
  let current = first;
  const listeners = new Set<(p: Playthrough) => void>();
  return {
    onPerformance(listener: (p: Playthrough) => void) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    /** A live reload: a new performance, replayed to the learner's place, then announced. */
    reload(next: Playthrough) {
      next.reset(current.save);
      current = next;
      for (const listener of listeners) listener(next);
    },
  };
}

/** Take the first option of whatever is on offer, `n` times. */
function takeFirst(p: Playthrough, n: number): void {
  const heard = followPassage(p);
  for (let i = 0; i < n && heard.now().choices.length; i++) p.choose(0);
  heard.stop();
}

const keptPath = (data: Record<string, string>) =>
  readKeptRecord(data['cmi.suspend_data'] ?? '').record.places.find((s) => s.storyId === S1)?.path.length;

describe('the LMS link and the performance it follows', () => {
  test('after a live reload it keeps the place of the new performance, and the old one is no longer heard', async () => {
    const story = shippedStories().find((s) => s.id === S1)!;
    const lms = fakeScorm12();
    const link = connectLms(launchedWindow(lms.api))!;
    expect(link).not.toBeNull();
    const first = new Playthrough(story.json, { storyId: S1, storyHash: story.hash });
    first.start();
    const screen = screenOf(first);
    link.follow(screen);

    takeFirst(first, 2);
    await Promise.resolve();
    expect(keptPath(lms.data)).toBe(2);

    const reloaded = new Playthrough(story.json, { storyId: S1, storyHash: story.hash });
    screen.reload(reloaded);
    expect(keptPath(lms.data)).toBe(2);

    takeFirst(reloaded, 1);
    await Promise.resolve();
    expect(keptPath(lms.data)).toBe(3);

    // The first performance, left behind by the reload, speaks to nobody now.
    first.reset({ ...first.save, path: [] });
    await Promise.resolve();
    expect(keptPath(lms.data)).toBe(3);
  });
});

describe('an LMS that will not save', () => {
  afterEach(() => void vi.useRealTimers());

  test('a completion it refused is offered again while the page stays open, and the learner hears when it goes', () => {
    vi.useFakeTimers();
    const lms = fakeScorm12();
    let down = false;
    const commit = lms.api.LMSCommit;
    lms.api.LMSCommit = (s: '') => (down ? 'false' : commit(s));
    const said: string[] = [];
    const problems: LmsProblems = {
      // As the notice does: a problem already on screen is not said again.
      tell: (p) => {
        if (said.at(-1) !== `told ${p}`) said.push(`told ${p}`);
      },
      resolved: (p) => void said.push(`resolved ${p}`),
    };
    const win = launchedWindow(lms.api);
    connectLms(win, problems);
    down = true;
    recordReached(S1, win);
    expect(said).toEqual(['told completion']);
    vi.advanceTimersByTime(RETRY_MS);
    expect(said).toEqual(['told completion']);
    down = false;
    vi.advanceTimersByTime(RETRY_MS);
    expect(said).toEqual(['told completion', 'resolved completion']);
    expect(lms.data['cmi.core.lesson_status']).toBe('completed');
    // Nothing is owed now: the retries stop.
    const commits = lms.calls.filter((c) => c.fn === 'LMSCommit').length;
    vi.advanceTimersByTime(RETRY_MS * 3);
    expect(lms.calls.filter((c) => c.fn === 'LMSCommit').length).toBe(commits);
  });

  test('launched as a package (lms=1) with no LMS above it: the learner is told', () => {
    const said: string[] = [];
    const win = launchedWindow(undefined as unknown as object);
    expect(connectLms(win, { tell: (p) => void said.push(p), resolved: () => undefined })).toBeNull();
    expect(said).toEqual(['unreachable']);
  });

  test('a completion still refused when the page closed is given on the package’s next launch on this device, and only to that package', () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const problems: LmsProblems = {
      tell: (p) => void said.push(`told ${p}`),
      resolved: (p) => void said.push(`resolved ${p}`),
    };
    // The same learner id in every LMS session, as one learner's LMS gives.
    const timedOut = fakeScorm12({ 'cmi.core.student_id': 'learner-unrecorded' });
    timedOut.api.LMSCommit = () => 'false';
    const first = launchedWindow(timedOut.api);
    connectLms(first, problems);
    recordReached(S1, first);
    first.dispatchEvent(new Event('pagehide'));
    expect(said).toContain('told completion');
    said.length = 0;

    // Another package (another story's activity) for the same learner on this device does not take it.
    const other = fakeScorm12({ 'cmi.core.student_id': 'learner-unrecorded' });
    connectLms(launchedWindow(other.api, 'next-of-kin'), problems);
    expect(said).toEqual([]);
    expect(other.data['cmi.core.lesson_status']).toBe('incomplete');

    // The same package, next launch: the LMS hears it, and the learner is told.
    const next = fakeScorm12({ 'cmi.core.student_id': 'learner-unrecorded' });
    connectLms(launchedWindow(next.api), problems);
    expect(said).toEqual(['resolved completion']);
    expect(next.data['cmi.core.lesson_status']).toBe('completed');
    expect(readKeptRecord(next.data['cmi.suspend_data']).record.done).toEqual([S1]);

    // Told once: the launch after that has nothing to say.
    said.length = 0;
    connectLms(launchedWindow(fakeScorm12({ 'cmi.core.student_id': 'learner-unrecorded' }).api), problems);
    expect(said).toEqual([]);
  });
});
