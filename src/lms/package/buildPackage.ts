// One SCORM package as zip bytes: the built game, the page's policy widened for a learning record store when
// one is configured, and an imsmanifest.xml at the root that lists every file.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { manifestXml, type ScormVersion } from './manifestXml';
import { allowConnections } from './contentSecurity';

export interface PackageRequest {
  version: ScormVersion;
  identifier: string;
  title: string;
  /** The stories the package launches: one (`?story=ID`) or several (`?stories=a,b`, the bundle). */
  stories: string[];
  /** The built game: relative path → bytes. */
  game: Map<string, Uint8Array>;
  /** Origins the page may send xAPI statements to. */
  lrsOrigins: string[];
  /** Replaces config/xapi.json in the package, when given. */
  xapiConfig?: string;
}

/** The launch address, relative to the package's root. */
export function launchHref(stories: string[]): string {
  const which =
    stories.length === 1
      ? `story=${encodeURIComponent(stories[0])}`
      : `stories=${stories.map(encodeURIComponent).join(',')}`;
  return `index.html?${which}&lms=1`;
}

// A fixed date keeps the same build producing the same bytes (zip entries carry a modification time).
const FIXED_MTIME = new Date('2026-01-01T00:00:00Z');

export function buildPackage(r: PackageRequest): { zip: Uint8Array; manifest: string; files: string[] } {
  const files = new Map(r.game);
  files.delete('imsmanifest.xml');
  // No service worker: the facilitator pages' offline worker sits at the build's root (src/ui/workshop/keepOffline.ts),
  // and in an LMS, which serves the package from its own site, a worker could answer for pages that are not ours.
  // Every page script is in assets/, so a script at the root is a worker. Without its file, a page's attempt to
  // register it fails quietly.
  for (const name of files.keys()) if (!name.includes('/') && name.endsWith('.js')) files.delete(name);
  const page = files.get('index.html');
  if (!page) throw new Error('the built game has no index.html');
  files.set('index.html', strToU8(allowConnections(new TextDecoder().decode(page), r.lrsOrigins)));
  if (r.xapiConfig !== undefined) files.set('config/xapi.json', strToU8(r.xapiConfig));
  const list = [...files.keys()].sort();
  const manifest = manifestXml(r.version, {
    identifier: r.identifier,
    title: r.title,
    launch: launchHref(r.stories),
    files: list,
  });
  const zippable: Zippable = { 'imsmanifest.xml': strToU8(manifest) };
  for (const name of list) zippable[name] = files.get(name)!;
  return { zip: zipSync(zippable, { level: 9, mtime: FIXED_MTIME }), manifest, files: list };
}
