// The stage's own Phaser, for the build: only the parts the stage uses, taken from Phaser's source (its own way to a
// smaller build: an entry of your own that requires only what you need, and webpack's feature flags). The whole
// library is 1.39 MB (357 KiB on the wire), 70 % of what a learner downloads; the stage draws with one scene,
// Graphics, Text, Image, Rectangle and Container objects, tweens and the canvas textures it paints itself.
// `import * as Phaser from 'phaser'` in src/stage keeps Phaser's own types; at build time it gets this module.
// The dev server keeps the whole of Phaser (its source is CommonJS, which only the build converts).
// tests/unit/stage/phaserForStage.test.ts checks that everything src/stage names is here.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

export const PHASER_SRC = path.join(path.dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
const ENTRY = '\0phaser-for-stage';

/** What the stage reads from `Phaser.`, each from the Phaser source file that defines it. */
export const STAGE_PHASER = {
  AUTO: 'const.js#AUTO',
  Game: 'core/Game.js',
  Scene: 'scene/Scene.js',
  BlendModes: 'renderer/BlendModes.js',
  Scale: 'scale/index.js',
  'Core.Events': 'core/events/index.js',
  'GameObjects.Container': 'gameobjects/container/Container.js',
  'GameObjects.Graphics': 'gameobjects/graphics/Graphics.js',
  'GameObjects.Image': 'gameobjects/image/Image.js',
  'GameObjects.Rectangle': 'gameobjects/shape/rectangle/Rectangle.js',
  'GameObjects.Text': 'gameobjects/text/Text.js',
} as const;

/** `scene.add.<name>` factories the stage calls (`existing` is the factory's own). Each registers itself. */
export const STAGE_FACTORIES = {
  graphics: 'gameobjects/graphics/GraphicsFactory.js',
  image: 'gameobjects/image/ImageFactory.js',
  rectangle: 'gameobjects/shape/rectangle/RectangleFactory.js',
  text: 'gameobjects/text/TextFactory.js',
} as const;

/** A scene's plugins, each registered by requiring it: the core ones Phaser's Scene Systems expect, and tweens. */
const SCENE_PLUGINS = [
  'events/EventEmitter.js',
  'cameras/2d/CameraManager.js',
  'gameobjects/GameObjectCreator.js',
  'gameobjects/GameObjectFactory.js',
  'scene/ScenePlugin.js',
  'gameobjects/DisplayList.js',
  'gameobjects/UpdateList.js',
  'tweens/TweenManager.js',
];

/** What a scene has in the whole of Phaser but not here, by the name a scene reaches it by: input (the stage takes
 * none), the loader (it loads nothing), the clock, data, lights, physics and sound (the stage is silent). */
export const LEFT_OUT = ['input', 'load', 'time', 'data', 'lights', 'physics', 'matter', 'sound'] as const;

/**
 * Phaser's WebGL renderer makes its render nodes only when something is drawn with them, but requires every one
 * of them: filters, lights, tiles, meshes, GPU layers. These the stage never asks for (recorded in Chromium over a
 * whole play of two stories, with and without reduced motion), so their source is left out, and with it their
 * shaders (about 25 KiB on the wire). Each is a leaf: nothing the stage uses is built on any of them. Should one
 * ever be asked for, it says so (a stage that fails to start leaves the page to the words).
 */
const NODES = 'renderer/webgl/renderNodes/';
export const NOT_DRAWN = [
  'BatchHandlerPointLight',
  'BatchHandlerStrip',
  'BatchHandlerTri',
  'DynamicTextureHandler',
  'RebindContext',
  'YieldContext',
  'submitter/SubmitterMeshToQuad',
  'submitter/SubmitterSpriteGPULayer',
  'submitter/SubmitterTile',
  'submitter/SubmitterTilemapGPULayer',
  'transformer/TransformerStamp',
  'transformer/TransformerTile',
  'transformer/TransformerVertex',
].map((node) => `${NODES}${node}.js`);
const NOT_DRAWN_FOLDER = `${NODES}filters/`;
/** The WebGL namespace (every shader and node, for `Phaser.Renderer.WebGL`): the renderer requires what it uses. */
const WEBGL_NAMESPACE = 'renderer/webgl/index.js';

function leftOut(id: string): string | null {
  if (!id.startsWith(PHASER_SRC)) return null;
  const rel = path.relative(PHASER_SRC, id).split(path.sep).join('/');
  if (rel === WEBGL_NAMESPACE) return 'module.exports = {};';
  if (!NOT_DRAWN.includes(rel) && !rel.startsWith(NOT_DRAWN_FOLDER)) return null;
  const message = `Phaser's ${rel} is not in the stage's build (src/stage/vitePhaser.ts)`;
  return `module.exports = function LeftOut() { throw new Error(${JSON.stringify(message)}); };`;
}

/** Phaser's webpack feature flags, as its own dist build sets them, but with no sound (the stage is silent). */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
};

// Imported for what requiring them does (registering a plugin or a factory). The renderers' index first, as
// Phaser's own entries reach it before anything else does: its WebGL batch handler requires it back, and a module
// required while it is still loading is handed its exports so far (an empty class to extend, here).
const REGISTERED = ['renderer/index.js', ...SCENE_PLUGINS, ...Object.values(STAGE_FACTORIES)];

/** Every Phaser source file the entry imports, relative to phaser/src. */
export function entryFiles(): string[] {
  return [...REGISTERED, ...Object.values(STAGE_PHASER).map((at) => at.split('#')[0]!)];
}

function entrySource(): string {
  const file = (rel: string) => JSON.stringify(path.join(PHASER_SRC, rel));
  const lines: string[] = [];
  const names = new Map<string, string>();
  let n = 0;
  const use = (rel: string) => {
    let name = names.get(rel);
    if (!name) {
      name = `m${n++}`;
      names.set(rel, name);
      lines.push(`import ${name} from ${file(rel)};`);
    }
    return name;
  };
  for (const rel of REGISTERED) lines.push(`import ${file(rel)};`);
  const tree: Record<string, Record<string, string> | string> = {};
  for (const [key, at] of Object.entries(STAGE_PHASER)) {
    const [rel, member] = at.split('#');
    const value = member ? `${use(rel)}.${member}` : use(rel);
    const [head, tail] = key.split('.');
    if (tail) tree[head] = { ...(tree[head] as Record<string, string>), [tail]: value };
    else tree[head] = value;
  }
  for (const [head, value] of Object.entries(tree)) {
    const expr =
      typeof value === 'string'
        ? value
        : `{ ${Object.entries(value)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ')} }`;
    lines.push(`export const ${head} = ${expr};`);
  }
  return lines.join('\n') + '\n';
}

export function phaserForStage(): Plugin {
  return {
    name: 'phaser-for-stage',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === 'phaser' ? ENTRY : null;
    },
    load(id) {
      return id === ENTRY ? entrySource() : leftOut(id);
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC) || !code.includes('typeof ')) return null;
      return {
        code: code.replace(/typeof ([A-Z][A-Z0-9_]+)\b/g, (all, flag: string) =>
          flag in FLAGS ? JSON.stringify(FLAGS[flag]) : all,
        ),
        map: null,
      };
    },
  };
}
