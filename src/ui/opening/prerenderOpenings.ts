// The Vite plugin that writes each shipped story's opening into index.html (issue 20: first line first). At build
// time it plays every story's first passage with seed 0 through the real play screen (src/ui/playScreen.ts), in
// happy-dom, and writes down the DOM it built (openingTree.ts). In the page, showOpening.ts builds
// that DOM again before the runtime arrives, and the engine takes it over (takeOverOpening.ts). Because the words
// come from the play screen itself, a change to how the play screen shows a story reaches the opening by itself;
// the e2e test (tests/e2e/opening.test.ts) checks in Chromium that the two are the same.
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { BuiltStory } from '../../ink/buildStory.ts';
import { openingElementId, treeOf, type OpeningNode, type StoryOpening } from './openingTree.ts';
import { storyPageTitle } from '../pageTitle.ts';

/** The ink plugin's compiled stories, shared so that the stories are compiled once per build. */
interface CompiledStoriesApi {
  stories(): BuiltStory[];
}

/** The browser globals the play screen reaches for, lent from happy-dom while the openings are drawn. */
const LENT = ['window', 'document', 'navigator', 'location', 'Node', 'Element', 'HTMLElement', 'Text'] as const;

/** What to say when happy-dom is missing (a worktree installed before it was added): the build still works. */
const NOT_INSTALLED =
  "happy-dom is not installed, so the stories' openings are not drawn into index.html (the page opens each story " +
  'the slower way). Run `npm install` to draw them.';

async function drawOpenings(root: string, stories: BuiltStory[]): Promise<Map<string, StoryOpening> | null> {
  let Window: typeof import('happy-dom').Window;
  try {
    ({ Window } = await import('happy-dom'));
  } catch {
    return null;
  }
  const win = new Window({ url: 'http://localhost/' });
  const saved = LENT.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of LENT)
    Object.defineProperty(globalThis, name, {
      value: name === 'window' ? win : (win as unknown as Record<string, unknown>)[name],
      configurable: true,
      writable: true,
    });
  try {
    // Vite's module runner, so the play screen loads exactly as the page's bundle has it (import.meta.glob and all).
    const { module } = await runnerImport<typeof import('../playScreen.ts')>(path.join(root, 'src/ui/playScreen.ts'), {
      root,
      configFile: false,
      logLevel: 'silent',
    });
    const openings = new Map<string, StoryOpening>();
    for (const story of stories) {
      if (!story.entry || !story.json) continue;
      const main = win.document.createElement('main') as unknown as HTMLElement;
      const screen = module.startPlay({
        root: main,
        story: { entry: story.entry, json: story.json },
        onFoyer: () => {},
        onEnded: () => {},
      });
      screen.destroy();
      const nodes = Array.from(main.childNodes)
        .map((n) => treeOf(n as unknown as Node))
        .filter((n): n is OpeningNode => n !== null);
      openings.set(story.entry.id, { title: storyPageTitle(story.entry.title), nodes });
    }
    return openings;
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    await win.happyDOM.close();
  }
}

/** JSON that cannot end its <script> element early, whatever a story says. */
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function prerenderOpenings(): Plugin {
  let root = process.cwd();
  let compiled: CompiledStoriesApi | null = null;
  let openings: Map<string, StoryOpening> | null = null;
  return {
    name: 'prerender-openings',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      compiled = (config.plugins.find((p) => p.name === 'ink-stories')?.api as CompiledStoriesApi) ?? null;
    },
    buildStart() {
      openings = null;
    },
    transformIndexHtml: {
      order: 'post',
      // Drawn here rather than at buildStart, so the ink plugin has compiled the stories (buildStart hooks run
      // side by side).
      async handler(_html, ctx) {
        if (path.basename(ctx.filename) !== 'index.html') return;
        if (!compiled) throw new Error('prerender-openings needs the ink-stories plugin (src/ink/vitePlugin.ts)');
        openings ??= await drawOpenings(root, compiled.stories());
        if (!openings) {
          this.warn(NOT_INSTALLED);
          return;
        }
        return [...openings].map(([id, opening]) => ({
          tag: 'script',
          attrs: { type: 'application/json', id: openingElementId(id) },
          children: scriptSafeJson(opening),
          injectTo: 'body' as const,
        }));
      },
    },
  };
}
