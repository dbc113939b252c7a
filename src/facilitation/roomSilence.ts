// When the facilitator's pages stop waiting for the room server (`npm run room`) and say it is not answering.
// A server that has stopped refuses at once and the pages know; a hanging one (the laptop running it asleep, a
// captive Wi-Fi portal, a stuck proxy) accepts and then says nothing, and without a limit the browser waits for its
// own, which can be minutes of a blank projector in front of a room. Shared by the presenter's link to the room
// (src/ui/workshop/phoneVotes.ts), the room server's stream to it (src/roomServer/roomApp.ts) and the worker that
// keeps the two pages (src/ui/workshop/offlineWorker.ts, given it by viteOffline.ts).

/**
 * How long a request to the room server may take before the page treats it as not answering: a page reload then
 * comes from the copy the browser kept, and a presenter's control says to take the vote by hands or cards. The
 * server runs on the facilitator's own laptop (or a machine in the room), so it answers in well under a second even
 * while that laptop is busy; four seconds is far past that, and still short enough that a reload is no longer than a
 * slide change in front of the room. Giving up too early costs little: the kept copy is the same build.
 */
export const ROOM_ANSWER_SECONDS = 4;

/**
 * How often the room server tells the presenter's page it is still there, on the presenter's event stream (a
 * browser's event stream hides the server's keep-alive comments from the page, so this is a named event). Only the
 * presenter's one stream: the phones' streams keep their slower keep-alive comments.
 */
export const PRESENTER_HEARTBEAT_SECONDS = 5;

/**
 * How long the presenter's page hears nothing on its stream before it says the phone room is not answering: two
 * heartbeats missed, and the time a request is allowed, so one late heartbeat on a busy laptop is not an alarm.
 */
export const PRESENTER_SILENCE_SECONDS = 2 * PRESENTER_HEARTBEAT_SECONDS + ROOM_ANSWER_SECONDS;
