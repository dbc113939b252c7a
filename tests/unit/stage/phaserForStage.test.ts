// The build gives the stage a Phaser of only what it uses (src/stage/vitePhaser.ts): 185 KiB on the wire instead of
// 357. A part of Phaser the stage starts to use must be added there, or the built stage would find it missing
// (the dev server has the whole of Phaser, so only the build would show it). These read src/stage for what it names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  entryFiles,
  LEFT_OUT,
  NOT_DRAWN,
  PHASER_SRC,
  STAGE_FACTORIES,
  STAGE_PHASER,
} from '../../../src/stage/vitePhaser';

const STAGE = path.resolve(import.meta.dirname, '../../../src/stage');
const sources = fs
  .readdirSync(STAGE)
  .filter((file) => file.endsWith('.ts') && file !== 'vitePhaser.ts')
  .map((file) => ({ file, code: fs.readFileSync(path.join(STAGE, file), 'utf8') }));
const all = (pattern: RegExp) =>
  new Set(sources.flatMap(({ file, code }) => [...code.matchAll(pattern)].map((m) => `${m[1]} (${file})`)));

describe("the stage's own Phaser", () => {
  test('has everything src/stage names from Phaser (its types aside)', () => {
    const named = all(/\bPhaser\.((?!Types\.)[A-Za-z]\w*(?:\.[A-Za-z]\w*)*)/g);
    expect(named.size).toBeGreaterThan(5);
    const missing = [...named].filter((use) => {
      const name = use.split(' ')[0]!;
      return !Object.keys(STAGE_PHASER).some((key) => name === key || name.startsWith(`${key}.`));
    });
    expect(missing).toEqual([]);
  });

  test('has every kind of object the stage adds to a scene (scene.add.…)', () => {
    const added = all(/\b(?:scene|this)\.add\s*\.(\w+)\s*\(/g);
    expect(added.size).toBeGreaterThan(3);
    const missing = [...added].filter((use) => {
      const name = use.split(' ')[0]!;
      return name !== 'existing' && !(name in STAGE_FACTORIES);
    });
    expect(missing).toEqual([]);
  });

  test('the stage reaches for none of the scene systems it is built without (input, loader, clock, sound, …)', () => {
    const systems = new RegExp(`\\b(?:scene|this|sys)\\.(${LEFT_OUT.join('|')})\\b`, 'g');
    expect([...all(systems)]).toEqual([]);
  });

  test('the stage asks for no filter, light or shader (their WebGL render nodes are left out)', () => {
    expect([...all(/\.(enableFilters|filters|setLighting|lighting|setPostPipeline|preFX|postFX)\b/g)]).toEqual([]);
  });

  test('every render node left out is a leaf: no node the stage draws with extends one', () => {
    const nodes = path.join(PHASER_SRC, 'renderer/webgl/renderNodes');
    const kept = fs
      .readdirSync(nodes, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => path.join(nodes, file))
      .filter((file) => !NOT_DRAWN.includes(path.relative(PHASER_SRC, file)) && !file.includes('/filters/'));
    const built = kept.flatMap((file) => {
      const code = fs.readFileSync(file, 'utf8');
      const parent = code.match(/Extends: (\w+)/)?.[1];
      const from = parent && code.match(new RegExp(`var ${parent} = require\\('([^']+)'\\)`))?.[1];
      return from ? [path.relative(PHASER_SRC, path.resolve(path.dirname(file), `${from}.js`))] : [];
    });
    expect(built.length).toBeGreaterThan(10);
    expect(built.filter((parent) => NOT_DRAWN.includes(parent) || parent.includes('/filters/'))).toEqual([]);
  });

  test('every Phaser source file it imports or leaves out is in the pinned Phaser', () => {
    const files = [...entryFiles(), ...NOT_DRAWN];
    expect(files.filter((file) => !fs.existsSync(path.join(PHASER_SRC, file)))).toEqual([]);
  });
});
