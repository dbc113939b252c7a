// The facilitator's pages ask the browser to keep them, so a reload works while the room server is down (the
// worker: offlineWorker.ts; what it keeps: viteOffline.ts). Each page registers the worker for its own address
// only, and the presenter for the projector's address as well, so the learner's game, the author's page and the
// phones' page are never under it.
//
// Not on the dev server (authors edit stories there: a kept page or story must never stand in for a saved one),
// and any worker a build left on the dev server's address is removed. Not on file:// or an address the browser
// does not trust for workers (http:// other than 127.0.0.1 or localhost): the page works as before there. Not in a
// SCORM package: the package leaves the worker's file out (src/lms/package/buildPackage.ts), so registering fails
// quietly.

/** The worker's file, at the site's root beside the pages (a worker can only look after pages at or below it). */
export const OFFLINE_WORKER = 'workshop-offline.js';

/** The facilitator's pages, by the name of their HTML file. */
export const OFFLINE_PAGES = ['workshop', 'projector'] as const;

/** The projector's page, beside the presenter's: where the presenter opens it and keeps it. */
export const PROJECTOR_PAGE = 'projector.html';

/** The room server's controls for the presenter, relative to the page (src/roomServer/roomApp.ts; phoneVotes.ts). */
export const PRESENTER_API = 'room/api/presenter/';

/**
 * The presenter page's first question to the room as it loads (phoneVotes.ts). When that load came from the kept copy
 * because the server was too slow, the worker (offlineWorker.ts) answers this at once as not answering, so a reload
 * during a hang waits once (for the page), not twice.
 */
export const ROOM_FIRST_QUESTION = `${PRESENTER_API}info`;

export function keepPageOffline(page: (typeof OFFLINE_PAGES)[number]): void {
  // Without a worker the page works as it always did; it only can't reopen while the server is down. So nothing
  // here may stop the page: a browser that refuses workers (storage blocked, a sandboxed frame) throws as soon as
  // `navigator.serviceWorker` is read.
  try {
    if (!('serviceWorker' in navigator)) return;
    if (import.meta.env.DEV) {
      void navigator.serviceWorker
        .getRegistrations()
        .then((all) => Promise.all(all.map((r) => r.unregister())))
        .catch(() => undefined);
      return;
    }
    if (!window.isSecureContext || !/^https?:$/.test(location.protocol)) return;
    // The worker looks after this page's address and nothing else (never a folder the game is in).
    if (!location.pathname.endsWith(`/${page}.html`) && !location.pathname.endsWith(`/${page}`)) return;
    const keep = (which: string, scope: string) =>
      navigator.serviceWorker.register(`./${OFFLINE_WORKER}?page=${which}`, { scope }).catch(() => undefined);
    void keep(page, location.pathname);
    // The presenter keeps the projector's page too, at the address it opens it at (roomChannel.ts): a projector
    // window first opened after the room server stopped (the laptop slept before anyone dragged a window to the
    // projector) then opens from the kept copy, instead of a browser error in front of the room.
    // A page's own worker is checked for a new build as the page loads; the projector's is checked from here as well,
    // so a projector first opened after a rebuild and a stopped server is the same build as this presenter.
    if (page === 'workshop')
      void keep('projector', new URL(PROJECTOR_PAGE, location.href).pathname).then((kept) =>
        kept?.update().catch(() => undefined),
      );
  } catch {
    // As above: the page carries on without one.
  }
}
