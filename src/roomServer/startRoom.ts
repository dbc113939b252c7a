// Starts a room: a fresh code and presenter key, the join address phones can reach, its QR code, and the server.
// Used by `npm run room` and, on 127.0.0.1 with a free port, by the tests and the load bench.
import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { serve } from '@hono/node-server';
import QRCode from 'qrcode';
import { PhoneRoom, roomCodeFrom } from '../facilitation/phoneRoom';
import { createRoomApp } from './roomApp';

export interface RoomStartOptions {
  port: number;
  /** The address to listen on: all interfaces for a real room, 127.0.0.1 for tests. */
  host: string;
  distDir: string;
  /**
   * Where phones reach the room: a host name or address (on this port, over http), found from the network
   * interfaces when not given; or a whole address with its scheme, `https://vote.example.org`, for a room behind a
   * reverse proxy, which phones and the facilitator then use as it is (the proxy's port, its certificate).
   */
  publicHost?: string;
  onEnd?: () => void;
}

export interface RunningRoom {
  code: string;
  presenterKey: string;
  /** Where the facilitator opens the workshop (carries the key in the fragment, which never reaches a log). */
  presenterAddress: string;
  /** The same through a reverse proxy, when the room was started with one's address: for a laptop elsewhere. */
  proxiedPresenterAddress: string | null;
  joinAddress: string;
  port: number;
  close(): Promise<void>;
}

/** The first non-internal IPv4 address: what a phone on the same Wi-Fi or hotspot can reach. */
function lanAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

/**
 * The reverse proxy's origin, when the public host was given as a whole address ("https://vote.example.org"): the
 * phones' QR code must lead to the proxy (its port, its certificate), not round it to this server's own port.
 * Throws, with what to type instead, for an address that is not http(s) or carries a path.
 */
export function proxyOrigin(publicHost: string | undefined): string | null {
  if (!publicHost || !/^[a-z]+:\/\//i.test(publicHost)) return null;
  let url: URL;
  try {
    url = new URL(publicHost);
  } catch {
    throw new Error(
      `--public-host "${publicHost}" is not an address. Give a name (vote.example.org) or a whole address (https://vote.example.org).`,
    );
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `--public-host "${publicHost}" must be a name (vote.example.org) or an address with nothing after the host (https://vote.example.org).`,
    );
  return url.origin;
}

export async function startRoom(options: RoomStartOptions): Promise<RunningRoom> {
  // Before the server listens: a mistyped address stops here, with nothing left open.
  const proxy = proxyOrigin(options.publicHost);
  const key = randomBytes(32);
  const presenterKey = randomBytes(24).toString('base64url');
  const code = roomCodeFrom(randomBytes(4));
  const room = new PhoneRoom(code, {
    sign: (text) => createHmac('sha256', key).update(text).digest('base64url'),
    newToken: () => randomBytes(18).toString('base64url'),
  });

  let app: ReturnType<typeof createRoomApp> | null = null;
  const server = serve({ fetch: (req, env) => app!.fetch(req, env), port: options.port, hostname: options.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const publicHost = options.publicHost ?? (options.host === '127.0.0.1' ? '127.0.0.1' : (lanAddress() ?? '127.0.0.1'));
  const joinAddress = `${proxy ?? `http://${publicHost}:${port}`}/vote.html?c=${code}`;
  const qrSvg = await QRCode.toString(joinAddress, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });

  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Open event streams would hold the server open: end them.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    });

  app = createRoomApp({
    room,
    presenterKey,
    joinAddress,
    distDir: options.distDir,
    qrSvg,
    onEnd: () => {
      void close().then(() => options.onEnd?.());
    },
  });

  return {
    code,
    presenterKey,
    presenterAddress: `http://127.0.0.1:${port}/workshop.html#room-key=${presenterKey}`,
    proxiedPresenterAddress: proxy ? `${proxy}/workshop.html#room-key=${presenterKey}` : null,
    joinAddress,
    port,
    close,
  };
}
