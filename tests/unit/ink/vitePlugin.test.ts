// The Vite plugin in dev: a saved .ink that breaks shows Vite's error overlay as FILE:LINE: error: message (once
// each), and a saved .ink that compiles tells the running page which story changed, with its new hash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inkStories, STORY_UPDATED_EVENT } from '../../../src/ink/vitePlugin';

type Sent = { type: string; event?: string; data?: unknown; err?: { message: string } };

function devPlugin(storiesDir: string) {
  const plugin = inkStories({ dir: 'stories' }) as unknown as {
    configResolved(c: { root: string }): void;
    buildStart(this: unknown): void;
    configureServer(s: unknown): void;
    handleHotUpdate(ctx: { file: string }): unknown;
  };
  const sent: Sent[] = [];
  plugin.configResolved({ root: path.dirname(storiesDir) });
  plugin.configureServer({
    watcher: { add() {} },
    middlewares: { use() {} },
    ws: { send: (m: Sent) => sent.push(m) },
    moduleGraph: { getModuleById: () => null, invalidateModule() {} },
  });
  plugin.buildStart.call({
    warn() {},
    error(m: string) {
      throw new Error(m);
    },
    addWatchFile() {},
  });
  return { plugin, sent };
}

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('ink plugin in dev', () => {
  it('sends the overlay an error naming the file and line when a saved story breaks, and an update when it is mended', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ink-plugin-'));
    const stories = path.join(dir, 'stories');
    fs.mkdirSync(stories);
    const file = path.join(stories, 'tale.ink');
    fs.writeFileSync(file, '# title: Tale\nOnce.\n-> END\n');
    const { plugin, sent } = devPlugin(stories);

    fs.writeFileSync(file, '# title: Tale\nOnce.\n-> nowhere\n');
    plugin.handleHotUpdate({ file });
    const overlay = sent.find((m) => m.type === 'error');
    expect(overlay?.err?.message).toBe("stories/tale.ink:3: error: Divert target not found: '-> nowhere'");

    fs.writeFileSync(file, '# title: Tale\nOnce upon a time.\n-> END\n');
    plugin.handleHotUpdate({ file });
    const update = sent.find((m) => m.type === 'custom' && m.event === STORY_UPDATED_EVENT);
    expect(update?.data).toMatchObject({ id: 'tale', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('fails the build on a compile error, listing each error once as FILE:LINE', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ink-plugin-'));
    const stories = path.join(dir, 'stories');
    fs.mkdirSync(stories);
    fs.writeFileSync(path.join(stories, 'tale.ink'), '# title: Tale\nOnce.\n~ temp x =\n-> END\n');
    expect(() => devPlugin(stories)).toThrow(/ink compile failed:\nstories\/tale\.ink:3: error: /);
  });

  it('names a slip in a curtain-call data file saved in dev (the page had quietly not opened the curtain call), and fails the build on it', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ink-plugin-'));
    const stories = path.join(dir, 'stories');
    const content = path.join(dir, 'src', 'content');
    fs.mkdirSync(stories);
    fs.mkdirSync(content, { recursive: true });
    fs.writeFileSync(path.join(stories, 'tale.ink'), '# title: Tale\nOnce.\n-> END\n');
    const prompts = fs.readFileSync('src/content/prompts.json', 'utf8');
    const file = path.join(content, 'prompts.json');
    fs.writeFileSync(file, prompts);
    const { plugin, sent } = devPlugin(stories);

    fs.writeFileSync(file, prompts.replace('"acts": ["SPEAK_FOR"]', '"acts": ["SPEAKFOR"]'));
    plugin.handleHotUpdate({ file });
    const line = prompts.slice(0, prompts.indexOf('"acts": ["SPEAK_FOR"]')).split('\n').length;
    expect(sent.find((m) => m.type === 'error')?.err?.message).toBe(
      `src/content/prompts.json:${line}: error: families[0] (speak_for) › acts[0]: "SPEAKFOR" is not one of the values allowed here (did you mean "SPEAK_FOR"?): the curtain call will not open until it is mended`,
    );
    expect(() => devPlugin(stories)).toThrow(/^the curtain call's data cannot be read:\nsrc\/content\/prompts\.json:/);
  });
});
