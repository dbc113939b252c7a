// What the facilitator pages' service worker keeps, found from the build (src/ui/workshop/viteOffline.ts): each page
// with every script it loads or may load, its stylesheets and their WOFF2 fonts, and for the presenter the stories
// it resumes a session from. Nothing of another page: the learner's game is never kept by it.
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { filesOfPage } from '../../../src/ui/workshop/viteOffline';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], css: string[] = []) => ({
  type: 'chunk',
  fileName,
  code: '',
  imports,
  dynamicImports,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set<string>() },
});
const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source });

const bundle = Object.fromEntries(
  [
    asset(
      'workshop.html',
      '<script type="module" crossorigin src="./assets/workshop-a.js"></script><link rel="stylesheet" href="./assets/app-a.css"><link rel="icon" href="data:,">',
    ),
    asset('projector.html', '<script type="module" src="./assets/projector-a.js"></script>'),
    asset('index.html', '<script type="module" src="./assets/boot-a.js"></script>'),
    chunk('assets/workshop-a.js', ['assets/dom-a.js'], ['assets/later-a.js'], ['assets/room-a.css']),
    chunk('assets/projector-a.js', ['assets/dom-a.js']),
    chunk('assets/boot-a.js', ['assets/dom-a.js']),
    chunk('assets/dom-a.js'),
    chunk('assets/later-a.js'),
    asset(
      'assets/app-a.css',
      '@font-face{src:url(./font-a.woff2) format("woff2"),url(./font-a.woff) format("woff")}a{background:url(data:image/png;base64,AA)}',
    ),
    asset('assets/room-a.css', ''),
    asset('assets/font-a.woff2', ''),
    asset('assets/font-a.woff', ''),
    asset('stories/sitting-in-reception.json', '{}'),
  ].map((item) => [item.fileName, item]),
) as unknown as Rolldown.OutputBundle;

describe('the files each facilitator page keeps for a reload without the server', () => {
  it('the presenter: its page, scripts (imported and loaded later), stylesheets, WOFF2 fonts and the stories', () => {
    expect(filesOfPage('workshop', bundle)).toEqual([
      'assets/app-a.css',
      'assets/dom-a.js',
      'assets/font-a.woff2',
      'assets/later-a.js',
      'assets/room-a.css',
      'assets/workshop-a.js',
      'stories/sitting-in-reception.json',
      'workshop.html',
    ]);
  });

  it('the projector: only what it draws with (no stories, nothing of the game)', () => {
    expect(filesOfPage('projector', bundle)).toEqual(['assets/dom-a.js', 'assets/projector-a.js', 'projector.html']);
  });
});
