// The room server started for real on the loopback address: phones join, vote and change their vote; only the
// presenter's key opens, closes, reveals or ends; phone input is checked; the streams carry what each may know.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRoom, type RunningRoom } from '../../../src/roomServer/startRoom';
import { MAX_OPTIONS } from '../../../src/facilitation/phoneRoom';

let room: RunningRoom | null = null;
// Each test's stand-in build folder, removed after it: a run used to leave one in the temp folder per test.
const dists: string[] = [];
afterEach(async () => {
  await room?.close();
  room = null;
  for (const dist of dists.splice(0)) rmSync(dist, { recursive: true, force: true });
});

/** A stand-in build folder for one test, removed after it. */
function distFolder(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'room-dist-'));
  dists.push(dist);
  return dist;
}

async function open(): Promise<{ room: RunningRoom; base: string }> {
  const dist = distFolder();
  writeFileSync(path.join(dist, 'vote.html'), '<!doctype html><title>vote</title>');
  room = await startRoom({ port: 0, host: '127.0.0.1', distDir: dist });
  return { room, base: `http://127.0.0.1:${room.port}` };
}

const post = async (url: string, body: unknown, key?: string) => {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-room-key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

/** The first event on a stream, read and then let go. */
async function firstEvent(url: string): Promise<unknown> {
  const controller = new AbortController();
  const r = await fetch(url, { signal: controller.signal });
  expect(r.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = r.body!.getReader();
  let text = '';
  while (!/\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
  controller.abort();
  return JSON.parse(/data: (.*)/.exec(text)![1]!);
}

describe('the room server', () => {
  it('serves the built game and the QR code, and prints a presenter address whose key is in the fragment', async () => {
    const { room, base } = await open();
    expect((await fetch(`${base}/vote.html`)).status).toBe(200);
    const qr = await fetch(`${base}/room/qr.svg`);
    expect(qr.headers.get('content-type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg/);
    expect(room.presenterAddress).toMatch(/\/workshop\.html#room-key=[\w-]{20,}$/);
    expect(room.joinAddress).toBe(`${base}/vote.html?c=${room.code}`);
    expect(room.proxiedPresenterAddress).toBeNull();
  });

  it('behind an HTTPS reverse proxy, the QR code and a second presenter address lead through the proxy', async () => {
    room = await startRoom({
      port: 0,
      host: '127.0.0.1',
      distDir: distFolder(),
      publicHost: 'https://vote.example.org',
    });
    // Not http://vote.example.org:<this port>: that goes round the proxy and its certificate.
    expect(room.joinAddress).toBe(`https://vote.example.org/vote.html?c=${room.code}`);
    expect(room.proxiedPresenterAddress).toBe(`https://vote.example.org/workshop.html#room-key=${room.presenterKey}`);
    expect(room.presenterAddress).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/workshop\.html#room-key=/);
    // A name alone is still this machine's port, over http (a hotspot, a LAN name).
    await room.close();
    room = await startRoom({ port: 0, host: '127.0.0.1', distDir: distFolder(), publicHost: 'laptop.local' });
    expect(room.joinAddress).toBe(`http://laptop.local:${room.port}/vote.html?c=${room.code}`);
    await expect(
      startRoom({ port: 0, host: '127.0.0.1', distDir: distFolder(), publicHost: 'https://vote.example.org/room' }),
    ).rejects.toThrow(/nothing after the host/);
  });

  it('counts phone votes once, lets a phone change its vote, and gives the counts to the presenter on close', async () => {
    const { room, base } = await open();
    const key = room.presenterKey;
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++)
      tokens.push((await post(`${base}/room/api/join`, { code: room.code })).body.token as string);
    const opened = await post(`${base}/room/api/presenter/open`, { options: ['Ask Esther', 'Answer Dawn'] }, key);
    const round = (opened.body.round as { id: number }).id;
    const receipts = [];
    for (const [i, token] of tokens.entries())
      receipts.push((await post(`${base}/room/api/vote`, { token, round, choice: i % 2, receipt: null })).body.receipt);
    // Phone 1 changes its mind to "rather not say"; a second vote without a receipt is refused.
    const changed = await post(`${base}/room/api/vote`, {
      token: tokens[1],
      round,
      choice: 'rather-not',
      receipt: receipts[1],
    });
    expect(changed.body.ok).toBe(true);
    expect((await post(`${base}/room/api/vote`, { token: tokens[2], round, choice: 1, receipt: null })).status).toBe(
      409,
    );
    const live = (await firstEvent(`${base}/room/api/presenter/events?key=${key}`)) as {
      round: { voted: number; counts: unknown };
    };
    expect(live.round).toMatchObject({ voted: 4, counts: null });
    const closed = await post(`${base}/room/api/presenter/close`, {}, key);
    expect((closed.body.view as { round: { counts: unknown } }).round.counts).toEqual({ counts: [2, 1], ratherNot: 1 });
  });

  it('a browser that joins again (a reload that kept nothing) is the same phone, and its vote counts once', async () => {
    const { room, base } = await open();
    const join = (cookie?: string) =>
      fetch(`${base}/room/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ code: room.code }),
      });
    const first = await join();
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const token = ((await first.json()) as { token: string }).token;
    const opened = await post(`${base}/room/api/presenter/open`, { options: ['A', 'B'] }, room.presenterKey);
    const round = (opened.body.round as { id: number }).id;
    expect((await post(`${base}/room/api/vote`, { token, round, choice: 0, receipt: null })).body.ok).toBe(true);
    // The page reloads with nothing kept but the browser's cookie: the room gives it the same phone back.
    const again = (await (await join(cookie)).json()) as { token: string };
    expect(again.token).toBe(token);
    // Without its receipt a second tap is refused: the first vote stands, and it counts once.
    expect((await post(`${base}/room/api/vote`, { token, round, choice: 1, receipt: null })).status).toBe(409);
    const view = (await firstEvent(`${base}/room/api/presenter/events?key=${room.presenterKey}`)) as {
      phones: number;
      round: { voted: number };
    };
    expect(view).toMatchObject({ phones: 1, round: { voted: 1 } });
    // Another browser (no cookie) is another phone: without accounts the room cannot tell it is the same person.
    expect(((await (await join()).json()) as { token: string }).token).not.toBe(token);
  });

  it('refuses a phone that tries to open, close, reveal or end a vote, or to read the presenter stream', async () => {
    const { room, base } = await open();
    const token = (await post(`${base}/room/api/join`, { code: room.code })).body.token as string;
    for (const action of ['open', 'close', 'reveal', 'end']) {
      const r = await post(`${base}/room/api/presenter/${action}`, { options: ['A'], token });
      expect(r.status, action).toBe(403);
      const wrong = await post(`${base}/room/api/presenter/${action}`, { options: ['A'] }, token);
      expect(wrong.status, `${action} with a phone token as key`).toBe(403);
    }
    expect((await fetch(`${base}/room/api/presenter/events?key=${token}`)).status).toBe(403);
    expect((await fetch(`${base}/room/api/presenter/info`)).status).toBe(403);
    // The phone's own stream says only what a phone may know.
    await post(`${base}/room/api/presenter/open`, { options: ['A', 'B'] }, room.presenterKey);
    const phoneView = await firstEvent(`${base}/room/api/phone/events?token=${token}`);
    expect(phoneView).toEqual({
      round: { id: 1, options: ['A', 'B'], revote: false, open: true, revealed: false },
      session: null,
      ended: false,
    });
  });

  it('checks what phones send: option range, shape, size, unknown phones, a wrong code, and a burst of taps', async () => {
    const { room, base } = await open();
    expect((await post(`${base}/room/api/join`, { code: 'NOPE' })).status).toBe(403);
    expect((await post(`${base}/room/api/join`, 'not json')).status).toBe(400);
    const token = (await post(`${base}/room/api/join`, { code: room.code.toLowerCase() })).body.token as string;
    await post(`${base}/room/api/presenter/open`, { options: ['A', 'B'] }, room.presenterKey);
    const vote = (choice: unknown, extra: object = {}) =>
      post(`${base}/room/api/vote`, { token, round: 1, choice, receipt: null, ...extra });
    expect((await vote(2)).status).toBe(409);
    expect((await vote(MAX_OPTIONS)).status).toBe(400);
    expect((await vote('0')).status).toBe(400);
    expect((await vote(0, { token: 'x'.repeat(30) })).status).toBe(403);
    expect(
      (await post(`${base}/room/api/vote`, { token, round: 1, choice: 0, receipt: 'x'.repeat(100_000) })).status,
    ).toBe(400);
    const burst = [];
    for (let i = 0; i < 30; i++) burst.push((await vote(0)).status);
    expect(burst).toContain(429);
    const tooMany = await post(
      `${base}/room/api/presenter/open`,
      { options: Array.from({ length: MAX_OPTIONS + 1 }, () => 'x') },
      room.presenterKey,
    );
    expect(tooMany.status).toBe(400);
  });

  it('ends when the facilitator ends it: phones are told, and nothing of the room is left', async () => {
    let ended = false;
    const dist = distFolder();
    room = await startRoom({ port: 0, host: '127.0.0.1', distDir: dist, onEnd: () => (ended = true) });
    const base = `http://127.0.0.1:${room.port}`;
    const token = (await post(`${base}/room/api/join`, { code: room.code })).body.token as string;
    const stream = fetch(`${base}/room/api/phone/events?token=${token}`).then((r) => r.text());
    await post(`${base}/room/api/presenter/end`, {}, room.presenterKey);
    expect(await stream).toContain('"ended":true');
    await expect.poll(() => ended).toBe(true);
    room = null;
  });

  it('shares what the room did together with phones in the debrief: only the presenter can, and only in shape', async () => {
    const { room, base } = await open();
    const join = await post(`${base}/room/api/join`, { code: room.code });
    const token = join.body.token as string;
    const session = {
      title: 'Sitting in Reception',
      date: '7 December 2026',
      minutes: 85,
      outcomes: ['Hand the conversation back.'],
      decisions: ['The desk: the room played “Catch Esther’s eye”'],
      commitments: ['Speak to the person'],
    };
    expect((await post(`${base}/room/api/presenter/session`, session, token)).status).toBe(403);
    expect(
      (await post(`${base}/room/api/presenter/session`, { ...session, minutes: -1 }, room.presenterKey)).status,
    ).toBe(400);
    expect(
      (await post(`${base}/room/api/presenter/session`, { ...session, extra: 'x'.repeat(20_000) }, room.presenterKey))
        .status,
    ).toBe(400);
    expect(await firstEvent(`${base}/room/api/phone/events?token=${token}`)).toMatchObject({ session: null });
    expect((await post(`${base}/room/api/presenter/session`, session, room.presenterKey)).status).toBe(200);
    expect(await firstEvent(`${base}/room/api/phone/events?token=${token}`)).toMatchObject({ session });
  });

  it('tells the presenter how many phones are connected now, so a phone that has left is not waited for', async () => {
    const { room, base } = await open();
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++)
      tokens.push((await post(`${base}/room/api/join`, { code: room.code })).body.token as string);
    const presenter = `${base}/room/api/presenter/events?key=${room.presenterKey}`;
    // One phone has the page open; the other joined and went.
    const held = new AbortController();
    const stream = await fetch(`${base}/room/api/phone/events?token=${tokens[0]}`, { signal: held.signal });
    await stream.body!.getReader().read();
    expect(await firstEvent(presenter)).toMatchObject({ phones: 2, here: 1 });
    held.abort();
    await expect.poll(async () => ((await firstEvent(presenter)) as { here: number }).here).toBe(0);
  });

  it('tells a quiet presenter it is still there, as an event the page can hear (a comment it could not)', async () => {
    const { room, base } = await open();
    const controller = new AbortController();
    const r = await fetch(`${base}/room/api/presenter/events?key=${room.presenterKey}`, { signal: controller.signal });
    const reader = r.body!.getReader();
    // The room's state first; then, with nothing changing, the heartbeat the presenter's page listens for
    // (src/ui/workshop/phoneVotes.ts says the room is not answering when it stops).
    let text = '';
    while (!/event: alive\ndata: \S/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text.indexOf('event: room')).toBe(0);
    expect(text).not.toMatch(/^:/m);
  });
});
