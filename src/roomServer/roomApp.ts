// The room server's routes: the built game as static files, the phone voting page's API, and the presenter's
// controls. State lives in one PhoneRoom in memory; nothing is logged or written to disk. Phones and the presenter
// hear changes over Server-Sent Events (plain HTTP, so it passes venue proxies and works on old phone browsers).
import { timingSafeEqual } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { z } from '../engine/zod';
import { MAX_OPTIONS, MAX_OPTION_LENGTH, type PhoneRoom } from '../facilitation/phoneRoom';
import { PRESENTER_HEARTBEAT_SECONDS } from '../facilitation/roomSilence';
import { RateLimit } from './rateLimit';

export interface RoomAppOptions {
  room: PhoneRoom;
  /** The presenter's secret: made at start, printed only in the presenter's address, never shown to the room. */
  presenterKey: string;
  /** The address phones open (the QR code's target). */
  joinAddress: string;
  /** The built game, served as it is. */
  distDir: string;
  /** The QR code for the join address, as SVG. */
  qrSvg: string;
  /** Called once the facilitator has ended the room and every stream has been told. */
  onEnd?: () => void;
  /** Seconds between keep-alive comments on a phone's idle stream (the presenter's has its heartbeat). */
  keepAliveSeconds?: number;
}

/** Holds the phone's token in the browser, so joining again (after a reload that kept nothing) is the same phone. */
const PHONE_COOKIE = 'room-phone';

const Join = z.object({ code: z.string().check(z.maxLength(20)) });
const Vote = z.object({
  token: z.string().check(z.minLength(8), z.maxLength(100)),
  round: z.int().check(z.positive()),
  choice: z.union([z.int().check(z.minimum(0), z.maximum(MAX_OPTIONS - 1)), z.literal('rather-not')]),
  receipt: z.nullable(z.string().check(z.maxLength(200))),
  /** The phone's own key for this tap, the same on each try: a vote sent twice counts once (phoneRoom.ts). */
  request: z.optional(z.string().check(z.minLength(16), z.maxLength(64))),
});
/** What the room did together, for the phones' own accounts (SessionForPhones), within generous limits. */
const SessionForPhonesSchema = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  date: z.string().check(z.maxLength(40)),
  minutes: z.int().check(z.minimum(0), z.maximum(24 * 60)),
  outcomes: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(12)),
  decisions: z.array(z.string().check(z.maxLength(800))).check(z.maxLength(40)),
  commitments: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(40)),
});
const Open = z.object({
  options: z
    .array(z.string().check(z.minLength(1), z.maxLength(MAX_OPTION_LENGTH)))
    .check(z.minLength(1), z.maxLength(MAX_OPTIONS)),
  revote: z.optional(z.boolean()),
});

/** Words a phone can show for each refusal. */
const REFUSALS: Record<string, string> = {
  'wrong-code': 'That code does not match the one on the room’s screen. Check it and try again.',
  full: 'This room is full. Ask the facilitator for a paper vote card.',
  ended: 'The workshop has ended. Thank you for taking part.',
  'no-vote-open': 'The vote has closed, or a new one has opened. Your screen will catch up in a moment.',
  'unknown-phone': 'This phone is not in the room any more. Open the join page again.',
  'bad-choice': 'That option is not in this vote.',
  'bad-receipt': 'Your earlier vote could not be matched, so it stands as it was.',
  'too-many': 'Too many taps at once. Wait a few seconds and try again.',
  'too-large': 'That message was too large for the room.',
  'bad-options': 'A vote needs 1 to 8 options, each a line of text.',
  'bad-session': 'The session record for the phones was not in the expected form.',
  'not-presenter': 'Only the facilitator’s screen can do that.',
};

