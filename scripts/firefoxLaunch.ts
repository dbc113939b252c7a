// How this project launches Debian's Firefox ESR (the browser tests' second browser): the binary, and what keeps it
// off the network the build machines do not have. puppeteer-core drives it over WebDriver BiDi; Playwright cannot
// drive a stock Firefox, and neither Playwright's nor Puppeteer's own Firefox build can be downloaded here.
import { existsSync } from 'node:fs';

/** The real binary (/usr/bin/firefox-esr is a link to it); FIREFOX_PATH picks another. */
export function firefoxPath(): string {
  return (
    process.env.FIREFOX_PATH ??
    (existsSync('/usr/lib/firefox-esr/firefox-esr') ? '/usr/lib/firefox-esr/firefox-esr' : '/usr/bin/firefox-esr')
  );
}

/**
 * Firefox's own switch for test runs: it refuses every connection to an address that is not on this machine, and
 * lets the profile puppeteer-core writes point Remote Settings at a dummy server. Without it, Firefox 153 ESR still
 * looked up firefox.settings.services.mozilla.com 13 times while a story was played, whatever the preferences said
 * (a release build ignores `services.settings.server`); with it, `strace -f -e trace=connect` saw no connection
 * and no DNS query leave 127.0.0.1 (2026-12-07).
 */
export function firefoxEnv(): Record<string, string | undefined> {
  return { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };
}
