// `npm run bench:room`: a room and a hall on this machine. Starts a room server on 127.0.0.1, then N phones (200 by
// default) join, each listens on its event stream as a phone page does, and each votes once a vote opens; a fifth
// of them change their minds. Bounded in count and in time (it stops itself after --seconds), loopback only.
// Prints joins, votes counted against votes sent, and the slowest vote's round trip. A benchmark, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRoom } from '../src/roomServer/startRoom';

const { values } = parseArgs({
  options: {
    phones: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
  },
});
const PHONES = Math.min(2000, Math.max(1, Number(values.phones)));
const LIMIT_MS = Math.min(60, Math.max(1, Number(values.seconds))) * 1000;
const OPTIONS = ['Ask Esther what she would like', 'Answer Dawn yourself', 'Wait and say nothing', 'Do both'];

const distDir = mkdtempSync(path.join(os.tmpdir(), 'room-'));
const room = await startRoom({ port: 0, host: '127.0.0.1', distDir });
const base = `http://127.0.0.1:${room.port}`;
const deadline = Date.now() + LIMIT_MS;
const stop = new AbortController();
const timer = setTimeout(() => stop.abort(), LIMIT_MS);

const json = async (url: string, body: unknown, key?: string) => {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-room-key': key } : {}) },
    body: JSON.stringify(body),
    signal: stop.signal,
  });
  return (await r.json()) as Record<string, unknown>;
};

/** Resolves with the round id once the phone's stream says a vote is open. */
async function waitForVote(token: string): Promise<number> {
  const r = await fetch(`${base}/room/api/phone/events?token=${token}`, { signal: stop.signal });
  const reader = r.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    text += decoder.decode(value);
    for (const m of text.matchAll(/data: (.*)\n/g)) {
      const view = JSON.parse(m[1]!) as { round: { id: number; open: boolean } | null };
      if (view.round?.open) {
        void reader.cancel();
        return view.round.id;
      }
    }
  }
}

const started = performance.now();
const sent = OPTIONS.map(() => 0);
let ratherNot = 0;
let joins = 0;
let votes = 0;
let failures = 0;
const roundTrips: number[] = [];

const phones = Array.from({ length: PHONES }, async (_, i) => {
  const joined = await json(`${base}/room/api/join`, { code: room.code });
  const token = joined.token as string;
  joins += 1;
  const roundId = await waitForVote(token);
  const first = i % OPTIONS.length;
  const t0 = performance.now();
  const vote = await json(`${base}/room/api/vote`, { token, round: roundId, choice: first, receipt: null });
  roundTrips.push(performance.now() - t0);
  if (!vote.ok) return void (failures += 1);
  votes += 1;
  if (i % 5 === 0) {
    const t1 = performance.now();
    const change = await json(`${base}/room/api/vote`, {
      token,
      round: roundId,
      choice: 'rather-not',
      receipt: vote.receipt,
    });
    roundTrips.push(performance.now() - t1);
    if (!change.ok) return void (failures += 1);
    ratherNot += 1;
  } else sent[first]! += 1;
});

// Open the vote once every phone has joined (or after a second), as a facilitator would.
while (joins < PHONES && Date.now() < deadline - LIMIT_MS / 2) await new Promise((r) => setTimeout(r, 20));
const joinedMs = performance.now() - started;
await json(`${base}/room/api/presenter/open`, { options: OPTIONS }, room.presenterKey);
const settled = await Promise.allSettled(phones);
const closed = await json(`${base}/room/api/presenter/close`, {}, room.presenterKey);
const counted = (closed.view as { round: { counts: { counts: number[]; ratherNot: number } } }).round.counts;
const totalMs = performance.now() - started;
clearTimeout(timer);
await room.close();
rmSync(distDir, { recursive: true, force: true });

const correct = counted.counts.every((c, i) => c === sent[i]) && counted.ratherNot === ratherNot;
roundTrips.sort((a, b) => a - b);
const ms = (n: number | undefined) => `${(n ?? 0).toFixed(1)} ms`;
console.log(`Room load on 127.0.0.1 (${os.cpus().length} cores), ${PHONES} phones, limit ${LIMIT_MS / 1000} s`);
console.log(`  joins:              ${joins} of ${PHONES} (all joined after ${ms(joinedMs)})`);
console.log(`  votes sent:         ${votes} (+ ${ratherNot} changed to "rather not say"), ${failures} refused`);
console.log(`  votes counted:      ${counted.counts.join(' + ')} + ${counted.ratherNot} rather not say`);
console.log(`  counted once each:  ${correct ? 'yes' : 'NO'}`);
console.log(`  vote round trip:    median ${ms(roundTrips[roundTrips.length >> 1])}, slowest ${ms(roundTrips.at(-1))}`);
console.log(`  whole run:          ${ms(totalMs)}`);
const rejected = settled.filter((s) => s.status === 'rejected').length;
if (!correct || rejected > 0 || failures > 0 || totalMs > LIMIT_MS) {
  console.error(
    `room load: ${rejected} phones failed, ${failures} votes refused${totalMs > LIMIT_MS ? ', over time' : ''}`,
  );
  process.exitCode = 1;
}
