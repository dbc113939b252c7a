// `npm run room`: build the game, start a room on this machine, and print where the facilitator and the phones go.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { proxyOrigin, startRoom } from './startRoom';

export const DEFAULT_ROOM_PORT = 8787;

const USAGE = `Usage: npm run room -- [--port N] [--host ADDRESS] [--public-host NAME] [--no-build]

  --port N            the port to listen on (default ${DEFAULT_ROOM_PORT})
  --host ADDRESS      the address to listen on (default 0.0.0.0: every network this machine is on)
  --public-host NAME  the address phones should use, if not this machine's Wi-Fi address; behind an HTTPS
                      reverse proxy, its whole address (https://vote.example.org)
  --no-build          serve the game as last built in dist/ instead of building it first`;

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: String(DEFAULT_ROOM_PORT) },
        host: { type: 'string', default: '0.0.0.0' },
        'public-host': { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`room: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`room: --port must be a whole number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }
  try {
    proxyOrigin(values['public-host']);
  } catch (error) {
    console.error(`room: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const distDir = path.resolve('dist');
  if (!values['no-build']) {
    console.log('Building the game…');
    const { build } = await import('vite');
    await build({ logLevel: 'warn' });
  }

  let room;
  try {
    room = await startRoom({
      port,
      host: values.host,
      distDir,
      publicHost: values['public-host'],
      onEnd: () => {
        console.log('The facilitator ended the room. Nothing was kept. Goodbye.');
        process.exit(0);
      },
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `room: port ${port} is in use. Try another: npm run room -- --port ${port + 1}`
        : `room: could not start: ${(error as Error).message}`,
    );
    process.exit(1);
  }

  console.log(`
The room is open. Code: ${room.code}

  Facilitator (this laptop only; keep this address to yourself):
    ${room.presenterAddress}
${room.proxiedPresenterAddress ? `  or, from another laptop, through the proxy (keep it to yourself too):\n    ${room.proxiedPresenterAddress}\n` : ''}
  Phones join at:
    ${room.joinAddress}
  (the workshop page shows this address and a QR code on the projector when you choose "Take votes from phones")

${room.proxiedPresenterAddress ? 'Phones reach the room through the proxy.' : 'Phones must be on the same network as this laptop. If the venue Wi-Fi keeps them apart, see FACILITATING.md.'}
Press Ctrl+C, or end the room from the workshop page, to close it: every vote and count goes with it.`);

  process.on('SIGINT', () => {
    void room.close().then(() => process.exit(0));
  });
}

await main();
