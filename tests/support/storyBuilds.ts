// Every story in stories/, compiled once for the whole run and shared by every test file that plays one (the
// story tests, the every-path walk, the best and worst paths, the LMS tests). As the unit and stories projects'
// globalSetup it compiles each story once (its JSON, its manifest entry, where its ENDs are written) into
// node_modules/.cache, named by a hash of everything the result depends on: the stories, the compiler and engine
// sources, inkjs's version and this file. An unchanged tree compiles nothing; any edit to those compiles afresh.
// Tests read it with `storyBuild(id)` / `storyBuilds()`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { manifestEntryFor, type ManifestEntry } from '../../src/engine/manifest';
import { formatDiagnostic } from '../../src/ink/compileInk';
import { sha256 } from '../../src/ink/buildStory';
import { compileWithMap, type EndingPlace } from '../../src/ink/storyMap';
import { readStoryFiles, storyIds } from '../../src/ink/storyFiles';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The JSON file holding every story's build (see storyBuilds.ts). */
    storyBuilds: string;
  }
}

export interface StoryBuild {
  id: string;
  /** The compiled story, or null when it does not compile (`errors` says why, FILE:LINE: error: …). */
  json: string | null;
  errors: string[];
  /** What the foyer lists (hash, title, listed…), as the game's build makes it. */
  entry: ManifestEntry | null;
  /** Every END the author wrote, with its file and line. */
  endings: EndingPlace[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const storiesDir = path.join(root, 'stories');

/** Every file under `dir` with its contents, in a stable order. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => `${path.relative(root, file)}\n${readFileSync(file, 'utf8')}`);
}

function buildKey(): string {
  const inkjs = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/inkjs/package.json'), 'utf8')) as { version: string }
  ).version;
  const hash = createHash('sha256').update(`inkjs ${inkjs}\n`);
  for (const part of [
    ...sources(storiesDir),
    ...sources(path.join(root, 'src/ink')),
    ...sources(path.join(root, 'src/engine')),
  ])
    hash.update(part);
  hash.update(readFileSync(fileURLToPath(import.meta.url), 'utf8'));
  return hash.digest('hex').slice(0, 16);
}

function compileEveryStory(): StoryBuild[] {
  const files = readStoryFiles(storiesDir);
  return storyIds(files).map((id) => {
    const { json, diagnostics, map } = compileWithMap(files, `${id}.ink`, 'stories/');
    return {
      id,
      json,
      errors: diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic),
      entry: json ? manifestEntryFor(id, json, sha256(json)) : null,
      endings: map.endings,
    };
  });
}

/** globalSetup: compile (or find) the builds and tell every test file where they are. */
export default function setup(project: TestProject): void {
  const dir = path.join(root, 'node_modules/.cache/allyship-tests');
  const file = path.join(dir, `stories-${buildKey()}.json`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a test file never reads half of it.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(compileEveryStory()));
    renameSync(partial, file);
  }
  project.provide('storyBuilds', file);
}

let builds: StoryBuild[] | null = null;

/** Every story in stories/, compiled (read once per test file). */
export function storyBuilds(): StoryBuild[] {
  builds ??= JSON.parse(readFileSync(inject('storyBuilds'), 'utf8')) as StoryBuild[];
  return builds;
}

/** One story's build; throws with the compiler's messages when it does not compile. */
export function storyBuild(id: string): StoryBuild & { json: string } {
  const build = storyBuilds().find((b) => b.id === id);
  if (!build)
    throw new Error(
      `no story "${id}" in stories/ (have ${storyBuilds()
        .map((b) => b.id)
        .join(', ')})`,
    );
  if (build.json === null) throw new Error(`${id} does not compile:\n${build.errors.join('\n')}`);
  return build as StoryBuild & { json: string };
}
