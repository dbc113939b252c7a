// The game's link to an organisation's learning systems: a SCORM LMS (the learner's place and completion) and,
// when an organisation turns it on, an xAPI learning record store. Without either, connectLms() returns null and
// the game plays exactly as it does on its own. Nothing here ever reads the learner's curtain-call answers.
import type { StoryPerformance } from '../engine/storyPerformance';
import type { SaveEnvelope } from '../engine/types';
import type { StoryEvent } from '../engine/storyEvents';
import type { LoadedStory } from '../ui/storySource';
import { findEntry } from '../ui/storySource';
import { deviceStorage, storageKey } from '../ui/deviceStorage';
import { findLmsApi, type FrameLike } from './lmsApi';
import { scormSession, type LmsSession } from './scormSession';
import { emptyRecord, readKeptRecord, withDone, withPlace, writeSuspendData, type KeptRecord } from './suspendData';
import { fillPathTexts } from './replayByIndex';
import { placeLabel } from './placeLabel';
import { onRecordReached } from './recordReached';
import { noticeSentences, PLACE_FROM_ELSEWHERE } from './lmsNotice';
import type { LmsProblems } from './lmsProblems';
import { LAUNCH_PARAMS, readXapiFile, readXapiLaunch, xapiSettings, type XapiSettings } from './xapi/xapiConfig';
import { completedStatement, decisionStatement, statementId, type StoryRef } from './xapi/xapiStatements';
import { xapiOutbox, type Outbox } from './xapi/xapiOutbox';

export interface LmsLink {
  /** The stories the package was launched for (`?story=ID` or `?stories=a,b` with `lms=1`); empty means any. */
  readonly stories: string[];
  /** Settles once the xAPI configuration is known. */
  readonly ready: Promise<void>;
  /** What to tell the learner on the start screen (after `ready`). */
  notice(): string[];
  /**
   * The place the LMS kept for this story, ready to replay; `problem` says why a kept place cannot be used, and
   * `note` what the learner should know when the place came from the LMS to a device that had none of its own.
   */
  placeFor(
    story: LoadedStory,
    deviceHasPlace?: boolean,
  ): { save: SaveEnvelope | null; problem: string | null; note?: string };
  /**
   * Keep the LMS up to date with the play screen's performance (the record, never a What if copy), and with the
   * one that replaces it when the story is reloaded live.
   */
  follow(screen: { onPerformance(listener: (playthrough: StoryPerformance) => void): () => void }): void;
}

const listOf = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9][a-z0-9_-]*$/.test(s));

/** Take the xAPI credentials out of the address bar, so they are not bookmarked or shared by copying the link. */
function hideLaunchParams(win: Window): void {
  const url = new URL(win.location.href);
  let changed = false;
  for (const name of LAUNCH_PARAMS) {
    if (url.searchParams.has(name)) {
      url.searchParams.delete(name);
      changed = true;
    }
  }
  if (changed) win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
}