export function createRoomApp(options: RoomAppOptions): Hono {
  const { room, presenterKey, joinAddress, distDir, qrSvg } = options;
  const keepAlive = (options.keepAliveSeconds ?? 20) * 1000;
  const phoneListeners = new Set<() => void>();
  const presenterListeners = new Set<() => void>();
  // A phone may tap, change its mind and tap again; a script hammering the server is held back.
  const votesPerPhone = new RateLimit(20, 10_000);
  // A hall behind one router shares an address, so joins are limited per address generously.
  const joinsPerAddress = new RateLimit(600, 60_000);

  const tellPhones = () => phoneListeners.forEach((wake) => wake());
  const tellPresenter = () => presenterListeners.forEach((wake) => wake());
  // Phones with the page open now (an open stream), by token: a phone that left or sleeps drops out, so the
  // facilitator is not left waiting for a vote from someone who has gone. Never which phone voted what.
  const streamsOf = new Map<string, number>();
  const connected = (token: string, by: 1 | -1) => {
    const n = (streamsOf.get(token) ?? 0) + by;
    if (n > 0) streamsOf.set(token, n);
    else streamsOf.delete(token);
    tellPresenter();
  };
  const presenterView = () => ({ ...room.presenterView(), here: streamsOf.size });

  const isPresenter = (given: string | undefined): boolean => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(presenterKey);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const refuse = (c: Context, reason: string, status: 400 | 403 | 409 | 429 = 409) =>
    c.json({ ok: false, reason, message: REFUSALS[reason] ?? 'That did not work.' }, status);

  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  app.use('/room/api/*', bodyLimit({ maxSize: 16 * 1024, onError: (c) => refuse(c, 'too-large', 400) }));

  // ---- phones ----
  app.post('/room/api/join', async (c) => {
    const address = clientAddress(c);
    if (!joinsPerAddress.allow(address)) return refuse(c, 'too-many', 429);
    const body = Join.safeParse(await readJson(c));
    if (!body.success) return refuse(c, 'wrong-code', 400);
    // A browser that has joined this room already (its cookie holds its phone token) is the same phone again: a
    // reload where the page could keep nothing (storage blocked, a private tab) does not make a second voter.
    // Another browser or a private window has no cookie: nothing without accounts can tell it is the same person.
    const already = getCookie(c, PHONE_COOKIE);
    const joined =
      already && room.knows(already) && room.accepts(body.data.code)
        ? ({ ok: true, token: already } as const)
        : room.join(body.data.code);
    if (!joined.ok) return refuse(c, joined.reason, joined.reason === 'wrong-code' ? 403 : 409);
    setCookie(c, PHONE_COOKIE, joined.token, { path: '/room/api', httpOnly: true, sameSite: 'Strict' });
    tellPresenter();
    return c.json({ ok: true, token: joined.token });
  });

  app.post('/room/api/vote', async (c) => {
    const body = Vote.safeParse(await readJson(c));
    if (!body.success) return refuse(c, 'bad-choice', 400);
    const { token, round, choice, receipt, request } = body.data;
    if (!room.knows(token)) return refuse(c, 'unknown-phone', 403);
    if (!votesPerPhone.allow(token)) return refuse(c, 'too-many', 429);
    const result = room.vote(token, round, choice, receipt, request ?? null);
    if (!result.ok) return refuse(c, result.reason);
    tellPresenter();
    return c.json({ ok: true, receipt: result.receipt });
  });

  app.post('/room/api/phone/hello', async (c) => {
    const body = z.object({ token: z.string().check(z.maxLength(100)) }).safeParse(await readJson(c));
    if (!body.success || !room.knows(body.data.token))
      return refuse(c, room.phoneView().ended ? 'ended' : 'unknown-phone', 403);
    return c.json({ ok: true });
  });

  app.get('/room/api/phone/events', (c) => {
    const token = c.req.query('token') ?? '';
    if (!room.knows(token)) return refuse(c, 'unknown-phone', 403);
    return eventStream(c, phoneListeners, () => room.phoneView(), keepAlive, {
      opened: () => connected(token, 1),
      closed: () => connected(token, -1),
    });
  });

  app.get('/room/qr.svg', (c) => {
    c.header('Content-Type', 'image/svg+xml');
    return c.body(qrSvg);
  });

  // ---- the presenter: every control needs the key ----
  app.use('/room/api/presenter/*', async (c, next) => {
    const given = c.req.header('x-room-key') ?? c.req.query('key');
    if (!isPresenter(given)) return refuse(c, 'not-presenter', 403);
    await next();
  });

  app.get('/room/api/presenter/info', (c) => c.json({ code: room.code, joinAddress }));

  // The presenter's stream says "alive" as a named event the page can hear, and often: the page says the phone room
  // is not answering when it goes quiet (a hanging server never closes the stream).
  app.get('/room/api/presenter/events', (c) =>
    eventStream(c, presenterListeners, presenterView, PRESENTER_HEARTBEAT_SECONDS * 1000, { heartbeat: true }),
  );

  app.post('/room/api/presenter/open', async (c) => {
    const body = Open.safeParse(await readJson(c));
    if (!body.success) return refuse(c, 'bad-options', 400);
    const round = room.open(body.data.options, body.data.revote ?? false);
    tellPhones();
    tellPresenter();
    return c.json({ ok: true, round });
  });

  app.post('/room/api/presenter/close', (c) => {
    room.close();
    tellPhones();
    tellPresenter();
    return c.json({ ok: true, view: presenterView() });
  });

  app.post('/room/api/presenter/reveal', (c) => {
    room.reveal();
    tellPhones();
    tellPresenter();
    return c.json({ ok: true });
  });

  // The debrief: what the room did together, for each participant's own reflective account on their phone.
  app.post('/room/api/presenter/session', async (c) => {
    const body = SessionForPhonesSchema.safeParse(await readJson(c));
    if (!body.success) return refuse(c, 'bad-session', 400);
    room.share(body.data);
    tellPhones();
    return c.json({ ok: true });
  });

  app.post('/room/api/presenter/end', (c) => {
    room.end();
    tellPhones();
    tellPresenter();
    // Let the streams say goodbye before the server goes.
    setTimeout(() => options.onEnd?.(), 300);
    return c.json({ ok: true });
  });

  // ---- the built game ----
  app.get('/', (c) => c.redirect('/index.html'));
  app.use('*', serveStatic({ root: distDir }));

  return app;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return null;
  }
}

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * One Server-Sent Events stream: the current view at once, then a new view after every change, and a comment
 * now and then so a quiet connection is not dropped by the venue's network (with `heartbeat`, an "alive" event the
 * page can hear instead). Ends when the room ends.
 */
function eventStream(
  c: Context,
  listeners: Set<() => void>,
  view: () => { ended: boolean },
  keepAliveMs: number,
  watch?: { opened?(): void; closed?(): void; heartbeat?: boolean },
): Response {
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    watch?.opened?.();
    let changed = true;
    let wake: (() => void) | null = null;
    const listener = () => {
      changed = true;
      wake?.();
    };
    listeners.add(listener);
    stream.onAbort(() => {
      listeners.delete(listener);
      wake?.();
    });
    try {
      while (!stream.aborted && !stream.closed) {
        if (changed) {
          changed = false;
          const now = view();
          await stream.writeSSE({ event: 'room', data: JSON.stringify(now) });
          if (now.ended) break;
        } else if (watch?.heartbeat) {
          await stream.writeSSE({ event: 'alive', data: 'still here' });
        } else {
          await stream.write(': still here\n\n');
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, keepAliveMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    } finally {
      listeners.delete(listener);
      watch?.closed?.();
    }
  });
}
