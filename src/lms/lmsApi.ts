// Finding the learning system (LMS). A SCORM package runs in a frame or a pop-up the LMS opened, and the LMS
// puts its API object on one of the windows above: `API` for SCORM 1.2, `API_1484_11` for SCORM 2004. This is
// the standard discovery (the one ADL's own wrappers use): the window itself and its parents, then the window
// that opened it and that window's parents. A frame from another origin cannot be read; it is passed over.

/** SCORM 1.2's run-time API, as the LMS offers it. Every call answers with a string ("true"/"false", a value). */
interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
}

/** SCORM 2004's run-time API. */
interface Scorm2004Api {
  Initialize(empty: ''): string;
  Terminate(empty: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(empty: ''): string;
  GetLastError(): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How many parents to climb from one window: LMS players nest a few frames deep, never dozens. */
export const MAX_FRAME_HOPS = 20;

/** The window-like shape discovery needs (a real Window, or a plain object in unit tests). */
export interface FrameLike {
  parent: FrameLike | null;
  opener?: FrameLike | null;
  [name: string]: unknown;
}

function read(win: FrameLike, name: string): unknown {
  try {
    return win[name];
  } catch {
    // Another origin's window: its properties are out of reach.
    return undefined;
  }
}

function isApi(value: unknown, method: string): boolean {
  return (
    !!value &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as Record<string, unknown>)[method] === 'function'
  );
}

/** Look in one window: 2004 first, because an LMS that offers both expects a 2004 package to use 2004. */
function apiIn(win: FrameLike): FoundApi | null {
  const api2004 = read(win, 'API_1484_11');
  if (isApi(api2004, 'Initialize')) return { version: '2004', api: api2004 as Scorm2004Api };
  const api12 = read(win, 'API');
  if (isApi(api12, 'LMSInitialize')) return { version: '1.2', api: api12 as Scorm12Api };
  return null;
}

function parentOf(win: FrameLike): FrameLike | null {
  try {
    const parent = win.parent;
    // The top window is its own parent.
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: FrameLike): FrameLike | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

/** Look in `start` and up to MAX_FRAME_HOPS of its parents; also say which window was the top one reached. */
function climb(start: FrameLike): { found: FoundApi | null; top: FrameLike } {
  let win = start;
  for (let hops = 0; hops < MAX_FRAME_HOPS; hops++) {
    const found = apiIn(win);
    if (found) return { found, top: win };
    const parent = parentOf(win);
    if (!parent) break;
    win = parent;
  }
  return { found: null, top: win };
}

/** The LMS's API, or null when the game is not running inside an LMS (it then plays exactly as on its own). */
export function findLmsApi(win: FrameLike): FoundApi | null {
  const here = climb(win);
  if (here.found) return here.found;
  // A pop-up: the LMS is in (a frame of) the window that opened this one, or the one that opened our top window.
  const opener = openerOf(here.top) ?? openerOf(win);
  return opener ? climb(opener).found : null;
}

/** Whether this page was launched by a learning system (a SCORM API above it, or xAPI launch parameters). */
export function launchedByLms(win: Window, search = win.location.search): boolean {
  return findLmsApi(win as unknown as FrameLike) !== null || new URLSearchParams(search).has('endpoint');
}
