// Packaging for an LMS: the manifest lists every file with relative paths, the launch address carries the
// stories, and the page's policy is widened for exactly the configured learning record store.
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildPackage, launchHref } from '../../../src/lms/package/buildPackage';
import { allowConnections, lrsOrigin } from '../../../src/lms/package/contentSecurity';
import { fileHref } from '../../../src/lms/package/manifestXml';
import { OFFLINE_WORKER } from '../../../src/ui/workshop/keepOffline';

const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; connect-src &#39;self&#39;; object-src &#39;none&#39;"></head><body></body></html>`;
const game = () =>
  new Map<string, Uint8Array>([
    ['index.html', strToU8(page)],
    ['assets/index-abc.js', strToU8('console.log(1)')],
    ['stories/sitting-in-reception.json', strToU8('{}')],
    ['config/xapi.json', strToU8('{"enabled":false}')],
  ]);

describe('launch address', () => {
  test('one story, or several for a bundle; relative', () => {
    expect(launchHref(['sitting-in-reception'])).toBe('index.html?story=sitting-in-reception&lms=1');
    expect(launchHref(['a', 'b'])).toBe('index.html?stories=a,b&lms=1');
  });
});

describe('content security policy', () => {
  test('adds only the LRS origin to connect-src', () => {
    expect(lrsOrigin('https://lrs.example.org/xapi/')).toBe('https://lrs.example.org');
    expect(lrsOrigin('javascript:alert(1)')).toBeNull();
    const out = allowConnections(page, ['https://lrs.example.org']);
    expect(out).toContain('connect-src &#39;self&#39; https://lrs.example.org;');
    expect(out).toContain('default-src &#39;self&#39;;');
    expect(allowConnections(page, [])).toBe(page);
  });
});

describe('package', () => {
  for (const version of ['1.2', '2004'] as const) {
    test(`SCORM ${version}: manifest at the root, every file in it and in the zip`, () => {
      const { zip, manifest } = buildPackage({
        version,
        identifier: 'allyship-theatre.s1',
        title: 'Sitting in Reception & more',
        stories: ['sitting-in-reception'],
        game: game(),
        lrsOrigins: [],
      });
      const files = unzipSync(zip);
      expect(Object.keys(files).sort()).toEqual([
        'assets/index-abc.js',
        'config/xapi.json',
        'imsmanifest.xml',
        'index.html',
        'stories/sitting-in-reception.json',
      ]);
      expect(new TextDecoder().decode(files['imsmanifest.xml'])).toBe(manifest);
      const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs.sort()).toEqual([
        'assets/index-abc.js',
        'config/xapi.json',
        'index.html',
        'stories/sitting-in-reception.json',
      ]);
      expect(manifest).toContain('href="index.html?story=sitting-in-reception&amp;lms=1"');
      expect(manifest).toContain('Sitting in Reception &amp; more');
      if (version === '1.2') {
        expect(manifest).toContain('adlcp:scormtype="sco"');
        expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
      } else {
        expect(manifest).toContain('adlcp:scormType="sco"');
        expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
      }
      expect(manifest).not.toMatch(/href="(\/|[a-z]+:)/i);
    });
  }

  test('an xAPI configuration given at build replaces the default, and the page may reach its LRS', () => {
    const { zip } = buildPackage({
      version: '1.2',
      identifier: 'x',
      title: 'x',
      stories: ['a'],
      game: game(),
      lrsOrigins: ['https://lrs.example.org'],
      xapiConfig: '{"enabled":true}',
    });
    const files = unzipSync(zip);
    expect(new TextDecoder().decode(files['config/xapi.json'])).toBe('{"enabled":true}');
    expect(new TextDecoder().decode(files['index.html'])).toContain('https://lrs.example.org');
  });

  test('leaves out the facilitator pages’ service worker, so no page in the LMS can register it', () => {
    const built = game();
    built.set(OFFLINE_WORKER, strToU8('self.addEventListener("fetch", () => {})'));
    const { zip, files } = buildPackage({
      version: '2004',
      identifier: 'x',
      title: 'x',
      stories: ['a'],
      game: built,
      lrsOrigins: [],
    });
    expect(files).not.toContain(OFFLINE_WORKER);
    expect(Object.keys(unzipSync(zip))).not.toContain(OFFLINE_WORKER);
    expect(files).toContain('assets/index-abc.js');
  });

  test('file names with spaces are percent-encoded in the manifest', () => {
    expect(fileHref('assets/a b.png')).toBe('assets/a%20b.png');
  });
});