async function readConfigFile(): Promise<unknown> {
  try {
    // Relative: the package may be unpacked anywhere on the LMS's server.
    const response = await fetch('config/xapi.json', { cache: 'no-cache' });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** How often a place or completion the LMS refused is offered again while the page stays open. */
export const RETRY_MS = 30_000;

/** A short fingerprint (FNV-1a): tells learners on one device apart without writing their LMS id (often an email). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Stories whose Record panel this learner reached while their LMS would not take it (it had timed out, the
 * connection dropped): kept on this device, per LMS learner and per package (the stories it launches: another
 * package's activity must not take it), and given to the LMS on the package's next launch.
 */
const unrecordedKey = (learnerId: string, stories: string[]) =>
  storageKey('lms', 'unrecorded', fingerprint(`${learnerId}|${stories.join(',')}`));
function readUnrecorded(key: string): string[] {
  try {
    const ids: unknown = JSON.parse(deviceStorage().getItem(key) ?? '[]');
    return Array.isArray(ids)
      ? ids.filter((id): id is string => typeof id === 'string' && listOf(id).length === 1)
      : [];
  } catch {
    return [];
  }
}

/**
 * `problems`, when given, is where the learner is told that the LMS cannot be reached or refused to save: a
 * package launched with `lms=1` whose LMS is missing says so rather than playing as if all were well.
 */
export function connectLms(win: Window = window, problems: LmsProblems | null = null): LmsLink | null {
  const search = new URLSearchParams(win.location.search);
  const found = findLmsApi(win as unknown as FrameLike);
  let session: LmsSession | null = found ? scormSession(found) : null;
  if (session && !session.start()) session = null;
  // Launched as an LMS package, but no LMS answered: nothing will be recorded, and the learner must know.
  if (!session && search.get('lms')) problems?.tell('unreachable');
  const launch = readXapiLaunch(win.location.search);
  if (!session && !launch) return null;
  hideLaunchParams(win);

  const stories = search.get('lms')
    ? search.get('stories') !== null
      ? listOf(search.get('stories'))
      : listOf(search.get('story'))
    : [];
  const read = session ? readKeptRecord(session.suspendData()) : { record: emptyRecord(), damaged: false };
  let record: KeptRecord = read.record;
  const unrecorded = session ? unrecordedKey(session.learnerId(), stories) : null;
  const owedFromBefore = unrecorded ? readUnrecorded(unrecorded) : [];
  for (const id of owedFromBefore) record = withDone(record, id);
  // Said once, with the first story opened: the learner's place could not be read, so it starts afresh.
  let damagedUntold = read.damaged;
  const startedAt = Date.now();
  let xapi: { settings: XapiSettings; outbox: Outbox } | null = null;

  const ready = (async () => {
    const settings = xapiSettings(readXapiFile(await readConfigFile()), launch, session?.learnerId() || null);
    if (!settings) return;
    const outbox = xapiOutbox({
      endpoint: settings.endpoint,
      auth: settings.auth,
      store: deviceStorage(),
      key: storageKey('xapi', 'outbox'),
    });
    xapi = { settings, outbox };
    // Statements left from an earlier visit go first.
    void outbox.flush();
  })();

  const storyRef = (id: string): StoryRef => ({ id, title: findEntry(id)?.title ?? id });
  const send = (make: (s: XapiSettings) => Parameters<Outbox['add']>[0]) => {
    if (xapi) xapi.outbox.add(make(xapi.settings));
  };

  // Following the play screen's performance, from its stream alone: where the learner is, how many decisions
  // they have taken, whether the story has ended. Restart, going back and resuming reset that same performance
  // in place, so the link subscribes once; a reset's replayed decisions are old news and are never sent again.
  // Only a live reload (an author saves the .ink while the game runs) gives the screen a new performance: the
  // screen says so, and the link moves to it, so the LMS keeps the place the learner is really at.
  let followed: {
    playthrough: StoryPerformance;
    save: SaveEnvelope;
    decisions: number;
    ended: boolean;
    off: (() => void)[];
  } | null = null;
  const sofar = (events: readonly StoryEvent[]) => ({
    decisions: events.filter((e) => e.type === 'decision').length,
    ended: events.some((e) => e.type === 'ended' && !e.data.error),
  });

  // What the LMS refused (answered "false" or threw: a timed-out session, a dropped connection), offered again
  // at the next choice, every RETRY_MS, when the browser is back online and when the page is left.
  let placeOwed = false;
  let completionOwed = owedFromBefore.length > 0;
  let retryTimer: ReturnType<typeof setInterval> | null = null;
  const retryLater = () => {
    if (placeOwed || completionOwed) retryTimer ??= setInterval(retry, RETRY_MS);
    else if (retryTimer !== null) {
      clearInterval(retryTimer);
      retryTimer = null;
    }
  };

  /** Write the record (and the place the learner is at, if any) to the LMS; false when the LMS refused it. */
  const write = (): boolean => {
    if (!session) return true;
    const storyId = followed?.playthrough.storyId ?? record.done.at(-1) ?? stories[0] ?? '';
    if (followed) record = withPlace(record, followed.save);
    const data = writeSuspendData(record, session.suspendLimit, storyId);
    const place = placeLabel({
      title: storyRef(storyId).title,
      decisionsTaken: followed?.decisions ?? 0,
      ended: followed?.ended ?? true,
    });
    // Too long even without option texts: the LMS keeps the previous place (never reached by a real story).
    return data === null || session.keepPlace(place, data);
  };

  const keep = () => {
    if (!session || !followed) return;
    const ok = write();
    if (!ok) {
      placeOwed = true;
      problems?.tell('place');
    } else if (placeOwed) {
      placeOwed = false;
      problems?.resolved('place');
    }
    if (completionOwed) markComplete();
    retryLater();
  };

  /** The package's rule: every story it was launched for has reached its Record panel. */
  const ruleMet = (storyId: string | null) =>
    (stories.length ? stories : storyId ? [storyId] : record.done).every((id) => record.done.includes(id));

  /** Tell the LMS what is done; on a refusal, keep it on this device (for the next launch) and say so. */
  const markComplete = (storyId: string | null = null) => {
    if (!session) return;
    // Already complete in the LMS (an earlier attempt) is left as it is, unless this page still owes it.
    const ok = write() && (!ruleMet(storyId) || (session.isCompleted() && !completionOwed) || session.markCompleted());
    if (!ok) {
      if (unrecorded) deviceStorage().setItem(unrecorded, JSON.stringify(record.done));
      completionOwed = true;
      problems?.tell('completion');
    } else if (completionOwed) {
      completionOwed = false;
      if (unrecorded) deviceStorage().removeItem(unrecorded);
      problems?.resolved('completion');
    }
    retryLater();
  };

  const complete = (storyId: string) => {
    if (record.done.includes(storyId)) return;
    record = withDone(record, storyId);
    send((s) => completedStatement(s, storyRef(storyId), statementId(), new Date()));
    markComplete(storyId);
  };
  onRecordReached((storyId) => {
    if (!stories.length || stories.includes(storyId)) complete(storyId);
  }, win);

  const retry = () => {
    if (placeOwed && followed) keep();
    else if (completionOwed) markComplete();
    else retryLater();
  };
  // Finished on an earlier visit while the LMS would not take it: it is told now.
  if (completionOwed) markComplete();

  let unfollowScreen: (() => void) | null = null;
  const bind = (playthrough: StoryPerformance) => {
    if (followed) for (const off of followed.off) off();
    const storyId = playthrough.storyId;
    const { events } = playthrough;
    // Bound after the play screen has started: what happened before comes from the story so far.
    const now = playthrough.sofar;
    const here = {
      playthrough,
      save: now.save,
      ...sofar(now.events),
      off: [
        events.on('save', (save) => {
          here.save = save;
          // After the choice has been played out, so the place says where the learner now is.
          queueMicrotask(keep);
        }),
        events.on('decision', (decision) => {
          here.decisions += 1;
          if (!xapi?.settings.sendDecisionActs) return;
          const acts = decision.acts.map((a) => a.act);
          // Sent once the click's own work is done (the next words are in the page by then), not before them.
          const at = new Date();
          queueMicrotask(() =>
            send((s) => decisionStatement(s, storyRef(storyId), decision.index + 1, acts, statementId(), at)),
          );
        }),
        events.on('ended', ({ error }) => {
          if (!error) here.ended = true;
        }),
        events.on('reset', (reset) => {
          Object.assign(here, { save: reset.save, ...sofar(reset.events) });
          keep();
        }),
      ],
    };
    followed = here;
    keep();
  };

  win.addEventListener('pagehide', () => {
    if (placeOwed || completionOwed) retry();
    session?.finish((Date.now() - startedAt) / 1000);
    void xapi?.outbox.flush(true);
  });
  win.addEventListener('online', () => {
    void xapi?.outbox.flush();
    if (placeOwed || completionOwed) retry();
  });

  return {
    stories,
    ready,
    notice: () => noticeSentences({ scorm: !!session, xapi: !!xapi, decisionActs: !!xapi?.settings.sendDecisionActs }),
    placeFor(story, deviceHasPlace = true) {
      const kept = record.places.find((p) => p.storyId === story.entry.id);
      if (!kept && damagedUntold) {
        damagedUntold = false;
        return {
          save: null,
          problem:
            'Your learning system’s record of your place could not be read (it may have been changed or damaged), so it was not used: the story starts from the beginning, or from the place this device last kept.',
        };
      }
      if (!kept) return { save: null, problem: null };
      const save = fillPathTexts(story.json, kept, story.entry.hash);
      if (save && !deviceHasPlace && save.path.length) return { save, problem: null, note: PLACE_FROM_ELSEWHERE };
      if (save) return { save, problem: null };
      return {
        save: null,
        problem:
          'Your learning system kept your place in an earlier version of this story, which cannot be matched to this one, so the story starts from the beginning.',
      };
    },
    follow(screen) {
      unfollowScreen?.();
      unfollowScreen = screen.onPerformance(bind);
    },
  };
}
