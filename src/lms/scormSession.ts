// One conversation with the LMS, the same whichever SCORM version it speaks. Only four things are ever written:
// the completion status, a short place ("Sitting in Reception: decision 3"), the save's path (compressed, in
// suspend data) and the time spent. No score, no answers, nothing the learner typed.
import type { FoundApi } from './lmsApi';

export interface LmsSession {
  readonly version: '1.2' | '2004';
  /** How many characters `cmi.suspend_data` may hold in this version. */
  readonly suspendLimit: number;
  /** Start the session; false when the LMS refused (the game then plays on without it). */
  start(): boolean;
  /** What the LMS kept from a previous session ('' when nothing). */
  suspendData(): string;
  isCompleted(): boolean;
  /** The LMS's id for the learner, used only as the xAPI actor when an organisation turns xAPI on. */
  learnerId(): string;
  /** Keep the learner's place and commit it. */
  keepPlace(location: string, suspendData: string): boolean;
  markCompleted(): boolean;
  /** Say goodbye (on leaving the page). Safe to call twice. */
  finish(secondsPlayed: number): void;
}

interface Vocabulary {
  initialize(): string;
  terminate(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  status: string;
  statusStarted: string;
  location: string;
  locationLimit: number;
  suspendLimit: number;
  exit: string;
  sessionTime: string;
  learnerId: string;
  formatTime(seconds: number): string;
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scorm12Time(seconds: number): string {
  const s = Math.max(0, seconds);
  const hours = Math.min(9999, Math.floor(s / 3600));
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${rest.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval (ISO 8601 duration): PT1H2M3.45S. */
export function scorm2004Time(seconds: number): string {
  const s = Math.max(0, seconds);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = Math.round((s % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest}S`;
}

function vocabulary(found: FoundApi): Vocabulary {
  if (found.version === '1.2') {
    const api = found.api;
    return {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => api.LMSSetValue(e, v),
      commit: () => api.LMSCommit(''),
      status: 'cmi.core.lesson_status',
      statusStarted: 'incomplete',
      location: 'cmi.core.lesson_location',
      locationLimit: 255,
      suspendLimit: 4096,
      exit: 'cmi.core.exit',
      sessionTime: 'cmi.core.session_time',
      learnerId: 'cmi.core.student_id',
      formatTime: scorm12Time,
    };
  }
  const api = found.api;
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v),
    commit: () => api.Commit(''),
    status: 'cmi.completion_status',
    statusStarted: 'incomplete',
    location: 'cmi.location',
    locationLimit: 1000,
    suspendLimit: 64000,
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    learnerId: 'cmi.learner_id',
    formatTime: scorm2004Time,
  };
}

const ok = (answer: unknown) => String(answer) === 'true';

export function scormSession(found: FoundApi): LmsSession {
  const v = vocabulary(found);
  let state: 'new' | 'open' | 'closed' = 'new';

  // An LMS's API can throw as well as answer "false"; either way the game must keep playing.
  const attempt = (fn: () => string): string => {
    try {
      return String(fn() ?? '');
    } catch {
      return 'false';
    }
  };
  const get = (element: string) => (state === 'open' ? attempt(() => v.get(element)) : '');
  const set = (element: string, value: string) => state === 'open' && ok(attempt(() => v.set(element, value)));
  const commit = () => state === 'open' && ok(attempt(() => v.commit()));

  return {
    version: found.version,
    suspendLimit: v.suspendLimit,
    start() {
      if (state !== 'new') return state === 'open';
      if (!ok(attempt(() => v.initialize()))) {
        state = 'closed';
        return false;
      }
      state = 'open';
      // A first visit is "not attempted" (or "unknown" in 2004): it is now begun. A finished one stays finished.
      const status = get(v.status);
      if (status !== 'completed' && status !== 'passed') set(v.status, v.statusStarted);
      // "suspend" asks the LMS to keep suspend data for the next visit (in 2004 without it the next visit starts over).
      set(v.exit, 'suspend');
      commit();
      return true;
    },
    suspendData: () => get('cmi.suspend_data'),
    isCompleted() {
      const status = get(v.status);
      return status === 'completed' || status === 'passed';
    },
    learnerId: () => get(v.learnerId),
    keepPlace(location, suspendData) {
      if (state !== 'open') return false;
      // Never send more than the version allows: an LMS may cut the data short, and a cut path cannot be read.
      const kept = suspendData.length <= v.suspendLimit && set('cmi.suspend_data', suspendData);
      set(v.location, location.slice(0, v.locationLimit));
      return commit() && kept;
    },
    markCompleted() {
      if (state !== 'open') return false;
      // 2004's success_status is left as the LMS has it (unknown): there is no pass or fail in a story.
      return set(v.status, 'completed') && commit();
    },
    finish(secondsPlayed) {
      if (state !== 'open') return;
      set(v.sessionTime, v.formatTime(secondsPlayed));
      set(v.exit, 'suspend');
      commit();
      attempt(() => v.terminate());
      state = 'closed';
    },
  };
}
