// The service worker that lets the facilitator's two pages (workshop.html and projector.html) reload while the
// room server is down: a training room's laptop sleeps, the Wi-Fi drops, someone presses F5. Each page registers it
// for its own address only (keepOffline.ts), so the learner's game and the author's page are never under it.
//
// The build (viteOffline.ts) compiles this file to the site's root and writes in KEPT: the build's version and, for
// each facilitator page, the files that page needs (the page, its scripts, styles and fonts; for the presenter, the
// stories too). On install it keeps those files; on activate it removes what an older build kept for the same page.
//
// Every request goes to the server first, exactly as without a worker: the kept copy is used only when the server
// does not answer, or does not answer within KEPT.wait (a hanging server: the laptop running it asleep, a captive
// Wi-Fi portal, a stuck proxy, where the browser's own limit is minutes of a blank projector). So a new build is what
// the next load shows, never a stale page or story, and the new build's worker replaces the kept files as that load
// happens. The room server's own answers (votes, the QR code) are live or nothing: they never pass through here, but
// for one: while the server is too slow (below), the presenter's first question to it is answered "not answering"
// at once, so a reload during a hang waits once (for the page), not a second time for that question.
// Standalone: it imports nothing (the build compiles it alone).

/** What the build writes in: see viteOffline.ts. */
interface Kept {
  version: string;
  /** Page name ("workshop", "projector") → the files it needs, relative to this worker's address. */
  pages: Record<string, string[]>;
  /** Milliseconds to wait for the server before the kept copy answers (src/facilitation/roomSilence.ts). */
  wait: number;
  /** The presenter page's first question to the room server as it loads (ROOM_FIRST_QUESTION, phoneVotes.ts). */
  firstQuestion: string;
}
declare const __KEPT__: Kept;

// The parts of a service worker's world this file uses (the project's type check has the DOM's, not a worker's).
interface LifeEvent extends Event {
  waitUntil(done: Promise<unknown>): void;
}
interface RequestEvent extends LifeEvent {
  request: Request;
  respondWith(answer: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifeEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: RequestEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const kept = __KEPT__;
// Which page registered it: `…/workshop-offline.js?page=workshop`.
const page = new URL(worker.location.href).searchParams.get('page') ?? '';
const files = kept.pages[page] ?? [];
const prefix = `allyship-offline-${page}-`;
const cacheName = `${prefix}${kept.version}`;
/** The room server's own addresses (room/api/…, room/qr.svg). */
const roomServer = new URL('room/', worker.location.href).href;
const firstQuestion = new URL(kept.firstQuestion, worker.location.href).href;

worker.addEventListener('install', (event) => {
  // `reload`: the files as the server has them now, not as a browser cache kept them.
  const keep = caches
    .open(cacheName)
    .then((cache) => cache.addAll(files.map((file) => new Request(file, { cache: 'reload' }))));
  // A new build's worker takes over at once: the page that installed it is already the new build.
  event.waitUntil(keep.then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  const old = caches
    .keys()
    .then((names) =>
      Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n))),
    );
  event.waitUntil(old.then(() => worker.clients.claim()));
});

/**
 * The server was too slow for a request lately: until it answers one, kept files are served at once. A page's
 * scripts, then their imports, then the fonts its styles name are asked for in waves, and each wave would otherwise
 * wait its own KEPT.wait. (A worker the browser stops and starts again forgets this: it then waits once more.)
 */
let quiet = false;

/** The kept copy of a request: a reload of the page comes back as the kept page, whatever its address says. */
async function keptCopy(request: Request): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  return request.mode === 'navigate' ? cache.match(`${page}.html`) : cache.match(request, { ignoreSearch: true });
}

/** The server answered: from now on, every request waits for it again. */
const heard = (network: Promise<Response>): void => {
  network.then(
    () => (quiet = false),
    () => undefined,
  );
};

async function answer(request: Request): Promise<Response> {
  const network = fetch(request);
  heard(network);
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), quiet ? 0 : kept.wait));
  try {
    const first = await Promise.race([network, late]);
    if (first !== 'late') return first;
    quiet = true;
    // Not a kept file (nothing else is asked for by these pages, but whatever it is): the network, however slow.
    return (await keptCopy(request)) ?? (await network);
  } catch (error) {
    const copy = await keptCopy(request);
    if (copy) return copy;
    throw error;
  }
}

/**
 * While the server is too slow, the presenter's first question is not left to wait a second time: "not answering"
 * at once (the page then asks again every few seconds, as when the server has stopped). The question still goes to
 * the server, unanswered by anyone, so that when the server answers it the next one waits for the server again.
 */
function notAnsweringYet(request: Request): Response {
  // Without the page's own time limit: the page has its answer, and this one may wait for the server as long as it
  // takes.
  heard(fetch(new Request(request, { signal: null })));
  return new Response('The room server is not answering.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!files.length || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (url.href.startsWith(roomServer)) {
    if (quiet && url.origin + url.pathname === firstQuestion)
      event.respondWith(Promise.resolve(notAnsweringYet(request)));
    return;
  }
  event.respondWith(answer(request));
});
