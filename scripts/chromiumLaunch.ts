// How this project launches Debian's chromium (tests, benchmark): the binary, and the flags that keep it off
// the network the build machines do not have.
import { existsSync } from 'node:fs';

/** The real binary; /usr/bin/chromium is a shell wrapper that prints a harmless warning. */
export function chromiumPath(): string {
  return (
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium')
  );
}

// The background-networking flags stop chromium calling home: the build machines have no network.
// `--disable-3d-apis`: Phaser falls back to Canvas; software WebGL costs about a fifth of the machine per page.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--disable-3d-apis'];
