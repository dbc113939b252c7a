// The Vite plugin that turns stories/*.ink into what the game loads: one JSON file per story (fetched only when
// the story is chosen) and a small manifest of headers (bundled, so the foyer shows without a fetch).
// At build time a compile error fails the build; in dev it shows in Vite's overlay, and a saved .ink reaches the
// running game within moments (the page replays the learner's path on the new story).
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readStoryFiles, storyIds } from './storyFiles.ts';
import { buildStory, type BuiltStory } from './buildStory.ts';
import { formatDiagnostic } from './compileInk.ts';
import type { StoryManifest } from '../engine/manifest.ts';
import { checkContentFolder } from './contentChecks.ts';

const MANIFEST_ID = 'virtual:story-manifest';
const RESOLVED_MANIFEST_ID = '\0' + MANIFEST_ID;
export const STORY_UPDATED_EVENT = 'ink:story-updated';

export interface InkPluginOptions {
  /** The stories folder, relative to the project root. */
  dir?: string;
  /** The curtain call's data files (prompts.json …), relative to the project root. */
  contentDir?: string;
}

type CompiledStories = { stories: BuiltStory[]; errors: string[]; warnings: string[] };

// The last compile, by the story files it read: a process that starts several Vite servers over the same stories
// (Vitest makes one per test project) compiles them once, not once a server (about a second each). Kept on the
// process, not in this module: Vite loads the config, and so this file, afresh for each server.
const LAST_COMPILE = Symbol.for('allyship-theatre.ink-stories.last-compile');
type LastCompile = { files: string; result: CompiledStories };
const kept = globalThis as { [LAST_COMPILE]?: LastCompile };

export function compileAllStories(dir: string): CompiledStories {
  const files = readStoryFiles(dir);
  const key = JSON.stringify(files);
  const last = kept[LAST_COMPILE];
  if (last?.files === key) return last.result;
  const result = compileFiles(files);
  kept[LAST_COMPILE] = { files: key, result };
  return result;
}

function compileFiles(files: Record<string, string>): CompiledStories {
  const stories = storyIds(files).map((id) => buildStory(files, id));
  const all = stories.flatMap((s) => s.diagnostics);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    stories,
    errors: unique(all.filter((d) => d.severity === 'error').map(formatDiagnostic)),
    warnings: unique(all.filter((d) => d.severity === 'warning').map(formatDiagnostic)),
  };
}

export function manifestOf(stories: BuiltStory[]): StoryManifest {
  return { format: 1, stories: stories.flatMap((s) => (s.entry ? [s.entry] : [])) };
}

export function inkStories(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let contentDir = '';
  /** The data files' problems, as check prints them: a slip there would leave every curtain call unopened. */
  const contentErrors = () => checkContentFolder(contentDir, root).map(formatDiagnostic);
  let latest: ReturnType<typeof compileAllStories> | null = null;
  let server: ViteDevServer | null = null;

  const compile = () => (latest = compileAllStories(dir));

  return {
    name: 'ink-stories',
    // The compiled stories, for the plugin that draws each story's opening into index.html (prerenderOpenings.ts).
    api: {
      stories: () => (latest ?? compile()).stories,
    },
    configResolved(config) {
      root = config.root;
      dir = path.resolve(root, options.dir ?? 'stories');
      contentDir = path.resolve(root, options.contentDir ?? 'src/content');
    },
    buildStart() {
      compile();
      for (const w of latest!.warnings) this.warn(w);
      if (latest!.errors.length) this.error(`ink compile failed:\n${latest!.errors.join('\n')}`);
      const content = contentErrors();
      if (content.length) this.error(`the curtain call's data cannot be read:\n${content.join('\n')}`);
      this.addWatchFile(dir);
    },
    resolveId(id) {
      return id === MANIFEST_ID ? RESOLVED_MANIFEST_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_MANIFEST_ID) return null;
      if (!latest) compile();
      return `export default ${JSON.stringify(manifestOf(latest!.stories))};`;
    },
    generateBundle() {
      for (const story of latest?.stories ?? []) {
        if (!story.json) continue;
        this.emitFile({ type: 'asset', fileName: `stories/${story.id}.json`, source: story.json });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'stories/manifest.json',
        source: JSON.stringify(manifestOf(latest?.stories ?? []), null, 2),
      });
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      devServer.middlewares.use((req, res, next) => {
        const m = /\/stories\/([a-z0-9_-]+)\.json(?:\?.*)?$/.exec(req.url ?? '');
        if (!m) return next();
        if (!latest) compile();
        const story = latest!.stories.find((s) => s.id === m[1]);
        if (!story?.json) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: `no compiled story "${m[1]}"` }));
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(story.json);
      });
    },
    handleHotUpdate(ctx) {
      if (server && path.dirname(ctx.file) === contentDir && ctx.file.endsWith('.json')) {
        // A data file saved with a slip: the dev page says where, rather than a curtain call that never opens.
        const content = contentErrors();
        if (!content.length) return;
        server.ws.send({
          type: 'error',
          err: { message: content.join('\n'), stack: '', plugin: 'ink-stories', id: ctx.file },
        });
        return [];
      }
      if (!ctx.file.endsWith('.ink') || !ctx.file.startsWith(dir) || !server) return;
      const before = new Map((latest?.stories ?? []).map((s) => [s.id, s.entry?.hash]));
      const rel = path.relative(dir, ctx.file);
      if (latest && !rel.includes(path.sep)) {
        // One story saved: recompile just that one, so the page updates within moments.
        const id = rel.replace(/\.ink$/, '');
        const files = readStoryFiles(dir);
        const rebuilt = buildStory(files, id);
        const others = latest.stories.filter((s) => s.id !== id);
        const stories = [...others, rebuilt].sort((a, b) => a.id.localeCompare(b.id));
        const all = stories.flatMap((s) => s.diagnostics);
        latest = {
          stories,
          errors: [...new Set(all.filter((d) => d.severity === 'error').map(formatDiagnostic))],
          warnings: [...new Set(all.filter((d) => d.severity === 'warning').map(formatDiagnostic))],
        };
      } else compile();
      if (latest!.errors.length) {
        server.ws.send({
          type: 'error',
          err: { message: latest!.errors.join('\n'), stack: '', plugin: 'ink-stories', id: ctx.file },
        });
        return [];
      }
      const mod = server.moduleGraph.getModuleById(RESOLVED_MANIFEST_ID);
      if (mod) server.moduleGraph.invalidateModule(mod);
      for (const s of latest!.stories) {
        if (s.entry && before.get(s.id) !== s.entry.hash) {
          server.ws.send({ type: 'custom', event: STORY_UPDATED_EVENT, data: { id: s.id, hash: s.entry.hash } });
        }
      }
      return [];
    },
  };
}
