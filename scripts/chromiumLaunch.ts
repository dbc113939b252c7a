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

/**
 * The features playwright-core (1.65.1, `chromiumSwitches.ts`) turns off itself. Chromium keeps only the last
 * `--disable-features` on its command line, so ours must repeat these; tests/unit/tools/chromiumLaunch.test.ts fails
 * when an upgraded playwright-core turns off others.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless chromium still builds a window's address-bar popups: two hidden WebUI pages (chrome://omnibox-popup) for
 * every new window, that is every new browser context. Nobody sees them in a headless run; they cost about 0.4 s of
 * CPU per context (measured 2026-12-06, chromium 156), a third of what a fresh page costs.
 */
const NO_ADDRESS_BAR_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

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
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...NO_ADDRESS_BAR_POPUPS].join(',')}`,
];
export const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--disable-3d-apis'];
