// A door on 127.0.0.1 in front of the room server that can stop answering without closing anything: what a hanging
// server looks like to the browser (the laptop running it asleep, a captive Wi-Fi portal, a stuck proxy). While it
// stalls, it still accepts connections, and nothing goes through in either direction, on new connections or on those
// already open (the presenter's event stream); when it answers again, what waited goes through, as after a laptop
// wakes.
import net from 'node:net';

export interface StallingDoor {
  port: number;
  /** `address` (the room server's own) as reached through the door. */
  through(address: string): string;
  stall(): void;
  answer(): void;
  /** The first line of each request held while it stalls ("POST /room/api/vote HTTP/1.1"), oldest first. */
  held(): string[];
  close(): Promise<void>;
}

export interface DoorOptions {
  /**
   * What a browser sent before it gave up waiting (and closed the connection) still reaches the server when it
   * answers, as a sleeping laptop reads what its network card kept once it wakes. Without this, a request given up
   * on is lost with its connection.
   */
  keepsWhatWasSent?: boolean;
}

export async function stallingDoor(roomPort: number, options: DoorOptions = {}): Promise<StallingDoor> {
  let stalled = false;
  const sockets = new Set<net.Socket>();
  const waiting = new Set<() => void>();
  const heldRequests = new Set<Buffer[]>();
  const requestLines = (chunks: Buffer[]) =>
    Buffer.concat(chunks)
      .toString('latin1')
      .split('\r\n')
      .filter((line) => /^[A-Z]+ \/\S* HTTP\/1\.1$/.test(line));

  /**
   * Everything `from` says goes to `to`, except while the door stalls: then it waits, and `from` is not read (or,
   * keeping what was sent, read and held). Returns whether anything is held.
   */
  const relay = (from: net.Socket, to: net.Socket, keep: boolean, requests: boolean): (() => boolean) => {
    const held: Buffer[] = [];
    if (requests) heldRequests.add(held);
    let gone = false;
    const release = () => {
      for (const chunk of held.splice(0)) to.write(chunk);
      if (!gone) from.resume();
      else {
        waiting.delete(release);
        heldRequests.delete(held);
        to.end();
      }
    };
    waiting.add(release);
    from.on('close', () => {
      if (keep && held.length) gone = true;
      else {
        waiting.delete(release);
        heldRequests.delete(held);
      }
    });
    from.on('data', (chunk: Buffer) => {
      if (!stalled) {
        to.write(chunk);
        return;
      }
      held.push(chunk);
      if (!keep) from.pause();
    });
    return () => held.length > 0;
  };

  const server = net.createServer((visitor) => {
    const room = net.connect(roomPort, '127.0.0.1');
    for (const socket of [visitor, room]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // One side gone: the other goes too, as a real connection's would.
      socket.on('error', () => undefined);
    }
    const keep = options.keepsWhatWasSent ?? false;
    const holding = relay(visitor, room, keep, true);
    relay(room, visitor, false, false);
    // A visitor gone with a request held: the server still gets it when the door answers (keepsWhatWasSent).
    visitor.on('close', () => {
      if (!(keep && holding())) room.destroy();
    });
    room.on('close', () => visitor.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    through: (address) => address.replace(`127.0.0.1:${roomPort}/`, `127.0.0.1:${port}/`),
    stall: () => {
      stalled = true;
    },
    answer: () => {
      stalled = false;
      for (const release of waiting) release();
    },
    held: () => [...heldRequests].flatMap(requestLines),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
