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
  close(): Promise<void>;
}

export async function stallingDoor(roomPort: number): Promise<StallingDoor> {
  let stalled = false;
  const sockets = new Set<net.Socket>();
  const waiting = new Set<() => void>();

  /** Everything `from` says goes to `to`, except while the door stalls: then it waits, and `from` is not read. */
  const relay = (from: net.Socket, to: net.Socket) => {
    const held: Buffer[] = [];
    const release = () => {
      for (const chunk of held.splice(0)) to.write(chunk);
      from.resume();
    };
    waiting.add(release);
    from.on('close', () => waiting.delete(release));
    from.on('data', (chunk: Buffer) => {
      if (!stalled) {
        to.write(chunk);
        return;
      }
      held.push(chunk);
      from.pause();
    });
  };

  const server = net.createServer((visitor) => {
    const room = net.connect(roomPort, '127.0.0.1');
    for (const socket of [visitor, room]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // One side gone: the other goes too, as a real connection's would.
      socket.on('error', () => undefined);
    }
    visitor.on('close', () => room.destroy());
    room.on('close', () => visitor.destroy());
    relay(visitor, room);
    relay(room, visitor);
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
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
